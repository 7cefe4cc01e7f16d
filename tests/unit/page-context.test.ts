import { describe, expect, it } from 'vitest';
import { createPageContext, localeOfPath } from '../../src/layouts/page-context.js';
import { createHelpCenter } from '../../src/shop/help-center.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { FIXTURE_CONTENT, shopPathsOf } from '../helpers/build-site.js';

const hc = createHelpCenter(loadShop(shopPathsOf(FIXTURE_CONTENT), { includeDrafts: false }));
const locales = ['en', 'he', 'ru', 'ar'];

describe("a page's context", () => {
	it('takes its language from the first folder under the base path, else the default language', () => {
		expect(localeOfPath('/help/he/orders/track-an-order/', '/help/', locales, 'en')).toBe('he');
		expect(localeOfPath('/ru/', '/', locales, 'en')).toBe('ru');
		// The root pages and a folder that is no language of the site.
		expect(localeOfPath('/help/', '/help/', locales, 'en')).toBe('en');
		expect(localeOfPath('/help/theme/shop.css', '/help/', locales, 'en')).toBe('en');
	});

	it("gives the page's direction, UI strings and addresses under the base path, in its language or another", () => {
		const page = createPageContext(hc, 'he', '/help/');
		expect(page.info.dir).toBe('rtl');
		expect(page.t('search.submit')).toBe(hc.t('he')('search.submit'));
		expect(page.href({ type: 'article', category: 'orders', slug: 'track-an-order' })).toBe('/help/he/orders/track-an-order/');
		expect(page.href({ type: 'home' }, 'ru')).toBe('/help/ru/');
		expect(page.in('he')).toBe(page);
		expect(page.in('ar').info.dir).toBe('rtl');
		expect(page.in('ru').href({ type: 'search' })).toBe('/help/ru/search/');
	});

	it("follows the text's language where a page shows another language's text", () => {
		const page = createPageContext(hc, 'ar', '/');
		expect(page.textLocale).toBe('ar');
		page.setTextLocale('en');
		expect(page.textLocale).toBe('en');
		expect(page.locale).toBe('ar');
	});
});
