import type { InsightEvent } from './event-schema.js';

/**
 * How insight events reach each kind of target, apart from the browser so that tests can send
 * them to fake endpoints: the webhook (and the local receiver) take the whole batch as our own
 * JSON; Plausible and Umami take one custom event per request in their documented shapes;
 * GA4 takes `gtag('event', …)` calls on the Google tag the shop's host loads. Zod-free: this
 * runs in the browser.
 */

export type InsightsKind = 'webhook' | 'plausible' | 'umami' | 'ga4';

export interface InsightsDestination {
	kind: InsightsKind;
	/** Where requests go ("gtag" for GA4, which has no address of its own). */
	url: string;
	/** How the target knows the shop: Plausible's domain, Umami's website id, GA4's measurement id. */
	site?: string;
}

/** Where the page is, as the analytics targets want it. */
export interface PageContext {
	origin: string;
	pathname: string;
	/** The page's language, `<html lang>`. */
	language: string;
}

export type InsightRequest =
	/** A text/plain POST by `navigator.sendBeacon`: no preflight, survives leaving the page. */
	| { via: 'beacon'; url: string; body: string }
	/** A JSON POST by `fetch` with `keepalive`, for an API that asks for application/json. */
	| { via: 'fetch'; url: string; body: string; contentType: 'application/json' }
	/** A call of the Google tag on the page. */
	| { via: 'gtag'; name: string; params: Record<string, string | number> };

/** Each analytics product's documented event API, below the instance's address. */
const API_PATH = { plausible: '/api/event', umami: '/api/send' } as const;

export function insightsEndpoint(kind: 'plausible' | 'umami', instance: string): string {
	return new URL(API_PATH[kind], instance).href;
}

/** What Google's tag needs to reach: its documented origins for GA4 with a Content-Security-Policy. */
export const GA4_ORIGINS = {
	script: ['https://*.googletagmanager.com'],
	connect: ['https://*.google-analytics.com', 'https://*.analytics.google.com', 'https://*.googletagmanager.com'],
} as const;

/** GA4 limits a parameter value to 100 characters. */
const GA4_VALUE_MAX = 100;

export type EventProperties = Record<string, string | number | boolean>;

/** An event's fields other than its type, as flat custom properties. */
export function eventProperties(event: InsightEvent): EventProperties {
	const { type: _type, ...rest } = event;
	return Object.fromEntries(Object.entries(rest).filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined));
}

/** GA4 event names are snake_case: resultClick → hc_result_click. */
export function ga4EventName(type: InsightEvent['type']): string {
	return `hc_${type.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`;
}

export function insightRequests(destination: InsightsDestination, events: readonly InsightEvent[], page: PageContext): InsightRequest[] {
	if (events.length === 0) return [];
	switch (destination.kind) {
		case 'webhook':
			return [{ via: 'beacon', url: destination.url, body: JSON.stringify({ events }) }];
		case 'plausible':
			// Plausible's own script posts text/plain too; its API takes one event per request.
			return events.map((event) => ({
				via: 'beacon',
				url: destination.url,
				body: JSON.stringify({
					name: event.type,
					url: `${page.origin}${page.pathname}`,
					domain: destination.site,
					props: eventProperties(event),
				}),
			}));
		case 'umami':
			return events.map((event) => ({
				via: 'fetch',
				url: destination.url,
				contentType: 'application/json',
				body: JSON.stringify({
					type: 'event',
					payload: {
						website: destination.site,
						hostname: new URL(page.origin).hostname,
						language: page.language,
						url: page.pathname,
						name: event.type,
						data: eventProperties(event),
					},
				}),
			}));
		case 'ga4':
			return events.map((event) => ({
				via: 'gtag',
				name: ga4EventName(event.type),
				params: {
					...Object.fromEntries(
						Object.entries(eventProperties(event)).map(([key, value]) => [
							key,
							typeof value === 'string' ? value.slice(0, GA4_VALUE_MAX) : typeof value === 'boolean' ? String(value) : value,
						]),
					),
					...(destination.site ? { send_to: destination.site } : {}),
				},
			}));
	}
}
