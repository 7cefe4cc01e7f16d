import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightBatchSchema, type InsightEvent } from '../../src/insights/event-schema.js';
import { insightsConfigSchema, insightsCspSources, insightsDestination } from '../../src/insights/insights-config.js';
import { insightRequests, type InsightRequest } from '../../src/insights/targets.js';
import { contentSecurityPolicy } from '../../src/security/content-security-policy.js';
import { fakeHttpServer, jsonOf } from '../helpers/fake-http.js';

const WEBSITE_ID = '4fb7fa4c-5b46-438d-94b3-3a8fb9bc2e8b';
const page = { origin: 'https://help.example.com', pathname: '/pl/returns/start-a-return/', language: 'pl' };
const events: InsightEvent[] = [
	{ type: 'search', locale: 'pl', query: 'zwrot butów', results: 0 },
	{ type: 'vote', locale: 'pl', article: 'returns/start-a-return', helpful: false, reason: 'unclear' },
	{ type: 'survey', locale: 'pl', question: 'ces', score: 6, topic: 'return' },
];

interface Received {
	method: string;
	path: string;
	contentType: string | undefined;
	body: unknown;
}

/**
 * A stand-in for an analytics product's event API on localhost: it checks each request the way
 * the product documents (path, content type, required fields) and answers as the product does,
 * so a request that a real instance would refuse fails here too.
 */
function fakeEndpoint(check: (request: Received) => string | undefined, accepted: number) {
	const received: Received[] = [];
	const refused: string[] = [];
	const server = fakeHttpServer((raw) => {
		const entry = { method: raw.method, path: raw.path, contentType: raw.headers['content-type'], body: jsonOf(raw) };
		const problem = check(entry);
		if (problem) {
			refused.push(problem);
			return { status: 400, body: problem };
		}
		received.push(entry);
		return { status: accepted, body: accepted === 202 ? 'ok' : {} };
	});
	return { received, refused, start: server.start, stop: server.stop };
}

/** Sends requests as the browser does: a beacon is a text/plain POST, a fetch keeps its JSON type. */
async function deliver(requests: InsightRequest[]): Promise<number[]> {
	const statuses: number[] = [];
	for (const request of requests) {
		if (request.via === 'gtag') throw new Error('gtag calls are not requests');
		const contentType = request.via === 'beacon' ? 'text/plain' : request.contentType;
		const response = await fetch(request.url, { method: 'POST', body: request.body, headers: { 'content-type': contentType } });
		statuses.push(response.status);
	}
	return statuses;
}

const isScalar = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);

describe('Plausible', () => {
	// Plausible's Events API: POST /api/event, JSON (its own script sends it as text/plain), name, url and domain required, props scalar.
	const plausible = fakeEndpoint(({ method, path, body }) => {
		if (method !== 'POST' || path !== '/api/event') return `no such route ${method} ${path}`;
		const event = body as { name?: unknown; url?: unknown; domain?: unknown; props?: Record<string, unknown> } | undefined;
		if (!event || typeof event.name !== 'string' || typeof event.url !== 'string' || typeof event.domain !== 'string')
			return 'name, url and domain are required';
		if (!URL.canParse(event.url)) return 'url must be absolute';
		if (event.props && !Object.values(event.props).every(isScalar)) return 'props must be scalar';
		return undefined;
	}, 202);
	let instance = '';
	beforeAll(async () => (instance = await plausible.start()));
	afterAll(() => plausible.stop());

	it("sends each event as a custom event with its fields as properties, to the shop's instance", async () => {
		const config = insightsConfigSchema.parse({ target: 'plausible', url: instance, domain: 'help.example.com' });
		const destination = insightsDestination(config, '/')!;
		expect(destination).toEqual({ kind: 'plausible', url: `${instance}/api/event`, site: 'help.example.com' });
		expect(await deliver(insightRequests(destination, events, page))).toEqual([202, 202, 202]);
		expect(plausible.refused).toEqual([]);
		expect(plausible.received.map((r) => r.body)).toEqual([
			{
				name: 'search',
				url: 'https://help.example.com/pl/returns/start-a-return/',
				domain: 'help.example.com',
				props: { locale: 'pl', query: 'zwrot butów', results: 0 },
			},
			{
				name: 'vote',
				url: 'https://help.example.com/pl/returns/start-a-return/',
				domain: 'help.example.com',
				props: { locale: 'pl', article: 'returns/start-a-return', helpful: false, reason: 'unclear' },
			},
			{
				name: 'survey',
				url: 'https://help.example.com/pl/returns/start-a-return/',
				domain: 'help.example.com',
				props: { locale: 'pl', question: 'ces', score: 6, topic: 'return' },
			},
		]);
		// As a beacon: a simple request, no preflight that a page being left could lose.
		expect(plausible.received.every((r) => r.contentType?.startsWith('text/plain'))).toBe(true);
		expect(contentSecurityPolicy({ insights: insightsCspSources(config) }).directives).toContain(`connect-src 'self' ${instance}`);
	});

	it('refuses a domain written as an address, and an instance address with a path', () => {
		const problems = insightsConfigSchema.safeParse({ target: 'plausible', url: 'https://plausible.io/api/event', domain: 'https://help.example.com' });
		expect(problems.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
			'url: must be the address of the instance itself, such as https://plausible.io, without a path',
			'domain: must be the site as Plausible names it, such as help.example.com (no https://)',
		]);
	});
});

