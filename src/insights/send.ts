import type { InsightEvent } from './event-schema.js';
import { MAX_BATCH } from './limits.js';

/**
 * Sends insight events from the page, never in a shopper's way: events wait in a queue and go
 * together in one beacon after a few seconds of quiet, when the queue is full, when the page
 * is hidden or left, or at once with an event that ends something (a vote, an answer, a click
 * that leaves the page: beacons sent while a page unloads are the ones most often lost). `navigator.sendBeacon`
 * with a text/plain body needs no preflight, survives navigation and never blocks the page.
 * The address comes from the page: `<html data-insights="…">` (site.yaml insights, written by
 * the layout once, so no island carries it); a page without it sends nothing.
 */

/** How long events wait for company before they are sent anyway. */
const QUIET_MS = 5000;

let queue: InsightEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

function flush(): void {
	if (timer !== undefined) clearTimeout(timer);
	timer = undefined;
	const destination = document.documentElement.dataset.insights;
	if (!destination || queue.length === 0) return;
	const events = queue;
	queue = [];
	const body = new Blob([JSON.stringify({ events })], { type: 'text/plain' });
	// A refused beacon (too large, or the browser's quota) is dropped: insight is never worth a retry loop.
	navigator.sendBeacon?.(destination, body);
}

function listen(): void {
	if (listening) return;
	listening = true;
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') flush();
	});
	window.addEventListener('pagehide', flush);
}

/** Queues an event for the shop's insights target; `now` sends it, with whatever waits, at once. */
export function sendInsight(event: InsightEvent, { now = false }: { now?: boolean } = {}): void {
	if (!document.documentElement.dataset.insights) return;
	listen();
	queue.push(event);
	if (now || queue.length >= MAX_BATCH) flush();
	else {
		if (timer !== undefined) clearTimeout(timer);
		timer = setTimeout(flush, QUIET_MS);
	}
}
