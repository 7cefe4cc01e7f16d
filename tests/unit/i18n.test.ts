import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/format.js';
import { describeLocale } from '../../src/i18n/locales.js';
import { translateAround } from '../../src/i18n/slots.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { checkUiParity, readUiResources, type UiResources } from '../../src/i18n/ui-resources.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { resolveShopPaths } from '../../src/shop/paths.js';

const root = path.resolve(import.meta.dirname, '../..');
const paths = resolveShopPaths({}, root);
const shop = loadShop(paths, { includeDrafts: false });
const locales = shop.site.locales.map((l) => l.code);

describe("the shop's UI strings", () => {
	it('have the same keys and every plural form in every locale of site.yaml', () => {
		const { resources, problems } = readUiResources(paths.locales, locales, (f) => path.relative(root, f));
		expect(problems).toEqual([]);
		expect(checkUiParity(resources, shop.site.defaultLocale, (l, ns) => `locales/${l}/${ns}.json`)).toEqual([]);
		expect(Object.keys(resources).sort()).toEqual([...locales].sort());
	});

	it('keep every {{placeholder}} of the default locale', () => {
		const t = createTranslator(shop.ui, shop.site.defaultLocale);
		for (const locale of locales) {
			const text = t(locale)('footer.backToShop', { shop: 'Kestrel' });
			expect(text, locale).toContain('Kestrel');
			const [before, after] = translateAround(t(locale), 'article.updated', 'date');
			expect(before + after, locale).not.toContain('{{');
			expect(t(locale)('article.fallbackNotice', { language: 'XLANG' }), locale).toContain('XLANG');
		}
	});

	it('choose the right plural form in Russian, Polish and Czech', () => {
		const t = createTranslator(shop.ui, 'en');
		const counts = (locale: string) => [1, 2, 5, 21, 22, 25].map((count) => t(locale)('category.articleCount', { count }));
		expect(counts('ru')).toEqual(['1 статья', '2 статьи', '5 статей', '21 статья', '22 статьи', '25 статей']);
		expect(counts('pl')).toEqual(['1 artykuł', '2 artykuły', '5 artykułów', '21 artykułów', '22 artykuły', '25 artykułów']);
		expect(counts('cs')).toEqual(['1 článek', '2 články', '5 článků', '21 článků', '22 článků', '25 článků']);
		expect(counts('en')).toEqual(['1 article', '2 articles', '5 articles', '21 articles', '22 articles', '25 articles']);
	});
});

describe('UI string parity check', () => {
	const resources: UiResources = {
		en: { common: { nav: { home: 'Home' }, count_one: '{{count}} item', count_other: '{{count}} items' } },
		ru: { common: { nav: {}, count_one: '{{count}} товар', count_few: '{{count}} товара', count_other: '{{count}} товара' } },
		vi: { common: { nav: { home: 'Trang chủ' }, count_other: '{{count}} sản phẩm', extra: 'x' } },
	};
	const problems = checkUiParity(resources, 'en', (l, ns) => `locales/${l}/${ns}.json`);

	it('reports a key missing in a locale', () => {
		expect(problems).toContainEqual({ file: 'locales/ru/common.json', field: 'nav.home', message: expect.stringContaining('is missing') });
	});

	it('reports a plural form the language needs but the file lacks', () => {
		expect(problems).toContainEqual({
			file: 'locales/ru/common.json',
			field: 'count_many',
			message: expect.stringContaining('plural form "many"'),
		});
	});

	it('does not ask Vietnamese for a singular form, and flags keys nobody uses', () => {
		expect(problems.filter((p) => p.file === 'locales/vi/common.json')).toEqual([
			{ file: 'locales/vi/common.json', field: 'extra', message: expect.stringContaining('is not used') },
		]);
	});
});

describe('locale facts', () => {
	it('knows the direction and own name of a language unless site.yaml says otherwise', () => {
		expect(describeLocale({ code: 'he' })).toEqual({ code: 'he', label: 'עברית', dir: 'rtl' });
		expect(describeLocale({ code: 'ru' })).toEqual({ code: 'ru', label: 'Русский', dir: 'ltr' });
		expect(describeLocale({ code: 'vi', label: 'Tiếng Việt (VN)' }).label).toBe('Tiếng Việt (VN)');
	});

	it('formats dates in each language without shifting the day', () => {
		expect(formatDate('en', '2026-10-01')).toBe('October 1, 2026');
		expect(formatDate('ru', '2026-10-01')).toBe('1 октября 2026 г.');
		expect(formatDate('cs', '2026-12-31')).toBe('31. prosince 2026');
	});
});
