import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightBatchSchema, insightEventSchema } from '../../src/insights/event-schema.js';
import { createEventStore, parseEventLines, type EventStore } from '../../src/insights/event-store.js';
import { insightsCspSources, insightsDestination } from '../../src/insights/insights-config.js';
import { cleanQuery, isShareable, scrubComment } from '../../src/insights/privacy.js';
import { startHelpCenterServer, type RunningServer } from '../../src/receiver/server.js';
import { createSubmissionStore } from '../../src/receiver/submission-store.js';
import { articleOfUrl } from '../../src/search/report.js';
import { contentSecurityPolicy } from '../../src/security/content-security-policy.js';
import { copyFixtureShop, problemsOf } from '../helpers/shop-copy.js';

const issues = (input: unknown) => {
	const parsed = insightEventSchema.safeParse(input);
	return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the insight event contract', () => {
	it('takes each kind of event as the pages send it', () => {
		for (const event of [
			{ type: 'search', locale: 'pl', query: 'zwrot', results: 0 },
			{ type: 'resultClick', locale: 'cs', query: 'vrácení', rank: 2, article: 'returns/start-return' },
			{ type: 'vote', locale: 'he', article: 'orders/cancel', helpful: false, reason: 'unclear', comment: 'Step 2?' },
			{ type: 'contactStarted', locale: 'ru' },
			{ type: 'suggestionOpened', locale: 'vi', article: 'shipping/delayed-or-lost-package' },
			{ type: 'contactSent', locale: 'en', topic: 'return', market: 'cz' },
			{ type: 'survey', locale: 'en', question: 'ces', score: 7, topic: 'return' },
			{ type: 'survey', locale: 'pt-BR', question: 'csat', score: 1 },
		]) {
			expect(issues(event), JSON.stringify(event)).toEqual([]);
		}
	});

	it('refuses events that carry more than the contract, or scores off the scale', () => {
		expect(issues({ type: 'contactSent', locale: 'en', email: 'a@b.cz' })).toEqual([': Unrecognized key: "email"']);
		expect(issues({ type: 'survey', locale: 'en', question: 'csat', score: 6 })).toEqual(["score: is above the question's scale (CES 1–7, CSAT 1–5)"]);
		expect(issues({ type: 'survey', locale: 'en', question: 'ces', score: 0 })).toHaveLength(1);
		expect(issues({ type: 'pageview', locale: 'en' })).toEqual([
			'type: must be one of: search, resultClick, vote, contactStarted, suggestionOpened, contactSent, survey',
		]);
		expect(issues({ type: 'resultClick', locale: 'en', query: 'x', rank: 0, article: '../etc/passwd' })).toHaveLength(2);
		expect(insightBatchSchema.safeParse({ events: [] }).success).toBe(false);
	});

	it('keeps what may identify a person out', () => {
		expect(isShareable('jane@example.com')).toBe(false);
		expect(isShareable('order 2026 000 4417')).toBe(false);
		expect(isShareable('size 42 boots')).toBe(true);
		expect(cleanQuery('  lost   parcel \n')).toBe('lost parcel');
		expect(scrubComment('Write to jan@example.com or +420 601 234 567')).toBe('Write to [email] or [number]');
	});

	it('names the article a result or suggestion leads to, under any base path', () => {
		expect(articleOfUrl('/help/en/returns/start-return/', '/help/')).toBe('returns/start-return');
		expect(articleOfUrl('https://help.example.com/cs/returns/', '/')).toBe('returns');
		expect(articleOfUrl('/en/', '/')).toBeUndefined();
		expect(articleOfUrl('/other/en/returns/x/', '/help/')).toBeUndefined();
	});
});

