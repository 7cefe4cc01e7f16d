import { describe, expect, it } from 'vitest';
import { createCatalog, hreflangLinks } from '../../src/catalog/catalog.js';
import type { ArticleSource } from '../../src/content/scan-articles.js';

function article(id: string, data: Partial<ArticleSource['data']> = {}): ArticleSource {
	const [locale, category, slug] = id.split('/') as [string, string, string];
	return {
		id,
		locale,
		category,
		slug,
		key: `${category}/${slug}`,
		file: `content/articles/${id}.mdx`,
		digest: id,
		body: '',
		bodyLine: 5,
		components: [],
		componentUses: [],
		data: {
			title: `${slug} (${locale})`,
			description: 'd',
			keywords: [],
			updated: '2026-10-01',
			featured: false,
			draft: false,
			needsTranslation: false,
			redirectFrom: [],
			related: [],
			...data,
		},
	};
}

const catalog = createCatalog({
	defaultLocale: 'en',
	locales: ['en', 'he', 'ru'],
	categories: ['orders', 'returns', 'account'],
	articles: [
		article('en/returns/refund-time', { order: 20 }),
		article('en/returns/start-return', { order: 10, featured: true }),
		article('en/orders/track', { featured: true, title: 'Track' }),
		article('en/orders/cancel', { title: 'Cancel' }),
		article('he/returns/start-return', { order: 10, featured: false }),
		article('he/orders/track', { featured: true }),
		// Exists only in Hebrew: no other locale gets it.
		article('he/orders/hebrew-only'),
	],
});

const keys = (pages: { key: string }[]) => pages.map((p) => p.key);

describe('catalog', () => {
	it('serves every default-locale article in every locale, marking the fallbacks', () => {
		const ru = catalog.articlesOf('ru');
		expect(keys(ru)).toEqual(['orders/cancel', 'orders/track', 'returns/start-return', 'returns/refund-time']);
		expect(ru.every((p) => p.isFallback && p.source.locale === 'en')).toBe(true);

		const he = catalog.articlesOf('he');
		expect(he.find((p) => p.key === 'returns/start-return')).toMatchObject({ isFallback: false, source: { locale: 'he' } });
		expect(he.find((p) => p.key === 'returns/refund-time')).toMatchObject({ isFallback: true, source: { locale: 'en' } });
	});

	it('keeps an article that exists only in a non-default locale to that locale', () => {
		expect(catalog.article('he', 'orders/hebrew-only')).toBeDefined();
		expect(catalog.article('en', 'orders/hebrew-only')).toBeUndefined();
		expect(catalog.article('ru', 'orders/hebrew-only')).toBeUndefined();
	});

	it('orders articles by category order, then `order`, then title', () => {
		expect(keys(catalog.articlesIn('en', 'returns'))).toEqual(['returns/start-return', 'returns/refund-time']);
		// Neither has an order: alphabetical by the shown title.
		expect(keys(catalog.articlesIn('en', 'orders'))).toEqual(['orders/cancel', 'orders/track']);
	});

	it('lists only categories that have articles, with their counts', () => {
		expect(catalog.categoriesOf('en')).toEqual([
			{ id: 'orders', articleCount: 2 },
			{ id: 'returns', articleCount: 2 },
		]);
		expect(catalog.categoriesOf('he')).toEqual([
			{ id: 'orders', articleCount: 3 },
			{ id: 'returns', articleCount: 2 },
		]);
	});

	it('takes "featured" from the text a locale shows', () => {
		expect(keys(catalog.featured('en'))).toEqual(['orders/track', 'returns/start-return']);
		// The Hebrew translation of start-return is not featured.
		expect(keys(catalog.featured('he'))).toEqual(['orders/track']);
		expect(keys(catalog.featured('ru'))).toEqual(['orders/track', 'returns/start-return']);
	});

	it('returns only real translations of an article', () => {
		expect([...catalog.translations('returns/start-return').keys()].sort()).toEqual(['en', 'he']);
		expect([...catalog.translations('orders/cancel').keys()]).toEqual(['en']);
	});

	it('lists the other articles of the same category and locale as siblings', () => {
		const page = catalog.article('he', 'orders/track');
		if (!page) throw new Error('missing page');
		expect(keys(catalog.siblings(page))).toEqual(expect.arrayContaining(['orders/cancel', 'orders/hebrew-only']));
		expect(keys(catalog.siblings(page))).not.toContain('orders/track');
		expect(catalog.siblings(page).every((p) => p.locale === 'he')).toBe(true);
	});

	it("lists a long category's neighbours of the page, up to the limit", () => {
		const many = createCatalog({
			defaultLocale: 'en',
			locales: ['en'],
			categories: ['orders'],
			articles: Array.from({ length: 20 }, (_, i) => article(`en/orders/a${String(i).padStart(2, '0')}`, { order: i })),
		});
		const page = many.article('en', 'orders/a10');
		if (!page) throw new Error('missing page');
		expect(keys(many.siblings(page, 4))).toEqual(['orders/a08', 'orders/a09', 'orders/a11', 'orders/a12']);
		const first = many.article('en', 'orders/a00');
		if (!first) throw new Error('missing page');
		expect(keys(many.siblings(first, 3))).toEqual(['orders/a01', 'orders/a02', 'orders/a03']);
		// Articles already listed as related are left out, and others take their places.
		expect(keys(many.siblings(page, 4, ['orders/a09', 'orders/a11']))).toEqual(['orders/a07', 'orders/a08', 'orders/a12', 'orders/a13']);
	});

	it('sends the language switcher to the same article in every locale, never to a missing page', () => {
		expect(catalog.alternates({ type: 'article', category: 'returns', slug: 'refund-time' })).toEqual([
			{ locale: 'en', path: '/en/returns/refund-time/', kind: 'translated' },
			{ locale: 'he', path: '/he/returns/refund-time/', kind: 'fallback' },
			{ locale: 'ru', path: '/ru/returns/refund-time/', kind: 'fallback' },
		]);
		// A Hebrew-only article: the other locales get the category page instead of a 404.
		expect(catalog.alternates({ type: 'article', category: 'orders', slug: 'hebrew-only' })).toEqual([
			{ locale: 'en', path: '/en/orders/', kind: 'nearest' },
			{ locale: 'he', path: '/he/orders/hebrew-only/', kind: 'translated' },
			{ locale: 'ru', path: '/ru/orders/', kind: 'nearest' },
		]);
	});

	it('announces only real translations as hreflang alternates, with x-default', () => {
		const links = hreflangLinks(catalog.alternates({ type: 'article', category: 'returns', slug: 'start-return' }), 'en');
		expect(links).toEqual([
			{ hreflang: 'en', path: '/en/returns/start-return/' },
			{ hreflang: 'he', path: '/he/returns/start-return/' },
			{ hreflang: 'x-default', path: '/en/returns/start-return/' },
		]);
	});
});
