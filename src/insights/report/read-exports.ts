import { insightEventSchema } from '../event-schema.js';
import { parseEventLines, type StoredEvent } from '../event-store.js';

/**
 * The events a report reads, from whatever the shop collected them in:
 * - the local receiver's store, or a webhook's in the same shape (JSON lines);
 * - Plausible's Stats API answer (`POST /api/v2/query`, JSON) with the goal and the
 *   events' properties as dimensions: each row counts as that many events;
 * - a CSV file: one row per event or per group (a `count`/`events` column), the event's name in
 *   `event`, `name`, `event_name` or `goal`, its day in `date`, `day` or `created_at`, and its fields
 *   as columns named as in the event, bare or as `event:props:…`, `props.…` or `data.…`
 *   (Plausible's and most tools' exports, or a spreadsheet);
 * - Umami's data export: `website_event.csv` with `event_data.csv` (one row per event field, joined
 *   by the event's id), or one CSV that already has `event_name` beside `data_key`.
 * Analytics tools keep every value as text; the event contract decides what is a number or a
 * yes/no. Rows that are not events are counted and named in a note, never guessed at.
 */

export interface ReadResult {
	events: StoredEvent[];
	notes: string[];
	/** When nothing usable came in: what the files were not. */
	problem?: string;
}

export interface InputFile {
	name: string;
	text: string;
}

/** More events than a month of a busy shop: an export that expands beyond this is a mistake. */
const MAX_EVENTS = 5_000_000;

/** Fields of the event contract that are numbers or yes/no; analytics tools hand them over as text. */
const NUMBERS = new Set(['results', 'rank', 'score']);
const BOOLEANS = new Set(['helpful']);
/** What analytics tools write for a property an event did not have. */
const NONE = new Set(['', '(none)', '(not set)', 'null', 'undefined']);
const PROPERTY_PREFIX = /^(?:event:props:|props\.|prop:|data\.)/;

export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const source = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < source.length; i += 1) {
		const char = source[i]!;
		if (quoted) {
			if (char === '"' && source[i + 1] === '"') {
				field += '"';
				i += 1;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"' && field === '') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && source[i + 1] === '\n') i += 1;
			row.push(field);
			if (row.some((cell) => cell !== '')) rows.push(row);
			row = [];
			field = '';
		} else field += char;
	}
	row.push(field);
	if (row.some((cell) => cell !== '')) rows.push(row);
	return rows;
}

/** One event from its name and text fields, as the contract reads it, or why it is not one. */
function eventOf(type: string, fields: Record<string, string>): { event: Record<string, unknown> } | { problem: string } {
	const event: Record<string, unknown> = { type };
	for (const [rawKey, rawValue] of Object.entries(fields)) {
		const key = rawKey.replace(PROPERTY_PREFIX, '');
		const value = rawValue.trim();
		if (NONE.has(value)) continue;
		event[key] =
			NUMBERS.has(key) && /^-?\d+(?:\.0+)?$/.test(value)
				? Number(value)
				: BOOLEANS.has(key) && /^(true|false)$/i.test(value)
					? value.toLowerCase() === 'true'
					: value;
	}
	const parsed = insightEventSchema.safeParse(event);
	if (parsed.success) return { event: parsed.data };
	const issue = parsed.error.issues[0]!;
	return { problem: `${issue.path.join('.') || 'type'}: ${issue.message}` };
}

