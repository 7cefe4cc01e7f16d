import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/insights/event-store.js';
import { sampleEvents } from '../../src/insights/report/sample-events.js';
import { COLOUR_RULES, launchChromium, seriousViolations } from '../helpers/browser.js';
import { copyFixtureShop } from '../helpers/shop-copy.js';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const shop = copyFixtureShop({}, 'hc-report-');
let browser: Browser;
let report = '';
let run: ReturnType<typeof spawnSync>;

beforeAll(async () => {
	// A month of the fixture shop's events, and a miss that shoppers answered by opening an article.
	const month = sampleEvents(
		{
			locales: ['en', 'he', 'ru'],
			articles: ['orders/track-an-order', 'orders/cancel-an-order', 'returns/start-a-return'],
			queries: {
				en: [
					{ query: 'where is my parcel', article: 'orders/track-an-order' },
					{ query: 'cancel', article: 'orders/cancel-an-order' },
				],
			},
			topics: ['order', 'return'],
			markets: [],
		},
		{ month: '2026-11', total: 5000, seed: 3 },
	);
	const answered: StoredEvent[] = Array.from({ length: 9 }, (_, i) => [
		{ at: `2026-11-1${i}T10:00:00.000Z`, type: 'search' as const, locale: 'en', query: 'send parcel back', results: 0 },
		{
			at: `2026-11-1${i}T10:01:00.000Z`,
			type: 'resultClick' as const,
			locale: 'en',
			query: 'return',
			rank: 1,
			article: 'returns/start-a-return',
			afterMiss: 'send parcel back',
		},
	]).flat();
	const store = path.join(shop.root, 'events.jsonl');
	fs.writeFileSync(store, [...month, ...answered].map((event) => JSON.stringify(event)).join('\n'));
	run = spawnSync(
		path.join(projectRoot, 'node_modules/.bin/tsx'),
		[path.join(projectRoot, 'scripts/report.ts'), '--input', store, '--month', '2026-11', '--suggest-keywords'],
		{
			cwd: shop.root,
			encoding: 'utf8',
			env: { ...process.env, HELP_CENTER_CONTENT: '', NO_COLOR: '1' },
		},
	);
	report = path.join(shop.root, 'reports/insights-2026-11-01-to-2026-11-30.html');
	browser = await launchChromium();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	shop.remove();
});

describe('the insights report in a browser', () => {
	it('is written by npm run report, with the keyword patch beside it and nothing in the shop changed', () => {
		expect(run.status, String(run.stderr)).toBe(0);
		expect(fs.existsSync(report)).toBe(true);
		const patch = fs.readFileSync(path.join(shop.root, 'reports/keywords-2026-11-01-to-2026-11-30.patch'), 'utf8');
		expect(patch).toContain('+keywords: [send parcel back]');
		expect(patch).toContain('+- { q: send parcel back, expect: returns/start-a-return, kind: miss }');
		expect(fs.readFileSync(path.join(shop.content, 'articles/en/returns/start-a-return.mdx'), 'utf8')).not.toContain('send parcel back');
	});

	it('opens offline with no request of its own, draws its charts, fits a phone and passes WCAG checks in light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme });
			await context.setOffline(true);
			const page = await context.newPage();
			const requests: string[] = [];
			page.on('request', (request) => requests.push(request.url()));
			await page.goto(pathToFileURL(report).href);
			expect(requests).toEqual([pathToFileURL(report).href]);
			expect(await page.locator('h1').textContent()).toBe('Help center insights');
			const charts = page.locator('svg[role="img"]');
			expect(await charts.count()).toBeGreaterThanOrEqual(2);
			for (const chart of await charts.all()) expect((await chart.boundingBox())?.height).toBeGreaterThan(50);
			// The fix for the miss, as a writer would paste it.
			const fixes = page.getByRole('table', { name: 'Suggested keywords' });
			await expect.poll(() => fixes.getByRole('row').filter({ hasText: 'send parcel back' }).textContent()).toContain('returns/start-a-return');
			expect(await page.getByRole('table', { name: 'Searches that found nothing in English (en)' }).textContent()).toContain('returns/start-a-return (9)');
			// Wide tables scroll in their own box; the page itself does not scroll sideways.
			expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
			expect(await seriousViolations(page, colorScheme === 'dark' ? COLOUR_RULES : undefined)).toEqual([]);
			await context.close();
		}
	});
});
