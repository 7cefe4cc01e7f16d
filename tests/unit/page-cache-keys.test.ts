import { describe, expect, it } from 'vitest';
import type { StatusEntry } from '../../src/i18n/translation-status.js';
import { createHelpCenter } from '../../src/shop/help-center.js';
import { loadShop, type Shop } from '../../src/shop/load-shop.js';
import { FIXTURE_CONTENT, shopPathsOf } from '../helpers/build-site.js';

const TODAY = '2026-12-06';
const original = loadShop(shopPathsOf(FIXTURE_CONTENT), { includeDrafts: false });

/** Every keyed page of the shop by its path, "he/orders/track-an-order" or "ru/returns" or "en/home". */
function keysOf(shop: Shop, today = TODAY): Map<string, string> {
	const hc = createHelpCenter(shop, today);
	const keys = new Map<string, string>();
	for (const locale of hc.catalog.locales) {
		keys.set(`${locale}/home`, hc.cacheKeys.page(locale));
		for (const page of hc.catalog.articlesOf(locale)) keys.set(`${locale}/${page.key}`, hc.cacheKeys.article(page));
		for (const policy of hc.policyPages) keys.set(`${locale}/${policy}`, hc.cacheKeys.policy(locale, policy));
	}
	return keys;
}

/** The pages whose key differs after `change` (made on a copy of the fixture shop). */
function changedBy(change: (shop: Shop) => void, today = TODAY): string[] {
	const before = keysOf(original);
	const shop = structuredClone(original);
	change(shop);
	const after = keysOf(shop, today);
	return [...after].filter(([page, key]) => before.get(page) !== key).map(([page]) => page);
}

const article = (shop: Shop, id: string) => {
	const found = shop.articles.find((a) => a.id === id);
	if (!found) throw new Error(`The fixture has no article ${id}`);
	return found;
};
const allPages = [...keysOf(original).keys()];
const pagesOf = (locale: string) => allPages.filter((page) => page.startsWith(`${locale}/`));

describe('cache keys of pages', () => {
	it('are the same for the same shop on the same day', () => {
		expect(changedBy(() => {})).toEqual([]);
	});

	it('change for an article whose text changed, and for the pages that stand in with it where it is not translated', () => {
		expect(changedBy((shop) => (article(shop, 'en/orders/track-an-order').digest = 'edited'))).toEqual([
			'en/orders/track-an-order',
			// Russian and Arabic have no translation of it: they show the English text.
			'ru/orders/track-an-order',
			'ar/orders/track-an-order',
		]);
		expect(changedBy((shop) => (article(shop, 'he/orders/track-an-order').lastModified = '2026-12-01'))).toEqual(['he/orders/track-an-order']);
	});

	it('change for every page of a language whose article titles, descriptions or other front matter changed', () => {
		expect(changedBy((shop) => (article(shop, 'he/orders/track-an-order').data.title = 'כותרת חדשה'))).toEqual(pagesOf('he'));
		// The default language's titles stand in wherever an article is not translated.
		expect(changedBy((shop) => (article(shop, 'en/returns/start-a-return').data.description = 'New.'))).toEqual(allPages);
	});

	it('change for a translation whose state changed, on its own page only', () => {
		const outdated: StatusEntry = { locale: 'he', key: 'orders/track-an-order', state: 'outdated', original: 'x', translation: 'y' };
		expect(changedBy((shop) => shop.translations.push(outdated))).toEqual(['he/orders/track-an-order']);
		expect(changedBy((shop) => shop.translations.push({ ...outdated, key: 'policy/returns' }))).toEqual(['he/returns']);
	});

	it('change for a policy page whose text changed, where that text is shown', () => {
		const english = (shop: Shop) => shop.policies.pages.find((p) => p.id === 'en/shipping');
		const changed = changedBy((shop) => (english(shop)!.digest = 'edited'));
		// Hebrew has its own shipping text; the other languages show the English one.
		expect(changed).toEqual(['en/shipping', 'ru/shipping', 'ar/shipping']);
	});

	it.each<[string, (shop: Shop) => void]>([
		['site.yaml', (shop) => (shop.site.name = 'Another shop')],
		['categories.yaml', (shop) => (shop.categories[0]!.title = { en: 'Your orders' })],
		['a UI string', (shop) => (shop.ui['he'] = { common: { site: { title: 'אחר' } } })],
		['the contact channels', (shop) => (shop.channels!.timeZone = 'Asia/Jerusalem')],
		['a policy fact', (shop) => (shop.policies.returns!.window.days += 1)],
		['the theme', (shop) => (shop.theme.stylesheet = { file: 'shop.0.css', css: 'a{}' })],
		['which articles exist', (shop) => shop.articles.splice(shop.articles.indexOf(article(shop, 'ru/returns/start-a-return')), 1)],
	])('change for every page when %s changes', (_input, change) => {
		expect(changedBy(change)).toEqual(allPages);
	});

	it('change for the pages of a language whose announcements changed, or ended since the last build', () => {
		expect(changedBy((shop) => (shop.announcements.find((a) => a.id === 'en/holiday-delays')!.digest = 'edited'))).toEqual(pagesOf('en'));
		// An announcement that ended is no longer on the pages; one that starts later already is (it shows itself when due).
		expect(changedBy(() => {}, '2100-01-01')).toEqual([...pagesOf('en'), ...pagesOf('he')]);
	});
});