/** A day or time as the store keeps it (ISO 8601, UTC); a bare day is its midday, so no time zone moves it. */
function timeOf(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const text = value.trim();
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text}T12:00:00.000Z`;
	const time = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
	return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

class Collector {
	events: StoredEvent[] = [];
	skipped = 0;
	firstProblem: string | undefined;

	add(type: string | undefined, fields: Record<string, string>, at: string | undefined, count: number, where: string): void {
		const made = type ? eventOf(type, fields) : { problem: 'has no event name' };
		if (!at) this.skip(`${where}: has no date`);
		else if ('problem' in made) this.skip(`${where}: ${made.problem}`);
		else {
			if (this.events.length + count > MAX_EVENTS) throw new Error(`counts more than ${MAX_EVENTS} events; report a shorter period`);
			for (let i = 0; i < count; i += 1) this.events.push({ ...(made.event as StoredEvent), at });
		}
	}

	skip(problem: string): void {
		this.skipped += 1;
		this.firstProblem ??= problem;
	}
}

const pickColumn = (head: readonly string[], names: readonly string[]) => head.findIndex((column) => names.includes(column.trim().toLowerCase()));
const NAME_COLUMNS = ['event', 'name', 'event_name', 'goal', 'event:goal', 'type'];
const COUNT_COLUMNS = ['count', 'events', 'total'];
const TIME_COLUMNS = ['date', 'day', 'time:day', 'created_at', 'timestamp', 'at'];

/** A CSV of events or groups of events, one per row. */
function readWideCsv(rows: string[][], file: string, into: Collector): void {
	const [head, ...body] = rows as [string[], ...string[][]];
	const name = pickColumn(head, NAME_COLUMNS);
	const count = pickColumn(head, COUNT_COLUMNS);
	const time = pickColumn(head, TIME_COLUMNS);
	const fields = head.map((column, i) => ({ column: column.trim(), i })).filter(({ i }) => i !== name && i !== count && i !== time);
	body.forEach((row, index) => {
		const times = Number(count === -1 ? 1 : row[count]);
		if (!Number.isInteger(times) || times < 0) return into.skip(`${file} row ${index + 2}: the count "${row[count] ?? ''}" is not a whole number`);
		into.add(row[name], Object.fromEntries(fields.map(({ column, i }) => [column, row[i] ?? ''])), timeOf(row[time]), times, `${file} row ${index + 2}`);
	});
}

/** Umami's event data: one row per field of an event, joined to the events by id. */
function readUmamiEventData(rows: string[][], file: string, eventsById: Map<string, { name: string; at: string | undefined }>, into: Collector): void {
	const [head, ...body] = rows as [string[], ...string[][]];
	const id = pickColumn(head, ['website_event_id', 'event_id']);
	const key = pickColumn(head, ['data_key']);
	const text = pickColumn(head, ['string_value']);
	const number = pickColumn(head, ['number_value']);
	const name = pickColumn(head, ['event_name']);
	const time = pickColumn(head, ['created_at']);
	const grouped = new Map<string, { name: string | undefined; at: string | undefined; fields: Record<string, string> }>();
	for (const row of body) {
		const eventId = row[id] ?? '';
		const known = eventsById.get(eventId);
		const group = grouped.get(eventId) ?? { name: known?.name ?? row[name], at: known?.at ?? timeOf(row[time]), fields: {} };
		const value = [row[text], row[number]].find((v) => v !== undefined && !NONE.has(v.trim())) ?? '';
		// Umami keeps whole numbers as 12.0000; the contract wants 12.
		group.fields[row[key] ?? ''] = /^-?\d+\.0+$/.test(value) ? value.replace(/\.0+$/, '') : value;
		grouped.set(eventId, group);
	}
	for (const [eventId, group] of grouped) into.add(group.name, group.fields, group.at, 1, `${file} event ${eventId}`);
}

interface PlausibleAnswer {
	results: { dimensions: (string | number)[]; metrics: number[] }[];
	query: { dimensions: string[]; metrics: string[]; date_range?: string[] };
}

function isPlausibleAnswer(value: unknown): value is PlausibleAnswer {
	const answer = value as Partial<PlausibleAnswer> | null;
	return !!answer && Array.isArray(answer.results) && Array.isArray(answer.query?.dimensions) && Array.isArray(answer.query?.metrics);
}

function readPlausible(answer: PlausibleAnswer, file: string, into: Collector): void {
	const { dimensions, metrics, date_range: range } = answer.query;
	const goal = dimensions.indexOf('event:goal');
	const day = dimensions.findIndex((d) => d.startsWith('time'));
	const events = metrics.indexOf('events');
	if (goal === -1 || events === -1)
		throw new Error(`${file} is a Plausible answer without the event:goal dimension and the events metric; README "Insights" shows the query`);
	answer.results.forEach((row, index) => {
		const fields = Object.fromEntries(dimensions.map((d, i) => [d, String(row.dimensions[i] ?? '')]).filter(([d]) => d!.startsWith('event:props:')));
		// Without a time dimension, the rows count on the period's first day.
		const at = timeOf(day === -1 ? range?.[0]?.slice(0, 10) : String(row.dimensions[day]).slice(0, 10));
		into.add(String(row.dimensions[goal]), fields, at, row.metrics[events] ?? 0, `${file} result ${index + 1}`);
	});
}

export function readEventFiles(files: readonly InputFile[]): ReadResult {
	const into = new Collector();
	const notes: string[] = [];
	const csvs = files.map((file) => ({ file, rows: /\.csv$/i.test(file.name) ? parseCsv(file.text) : undefined }));
	// Umami's events file names each event; its event data file holds their fields.
	const eventsById = new Map<string, { name: string; at: string | undefined }>();
	for (const { rows } of csvs) {
		const head = rows?.[0]?.map((c) => c.trim().toLowerCase());
		if (!rows || !head || head.includes('data_key') || !head.includes('event_id') || !head.includes('event_name')) continue;
		const [id, name, time] = ['event_id', 'event_name', 'created_at'].map((c) => head.indexOf(c)) as [number, number, number];
		for (const row of rows.slice(1)) eventsById.set(row[id] ?? '', { name: row[name] ?? '', at: timeOf(row[time]) });
	}
	try {
		for (const { file, rows } of csvs) {
			if (rows) {
				const head = rows[0]?.map((c) => c.trim().toLowerCase()) ?? [];
				if (head.includes('data_key')) readUmamiEventData(rows, file.name, eventsById, into);
				else if (head.includes('event_id') && eventsById.size > 0 && !head.some((c) => PROPERTY_PREFIX.test(c))) continue;
				else if (rows.length > 1) readWideCsv(rows, file.name, into);
				continue;
			}
			const trimmed = file.text.trimStart();
			if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
				let json: unknown;
				try {
					json = JSON.parse(file.text);
				} catch {
					json = undefined;
				}
				if (isPlausibleAnswer(json)) {
					readPlausible(json, file.name, into);
					continue;
				}
			}
			const lines = parseEventLines(file.text);
			into.events.push(...lines.events);
			if (lines.skipped.length > 0) notes.push(`${file.name}: skipped ${lines.skipped.length} lines that are not events (first: line ${lines.skipped[0]}).`);
		}
	} catch (error) {
		return { events: [], notes, problem: error instanceof Error ? error.message : String(error) };
	}
	if (into.skipped > 0) notes.push(`Skipped ${into.skipped} rows that are not events (first: ${into.firstProblem}).`);
	if (into.events.length === 0 && files.length > 0 && (into.skipped > 0 || notes.length > 0)) {
		return { events: [], notes, problem: `No events in ${files.map((f) => f.name).join(', ')}: ${into.firstProblem ?? notes[0]}` };
	}
	return { events: into.events, notes };
}
