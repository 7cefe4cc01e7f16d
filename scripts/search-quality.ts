/**
 * Search quality: runs the shopper queries in content/search-queries/<locale>.yaml (the shop's own)
 * against the built sample help center in Chromium, with the same Pagefind
 * options as the search box, and reports hit@1 and hit@3 per locale.
 *
 *   npm run search:quality            build the sample site, then measure
 *   npm run search:quality -- --no-build   measure the existing build in tests/.output/search-quality
 *   npm run search:quality -- ru pl        measure only these locales
 *
 * Exits with 1 when any locale's hit@3 is under 90%.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { launchChromium } from '../tests/helpers/browser.js';
import { buildSite, projectRoot } from '../tests/helpers/build-site.js';
import { serveStatic } from '../tests/helpers/static-server.js';
import { resolveShopPaths } from '../src/shop/paths.js';

const queryFileSchema = z.array(
	z.strictObject({
		q: z.string().min(1),
		/** The article that should come first: <category>/<slug>. */
		expect: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
		/** What the query tests: synonym, inflection, typo, no diacritics ... */
		kind: z.string().optional(),
	}),
);
export type QueryCase = z.output<typeof queryFileSchema>[number];

export interface LocaleQuality {
	locale: string;
	total: number;
	hit1: number;
	hit3: number;
	misses: { q: string; expect: string; got: string[] }[];
}

/** The shop's shopper queries: written by whoever knows what shoppers ask, like the articles. */
export const QUERY_DIR = path.join(resolveShopPaths({}, projectRoot).content, 'search-queries');

/** The locales the shop has shopper queries for. */
export function localesWithQueries(): string[] {
	if (!fs.existsSync(QUERY_DIR)) return [];
	return fs
		.readdirSync(QUERY_DIR)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => f.slice(0, -'.yaml'.length))
		.sort();
}
export const MIN_HIT_AT_3 = 0.9;
const PARALLEL_PAGES = 3;

export function readQueries(locale: string): QueryCase[] {
	const file = path.join(QUERY_DIR, `${locale}.yaml`);
	return queryFileSchema.parse(parse(fs.readFileSync(file, 'utf8')));
}

/** Measures the built site in `dir` (served at the root) for each locale. */
export async function measureSearchQuality(dir: string, locales: readonly string[]): Promise<LocaleQuality[]> {
	const server = await serveStatic(dir);
	const browser = await launchChromium();
	try {
		// A few tabs at once: a results page mostly waits for its files, so they overlap well.
		const pages = await Promise.all(Array.from({ length: PARALLEL_PAGES }, () => browser.newPage()));
		const report: LocaleQuality[] = [];
		for (const locale of locales) {
			const queries = readQueries(locale);
			// Each query goes through the real results page of the locale, as a shopper's would.
			const results: string[][] = [];
			// The first query of a tab opens the results page; the next ones are typed into its search box, as a
			// shopper refines a search there (the page then updates in place).
			let next = 0;
			await Promise.all(
				pages.map(async (page) => {
					for (let i = next++, first = true; i < queries.length; i = next++, first = false) {
						const q = queries[i]?.q ?? '';
						if (first) await page.goto(`${server.url}/${locale}/search/?q=${encodeURIComponent(q)}`);
						else {
							await page.locator('header input[name="q"]').fill(q);
							await page.locator('header input[name="q"]').press('Enter');
						}
						await page.locator('.hc-results__heading', { hasText: q }).waitFor();
						await page.locator('.hc-results__count').waitFor();
						results[i] = await page.locator('.hc-results__list a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
					}
				}),
			);
			const quality: LocaleQuality = { locale, total: queries.length, hit1: 0, hit3: 0, misses: [] };
			queries.forEach((c, i) => {
				const got = (results[i] ?? []).map((url) => url.replace(new RegExp(`^/${locale}/|/$`, 'g'), ''));
				if (got[0] === c.expect) quality.hit1++;
				if (got.includes(c.expect)) quality.hit3++;
				else quality.misses.push({ q: c.q, expect: c.expect, got });
			});
			report.push(quality);
		}
		return report;
	} finally {
		await browser.close();
		await server.close();
	}
}

export function formatReport(report: LocaleQuality[]): string {
	const pct = (n: number, total: number) => `${Math.round((n / total) * 100)}%`.padStart(5);
	const lines = [
		'locale  queries  hit@1  hit@3',
		...report.map((r) => `${r.locale.padEnd(6)}  ${String(r.total).padStart(7)}  ${pct(r.hit1, r.total)}  ${pct(r.hit3, r.total)}`),
	];
	for (const r of report) {
		for (const miss of r.misses) lines.push(`  miss ${r.locale}: "${miss.q}" expected ${miss.expect}, got ${miss.got.join(', ') || 'nothing'}`);
	}
	return lines.join('\n');
}

async function main() {
	const dir = path.join(projectRoot, 'tests/.output/search-quality');
	if (!process.argv.includes('--no-build')) {
		const build = buildSite({ name: 'search-quality', content: 'content' });
		if (!build.ok) {
			console.error(build.output);
			process.exit(1);
		}
	}
	const chosen = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
	const locales = localesWithQueries().filter((locale) => chosen.length === 0 || chosen.includes(locale));
	if (locales.length === 0) {
		console.log(`No shopper queries in ${QUERY_DIR}: nothing to measure. See README "Search".`);
		return;
	}
	const report = await measureSearchQuality(dir, locales);
	console.log(formatReport(report));
	const failing = report.filter((r) => r.hit3 / r.total < MIN_HIT_AT_3);
	if (failing.length) {
		console.error(`\nhit@3 under ${MIN_HIT_AT_3 * 100}% in: ${failing.map((r) => r.locale).join(', ')}`);
		process.exit(1);
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
