/**
 * Search speed, as a shopper feels it, in Chromium against a built site:
 *
 * - search box: from the last keystroke of a query to its suggestions on screen, once the
 *   index chunks for it are loaded (the shopper typed it before);
 * - results page: from navigation to the results on screen, with an empty cache;
 * - bytes: what that first search transfers from a host that compresses text (gzip), counting
 *   Pagefind's own files as they are (they are compressed already).
 *
 * The queries are the shop's shopper queries (content/search-queries/<locale>.yaml).
 * `npm run bench -- 500 --search` measures the bench corpus with it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/helpers/browser.js';
import { serveStatic } from '../tests/helpers/static-server.js';
import { localesWithQueries, readQueries } from './search-quality.js';

export interface SearchSpeed {
	locale: string;
	queries: number;
	/** Milliseconds from the last keystroke to the suggestions, per query. */
	box: number[];
	/** Milliseconds from navigation to results on the results page, per query. */
	page: number[];
	/** Bytes a first search on the results page transfers, per query. */
	bytes: number[];
}

/** Pagefind writes its index, fragments and WebAssembly compressed; a host sends them as they are. */
const PRECOMPRESSED = /\.pf_\w+$|\.pagefind$/;

function transferredBytes(dir: string, urls: readonly string[], origin: string): number {
	let total = 0;
	for (const url of new Set(urls)) {
		if (!url.startsWith(origin)) continue;
		let file = decodeURIComponent(new URL(url).pathname);
		if (file.endsWith('/')) file += 'index.html';
		const full = path.join(dir, file);
		if (!fs.existsSync(full)) continue;
		const body = fs.readFileSync(full);
		total += PRECOMPRESSED.test(file) ? body.length : gzipSync(body).length;
	}
	return total;
}

async function boxLatency(page: Page, query: string): Promise<number> {
	const input = page.locator('.hc-header__search input[name="q"]');
	await input.click();
	await page.locator('.hc-search__input[role="combobox"]').waitFor();
	// First time: loads the index chunks and fragments this query needs.
	await input.pressSequentially(query);
	await page.locator('.hc-search__all', { hasText: query }).waitFor();
	await input.fill('');
	await page.locator('.hc-search__list').waitFor({ state: 'hidden' });
	// Second time: measured in the page, from the last keystroke to the list showing this query's results.
	// The last keystroke is the last `input` event: Playwright types letters that a US keyboard lacks
	// (Hebrew, Cyrillic) without keydown events, so the last keydown would be the last space.
	const measured = page.evaluate((query) => {
		const form = document.querySelector('.hc-header__search form') as HTMLFormElement;
		let lastKey = 0;
		form.addEventListener('input', () => (lastKey = performance.now()), true);
		return new Promise<number>((resolve) => {
			const observer = new MutationObserver(() => {
				const list = form.querySelector<HTMLElement>('.hc-search__list');
				const all = form.querySelector('.hc-search__all');
				if (lastKey && list && !list.hidden && all?.textContent?.includes(query)) {
					observer.disconnect();
					resolve(performance.now() - lastKey);
				}
			});
			observer.observe(form, { subtree: true, childList: true, characterData: true, attributes: true });
			setTimeout(() => resolve(Number.NaN), 10_000);
		});
	}, query);
	await input.pressSequentially(query, { delay: 30 });
	return measured;
}

async function pageLatency(browser: Browser, dir: string, url: string, origin: string): Promise<{ ms: number; bytes: number }> {
	const context = await browser.newContext();
	// No named functions inside: tsx would wrap them in a helper the page does not have.
	await context.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const observer = new MutationObserver(() => {
				if (document.querySelector('.hc-results__count')) {
					(window as unknown as { shownAt: number }).shownAt = performance.now();
					observer.disconnect();
				}
			});
			observer.observe(document.body, { subtree: true, childList: true });
		});
	});
	// Pagefind fetches its index from a web worker: the context sees those requests too.
	const requested: string[] = [];
	context.on('request', (request) => requested.push(request.url()));
	const page = await context.newPage();
	await page.goto(url);
	await page.locator('.hc-results__count').waitFor();
	const shownAt = await page.evaluate(() => (window as unknown as { shownAt: number }).shownAt);
	await context.close();
	return { ms: shownAt, bytes: transferredBytes(dir, requested, origin) };
}

/** Measures the built site in `dir` (served at the root) with each locale's shopper queries. */
export async function measureSearchSpeed(dir: string, locales: readonly string[] = localesWithQueries()): Promise<SearchSpeed[]> {
	const server = await serveStatic(dir);
	const browser = await launchChromium();
	try {
		const report: SearchSpeed[] = [];
		for (const locale of locales) {
			const queries = readQueries(locale).map((c) => c.q);
			const speed: SearchSpeed = { locale, queries: queries.length, box: [], page: [], bytes: [] };
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`${server.url}/${locale}/`);
			for (const query of queries) speed.box.push(await boxLatency(page, query));
			await context.close();
			for (const query of queries) {
				const first = await pageLatency(browser, dir, `${server.url}/${locale}/search/?q=${encodeURIComponent(query)}`, server.url);
				speed.page.push(first.ms);
				speed.bytes.push(first.bytes);
			}
			report.push(speed);
		}
		return report;
	} finally {
		await browser.close();
		await server.close();
	}
}

function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function formatSpeedReport(report: readonly SearchSpeed[]): string {
	const ms = (n: number) => `${Math.round(n)} ms`.padStart(8);
	const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`.padStart(7);
	return [
		'locale  queries  box median  box p90  page median  page p90  first search median  max',
		...report.map(
			(r) =>
				`${r.locale.padEnd(6)}  ${String(r.queries).padStart(7)}  ${ms(percentile(r.box, 50)).padStart(10)}  ${ms(percentile(r.box, 90)).padStart(7)}  ${ms(percentile(r.page, 50)).padStart(11)}  ${ms(percentile(r.page, 90)).padStart(8)}  ${kb(percentile(r.bytes, 50)).padStart(19)}  ${kb(Math.max(...r.bytes))}`,
		),
	].join('\n');
}