describe('Umami', () => {
	// Umami's /api/send: JSON of { type: "event", payload: { website, hostname, url, name, data } }.
	const umami = fakeEndpoint(({ method, path, contentType, body }) => {
		if (method !== 'POST' || path !== '/api/send') return `no such route ${method} ${path}`;
		if (contentType !== 'application/json') return 'expects application/json';
		const { type, payload } = (body ?? {}) as { type?: unknown; payload?: Record<string, unknown> };
		if (type !== 'event' || !payload) return 'type and payload are required';
		if (payload.website !== WEBSITE_ID) return 'unknown website';
		if (typeof payload.url !== 'string' || !payload.url.startsWith('/')) return 'url is a path';
		if (typeof payload.name !== 'string' || payload.name.length > 50) return 'event names are at most 50 characters';
		return undefined;
	}, 200);
	let instance = '';
	beforeAll(async () => (instance = await umami.start()));
	afterAll(() => umami.stop());

	it('sends each event with its fields as event data, for the configured website', async () => {
		const config = insightsConfigSchema.parse({ target: 'umami', url: instance, websiteId: WEBSITE_ID });
		const destination = insightsDestination(config, '/help/')!;
		expect(await deliver(insightRequests(destination, events, page))).toEqual([200, 200, 200]);
		expect(umami.refused).toEqual([]);
		expect(umami.received[1]?.body).toEqual({
			type: 'event',
			payload: {
				website: WEBSITE_ID,
				hostname: 'help.example.com',
				language: 'pl',
				url: '/pl/returns/start-a-return/',
				name: 'vote',
				data: { locale: 'pl', article: 'returns/start-a-return', helpful: false, reason: 'unclear' },
			},
		});
	});

	it('refuses a website id that is not one', () => {
		expect(insightsConfigSchema.safeParse({ target: 'umami', url: 'https://cloud.umami.is', websiteId: 'help-center' }).error?.issues[0]?.message).toMatch(
			/^must be the website's id from Umami/,
		);
	});
});

describe('webhook and the local receiver', () => {
	const webhook = fakeEndpoint(({ body }) => (insightBatchSchema.safeParse(body).success ? undefined : 'not a batch of events'), 204);
	let address = '';
	beforeAll(async () => (address = await webhook.start()));
	afterAll(() => webhook.stop());

	it('posts the whole batch in one request, in the documented body', async () => {
		const destination = insightsDestination(insightsConfigSchema.parse({ target: 'webhook', url: `${address}/collect` }), '/')!;
		expect(await deliver(insightRequests(destination, events, page))).toEqual([204]);
		expect(webhook.received[0]?.body).toEqual({ events });
		expect(insightsDestination({ target: 'local', survey: [] }, '/help/')).toEqual({ kind: 'webhook', url: '/help/api/insights' });
	});
});

describe('GA4', () => {
	it('refuses, saying why and what to choose instead, unless the host already loads the Google tag', () => {
		const refused = insightsConfigSchema.safeParse({ target: 'ga4', measurementId: 'G-ABC123XYZ' });
		const message = refused.error?.issues.find((issue) => issue.path[0] === 'gtag')?.message ?? '';
		expect(message).toContain('needs the Google tag (gtag.js) on every page');
		expect(message).toContain('write "gtag: loaded-by-host"');
		expect(message).toContain('otherwise choose plausible, umami, webhook or local');
	});

	it("calls the page's Google tag with snake_case events for the shop's measurement id, and opens Google's origins only then", () => {
		const config = insightsConfigSchema.parse({ target: 'ga4', measurementId: 'G-ABC123XYZ', gtag: 'loaded-by-host' });
		const long = 'a'.repeat(150);
		expect(
			insightRequests(insightsDestination(config, '/')!, [events[1]!, { type: 'resultClick', locale: 'pl', query: long, rank: 2, article: 'returns/x' }], page),
		).toEqual([
			{
				via: 'gtag',
				name: 'hc_vote',
				params: { locale: 'pl', article: 'returns/start-a-return', helpful: 'false', reason: 'unclear', send_to: 'G-ABC123XYZ' },
			},
			{ via: 'gtag', name: 'hc_result_click', params: { locale: 'pl', query: 'a'.repeat(100), rank: 2, article: 'returns/x', send_to: 'G-ABC123XYZ' } },
		]);
		const csp = contentSecurityPolicy({ insights: insightsCspSources(config) });
		expect(csp.scriptResources).toContain('https://*.googletagmanager.com');
		expect(csp.directives).toContain("connect-src 'self' https://*.google-analytics.com https://*.analytics.google.com https://*.googletagmanager.com");
		expect(contentSecurityPolicy({ insights: insightsCspSources({ target: 'local', survey: [] }) }).scriptResources).not.toContain(
			'https://*.googletagmanager.com',
		);
	});
});
