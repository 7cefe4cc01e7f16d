import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIN_HIT_AT_3, QUERY_DIR, formatReport, measureSearchQuality, type LocaleQuality } from '../../scripts/search-quality.js';
import { buildSite } from '../helpers/build-site.js';

// The shopper queries of tests/search-queries/ against the sample help center,
// through the real results page: the same measurement as `npm run search:quality`.
let report: LocaleQuality[];

beforeAll(async () => {
	const build = buildSite({ name: 'search-quality', content: 'content' });
	if (!build.ok) throw new Error(build.output);
	const locales = fs.readdirSync(QUERY_DIR).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort();
	report = await measureSearchQuality(build.dir, locales);
	console.log(formatReport(report));
}, 600_000);

describe('search quality of the sample help center', () => {
	it('has at least 10 shopper queries in each of the six languages', () => {
		expect(report.map((r) => r.locale)).toEqual(['cs', 'en', 'he', 'pl', 'ru', 'vi']);
		for (const r of report) expect(r.total, r.locale).toBeGreaterThanOrEqual(10);
	});

	it(`finds the expected article in the top 3 for at least ${MIN_HIT_AT_3 * 100}% of queries in every language`, () => {
		for (const r of report) expect(r.hit3 / r.total, `${r.locale}: ${JSON.stringify(r.misses)}`).toBeGreaterThanOrEqual(MIN_HIT_AT_3);
	});
});
