import fs from 'node:fs';
import path from 'node:path';
import { insightEventSchema, type InsightEvent } from './event-schema.js';

/**
 * The local receiver's store of insight events: one JSON line per event, with the time it
 * arrived (`at`, ISO 8601 UTC), in insights.jsonl beside the contact inbox. Lines are whole or
 * not written; a damaged line (a crash mid-write, a hand edit) is skipped and counted.
 */

export type StoredEvent = InsightEvent & { at: string };

export const INSIGHTS_FILE = 'insights.jsonl';

export interface EventStore {
	file: string;
	append(events: readonly InsightEvent[], at: Date): void;
}

export function createEventStore(dir: string): EventStore {
	fs.mkdirSync(dir, { recursive: true });
	const file = path.join(dir, INSIGHTS_FILE);
	return {
		file,
		append(events, at) {
			const stamp = at.toISOString();
			fs.appendFileSync(file, events.map((event) => `${JSON.stringify({ at: stamp, ...event })}\n`).join(''));
		},
	};
}

export interface ReadEvents {
	events: StoredEvent[];
	/** Lines that were not an event: numbered from 1, for a message. */
	skipped: number[];
}

/** Parses a store (or any JSON-lines export in the same shape), keeping every valid event. */
export function parseEventLines(text: string): ReadEvents {
	const events: StoredEvent[] = [];
	const skipped: number[] = [];
	text.split('\n').forEach((line, index) => {
		if (!line.trim()) return;
		try {
			const { at, ...rest } = JSON.parse(line) as { at?: unknown };
			const event = insightEventSchema.safeParse(rest);
			if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && event.success) events.push({ ...event.data, at });
			else skipped.push(index + 1);
		} catch {
			skipped.push(index + 1);
		}
	});
	return { events, skipped };
}
