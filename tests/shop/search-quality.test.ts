import { beforeAll, describe, expect, it } from 'vitest';
import { MIN_HIT_AT_3, formatReport, localesWithQueries, measureSearchQuality, readQueries, type LocaleQuality } from '../../scripts/search-quality.js';
import { sharedBuild } from '../helpers/build-site.js';
import { SHOP_CONTENT, shopUnderTest } from '../helpers/shop-under-test.js';

// The shop's own shopper queries (content/search-queries/<locale>.yaml) against
// its help center, through the real results page: the same measurement as
// `npm run search:quality`. A shop without queries has nothing to measure.
const hc = shopUnderTest();
const locales = localesWithQueries();
let report: LocaleQuality[] = [];

beforeAll(async () => {
	if (locales.length === 0) return;
	const build = sharedBuild(SHOP_CONTENT);
	if (!build.ok) throw new Error(build.output);
	report = await measureSearchQuality(build.dir, locales);
	console.log(formatReport(report));
}, 600_000);

describe.skipIf(locales.length === 0)("search quality of the shop's help center", () => {
	it('has queries only for languages of the shop, each expecting an article the shop has', () => {
		const codes = hc.site.locales.map((l) => l.code);
		expect(locales.filter((locale) => !codes.includes(locale))).toEqual([]);
		const keys = new Set(hc.articles.map((a) => a.key));
		const stale = locales.flatMap((locale) =>
			readQueries(locale)
				.filter((c) => !keys.has(c.expect))
				.map((c) => `${locale}: "${c.q}" expects ${c.expect}`),
		);
		expect(stale).toEqual([]);
	});

	it(`finds the expected article in the top 3 for at least ${MIN_HIT_AT_3 * 100}% of queries in every language`, () => {
		for (const r of report) expect(r.hit3 / r.total, `${r.locale}: ${JSON.stringify(r.misses)}`).toBeGreaterThanOrEqual(MIN_HIT_AT_3);
	});
});
