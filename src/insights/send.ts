import type { InsightEvent } from './event-schema.js';
import { MAX_BATCH } from './limits.js';
import { insightRequests, type InsightsDestination, type InsightsKind } from './targets.js';

/**
 * Sends insight events from the page, never in a shopper's way: events wait in a queue and go
 * together in one beacon after a few seconds of quiet, when the queue is full, when the page
 * is hidden or left, or at once with an event that ends something (a vote, an answer, a click
 * that leaves the page: beacons sent while a page unloads are the ones most often lost). `navigator.sendBeacon`
 * with a text/plain body needs no preflight, survives navigation and never blocks the page.
 * Where they go comes from the page: `<html data-insights="…" data-insights-kind="…"
 * data-insights-site="…">` (site.yaml insights, written by the layout once, so no island
 * carries it); a page without it sends nothing. targets.ts shapes the requests for each kind.
 */

/** How long events wait for company before they are sent anyway. */
const QUIET_MS = 5000;

let queue: InsightEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

function destination(): InsightsDestination | undefined {
	const { insights: url, insightsKind, insightsSite: site } = document.documentElement.dataset;
	if (!url) return undefined;
	return { url, kind: (insightsKind as InsightsKind | undefined) ?? 'webhook', ...(site ? { site } : {}) };
}

type Gtag = (command: 'event', name: string, params: Record<string, string | number>) => void;

function flush(): void {
	if (timer !== undefined) clearTimeout(timer);
	timer = undefined;
	const where = destination();
	if (!where || queue.length === 0) return;
	const events = queue;
	queue = [];
	const page = { origin: location.origin, pathname: location.pathname, language: document.documentElement.lang };
	const gtag = (window as Window & { gtag?: Gtag }).gtag;
	// A refused request (too large, the browser's quota, the network) is dropped: insight is never worth a retry loop.
	for (const request of insightRequests(where, events, page)) {
		if (request.via === 'beacon') navigator.sendBeacon?.(request.url, new Blob([request.body], { type: 'text/plain' }));
		else if (request.via === 'fetch') {
			fetch(request.url, { method: 'POST', body: request.body, headers: { 'Content-Type': request.contentType }, keepalive: true, credentials: 'omit' }).catch(
				() => {},
			);
		} else if (typeof gtag === 'function') gtag('event', request.name, request.params);
	}
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
