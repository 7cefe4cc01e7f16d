import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/browser.js';
import { useFixtureSite } from '../helpers/fixture-site.js';

// Every page type of the sample help center, in all six languages, light and dark.
const LOCALES = ['en', 'he', 'ru', 'pl', 'cs', 'vi'];
const FALLBACK: Record<string, string> = {
	en: 'payments/invoices-and-vat',
	he: 'payments/invoices-and-vat',
	ru: 'payments/invoices-and-vat',
	pl: 'account/delete-your-account',
	cs: 'account/delete-your-account',
	vi: 'orders/missing-or-wrong-item',
};
const pageTypes = (locale: string) => ({
	home: `/${locale}/`,
	category: `/${locale}/orders/`,
	article: `/${locale}/returns/how-to-return-an-item/`,
	'article (untranslated in pl, he, vi)': `/${locale}/${FALLBACK[locale]}/`,
	search: `/${locale}/search/?q=${encodeURIComponent('order')}`,
	contact: `/${locale}/contact/`,
	'message sent': `/${locale}/contact/sent/?ref=7F3K-9Q2M`,
	'returns policy': `/${locale}/returns/`,
	'shipping policy': `/${locale}/shipping/`,
	'page not found': `/${locale}/404.html`,
});

const site = useFixtureSite('accessibility', { content: 'content' });

describe('accessibility of every page type (axe, WCAG 2.2 AA)', () => {
	for (const locale of LOCALES) {
		it(`finds no serious or critical issue in ${locale}, light and dark`, async () => {
			const context = await site.browser.newContext();
			const page = await context.newPage();
			const found: Record<string, string[]> = {};
			const urls = locale === 'en' ? { 'language choice': '/', ...pageTypes(locale) } : pageTypes(locale);
			for (const [type, url] of Object.entries(urls)) {
				await page.goto(`${site.url}${url}`, { waitUntil: 'load' });
				if (url === '/') await page.waitForURL(/\/[a-z]{2}\/$/);
				if (type === 'search') await page.locator('.hc-results__count').waitFor();
				for (const colorScheme of ['light', 'dark'] as const) {
					await page.emulateMedia({ colorScheme });
					const violations = await seriousViolations(page);
					if (violations.length) found[`${type} ${url} (${colorScheme})`] = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
				}
			}
			expect(found).toEqual({});
			await context.close();
		});
	}
});