describe('site.yaml insights', () => {
	it('sends to the local receiver under the base path, or to the webhook', () => {
		expect(insightsDestination({ target: 'local', survey: ['ces'] }, '/help/')?.url).toBe('/help/api/insights');
		expect(insightsDestination({ target: 'webhook', url: 'https://hooks.example.com/hc', survey: [] }, '/')?.url).toBe('https://hooks.example.com/hc');
		expect(insightsDestination(undefined, '/')).toBeUndefined();
		// Only a webhook's origin is let through the page's policy.
		const policy = (config: Parameters<typeof insightsCspSources>[0]) => contentSecurityPolicy({ insights: insightsCspSources(config) });
		expect(policy({ target: 'local', survey: ['ces'] }).directives).toContain("connect-src 'self'");
		expect(policy({ target: 'webhook', url: 'https://hooks.example.com/hc', survey: [] }).directives).toContain("connect-src 'self' https://hooks.example.com");
	});

	it('tells a shop that still has analyticsEndpoint what to write instead', () => {
		const copy = copyFixtureShop();
		try {
			const site = fs.readFileSync(path.join(copy.content, 'site.yaml'), 'utf8').replace(/^insights:.*$/m, 'analyticsEndpoint: https://stats.example.com/c');
			fs.writeFileSync(path.join(copy.content, 'site.yaml'), site);
			expect(problemsOf(copy).map((p) => `${p.field}: ${p.message}`)).toEqual([
				'analyticsEndpoint: is replaced by insights: write "insights: { target: webhook, url: <this address> }" (README "Insights") (found "https://stats.example.com/c")',
			]);
			fs.writeFileSync(path.join(copy.content, 'site.yaml'), site.replace(/^analyticsEndpoint:.*$/m, 'insights: { target: matomo }'));
			expect(problemsOf(copy).map((p) => `${p.field}: ${p.message}`)).toEqual([
				'insights.target: must say where events go: target: local, webhook (with a url), plausible (url, domain), umami (url, websiteId) or ga4 (found a group of fields)',
			]);
			fs.writeFileSync(
				path.join(copy.content, 'site.yaml'),
				site.replace(/^analyticsEndpoint:.*$/m, 'insights: { target: plausible, url: https://plausible.io }'),
			);
			expect(problemsOf(copy).map((p) => `${p.field}: ${p.message}`)).toEqual([
				'insights.domain: is required: the site as Plausible names it, such as help.example.com',
			]);
		} finally {
			copy.remove();
		}
	});
});

describe('the local receiver', () => {
	let server: RunningServer;
	let store: EventStore;
	const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'insights-site-'));
	const inbox = fs.mkdtempSync(path.join(os.tmpdir(), 'insights-inbox-'));
	const now = Date.parse('2026-12-06T10:15:00Z');
	beforeAll(async () => {
		store = createEventStore(inbox);
		server = await startHelpCenterServer({
			siteDir,
			base: '/help/',
			store: createSubmissionStore(inbox),
			insights: store,
			locales: ['en'],
			defaultLocale: 'en',
			t: () => ((key: string) => key) as never,
			now: () => now,
		});
	});
	afterAll(async () => {
		await server.close();
		fs.rmSync(siteDir, { recursive: true, force: true });
		fs.rmSync(inbox, { recursive: true, force: true });
	});
	const post = (body: string, origin = server.url) =>
		fetch(`${server.url}/help/api/insights`, { method: 'POST', headers: { 'content-type': 'text/plain', origin }, body });
	const stored = () => parseEventLines(fs.existsSync(store.file) ? fs.readFileSync(store.file, 'utf8') : '');

	it('stores a batch from its own pages whole, with the time it arrived', async () => {
		const events = [
			{ type: 'search', locale: 'en', query: 'refund', results: 1 },
			{ type: 'resultClick', locale: 'en', query: 'refund', rank: 1, article: 'returns/refunds' },
		];
		expect((await post(JSON.stringify({ events }))).status).toBe(204);
		expect(stored()).toEqual({ events: events.map((event) => ({ at: '2026-12-06T10:15:00.000Z', ...event })), skipped: [] });
	});

	it('refuses other sites, bodies that are not a batch, and batches with one bad event, storing nothing', async () => {
		const before = stored().events.length;
		expect((await post(JSON.stringify({ events: [{ type: 'contactStarted', locale: 'en' }] }), 'https://evil.example')).status).toBe(403);
		expect((await post('not json')).status).toBe(400);
		const mixed = await post(
			JSON.stringify({
				events: [
					{ type: 'contactStarted', locale: 'en' },
					{ type: 'contactSent', locale: 'en', message: 'hi' },
				],
			}),
		);
		expect(mixed.status).toBe(400);
		expect(await mixed.text()).toBe('events.1: Unrecognized key: "message"');
		expect((await post(JSON.stringify({ events: [{ type: 'vote', locale: 'en', article: 'a/b', helpful: true, comment: 'x'.repeat(70_000) }] }))).status).toBe(
			413,
		);
		expect(stored().events).toHaveLength(before);
	});

	it('skips and counts damaged lines when reading', () => {
		const text = `${JSON.stringify({ at: '2026-12-01T08:00:00Z', type: 'contactStarted', locale: 'cs' })}\n{"at":"2026-12-01T08:01\n\n${JSON.stringify({ type: 'contactStarted', locale: 'cs' })}\n`;
		expect(parseEventLines(text)).toEqual({ events: [{ at: '2026-12-01T08:00:00Z', type: 'contactStarted', locale: 'cs' }], skipped: [2, 4] });
	});
});
