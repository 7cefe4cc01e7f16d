import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, outputRoot, projectRoot, readPage, structuredDataOf, type BuildResult } from '../helpers/build-site.js';

// The sample shop with one fact changed: the return window goes from 30 to 45 days.
const LOCALES = ['en', 'he', 'ru', 'pl', 'cs', 'vi'];
const FORTY_FIVE_DAYS: Record<string, string> = { en: '45 days', he: '45 ימים', ru: '45 дней', pl: '45 dni', cs: '45 dní', vi: '45 ngày' };
let site: BuildResult;

beforeAll(() => {
	const content = path.join(outputRoot, 'policy-shop-content');
	fs.rmSync(content, { recursive: true, force: true });
	fs.cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
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
	it('state the new return window on all six returns pages, in each language', () => {
		for (const locale of LOCALES) {
			const doc = readPage(site.dir, `${locale}/returns/index.html`);
			const facts = [...doc.querySelectorAll('.hc-prose .hc-fact')].map((el) => el.textContent);
			expect(facts, locale).toContain(FORTY_FIVE_DAYS[locale]);
			expect(doc.querySelector('.hc-policy-table')?.textContent, locale).toContain(FORTY_FIVE_DAYS[locale]);
			expect(doc.querySelector('.hc-prose')?.textContent, locale).not.toMatch(/\b30\b/);
		}
	});

	it('give search engines the same window in every language', () => {
		for (const locale of LOCALES) {
			const data = structuredData(`${locale}/returns/index.html`);
			const policies = data.hasMerchantReturnPolicy as { merchantReturnDays: number }[];
			expect(policies.length, locale).toBeGreaterThan(0);
			expect(policies.map((p) => p.merchantReturnDays), locale).toEqual(policies.map(() => 45));
		}
	});

	it('keep the returns articles listed under the policy, and the shipping page has its shipping services', () => {
		const doc = readPage(site.dir, 'pl/returns/index.html');
		expect(doc.querySelectorAll('.hc-related a').length).toBeGreaterThanOrEqual(4);
		const shipping = structuredData('cs/shipping/index.html');
		expect((shipping.hasShippingService as unknown[]).length).toBeGreaterThan(5);
	});
});
