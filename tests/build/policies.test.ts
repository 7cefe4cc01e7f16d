import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, FIXTURE_CONTENT, outputRoot, projectRoot, readPage, structuredDataOf, type BuildResult } from '../helpers/build-site.js';

// The fixture shop with one fact changed: the return window goes from 30 to 45 days.
// Its returns text is written in en and he; ru shows the English text, and its facts in English with it.
// Israel keeps its own 14 days (an override), so only the other countries change.
const LOCALES = ['en', 'he', 'ru'];
const FORTY_FIVE_DAYS: Record<string, string> = { en: '45 days', he: '45 ימים', ru: '45 days' };
let site: BuildResult;

beforeAll(() => {
	const shop = path.join(outputRoot, 'policy-shop-source');
	const content = path.join(shop, 'content');
	fs.rmSync(shop, { recursive: true, force: true });
	fs.cpSync(path.dirname(path.join(projectRoot, FIXTURE_CONTENT)), shop, { recursive: true });
	const returns = path.join(content, 'policies/returns.yaml');
	const yaml = fs.readFileSync(returns, 'utf8');
	expect(yaml).toContain('window: { days: 30, startsOn: delivery }');
	fs.writeFileSync(returns, yaml.replace('window: { days: 30, startsOn: delivery }', 'window: { days: 45, startsOn: delivery }'));
	site = buildSite({ name: 'policy-shop', content: path.relative(projectRoot, content) });
	if (!site.ok) throw new Error(site.output);
});

function structuredData(page: string): Record<string, unknown> {
	return structuredDataOf(readPage(site.dir, page))[0] ?? {};
}

describe('returns facts from returns.yaml', () => {
	it('state the new return window on every returns page, in each language', () => {
		for (const locale of LOCALES) {
			const doc = readPage(site.dir, `${locale}/returns/index.html`);
			// As Czech shoppers see them (Israel has its own window in the fixture).
			const facts = [...doc.querySelectorAll('.hc-prose .hc-fact')].map((fact) => (fact.querySelector('[data-markets~="cz"]') ?? fact).textContent);
			expect(facts, locale).toContain(FORTY_FIVE_DAYS[locale]);
			expect(doc.querySelector('.hc-policy-table')?.textContent, locale).toContain(FORTY_FIVE_DAYS[locale]);
			expect(doc.querySelector('.hc-prose')?.textContent, locale).not.toMatch(/\b30\b/);
		}
	});

	it('give search engines the same window in every language', () => {
		for (const locale of LOCALES) {
			const data = structuredData(`${locale}/returns/index.html`);
			const policies = data.hasMerchantReturnPolicy as { merchantReturnDays: number; applicableCountry: string[] }[];
			const days = Object.fromEntries(policies.flatMap((p) => p.applicableCountry.map((country) => [country, p.merchantReturnDays])));
			// Poland takes returns but has no market in the fixture's markets.yaml, so it is not listed.
			expect(days, locale).toEqual({ CZ: 45, IL: 14 });
		}
	});

	it('keep the returns articles listed under the policy, and the shipping page has its shipping services', () => {
		const doc = readPage(site.dir, 'ru/returns/index.html');
		expect([...doc.querySelectorAll('.hc-related a')].map((a) => a.getAttribute('href'))).toContain('/ru/returns/start-a-return/');
		const shipping = structuredData('he/shipping/index.html');
		expect((shipping.hasShippingService as unknown[]).length).toBe(2);
	});
});
