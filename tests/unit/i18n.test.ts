import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/format.js';
import { describeLocale } from '../../src/i18n/locales.js';
import { translateAround } from '../../src/i18n/slots.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { engineLanguageFor, ENGINE_LANGUAGES, ENGINE_STRINGS } from '../../src/i18n/engine-strings.js';
import { flattenStrings, type StringTree } from '../../src/i18n/ui-resources.js';
import { engineTranslator } from '../helpers/engine-translator.js';
import { expectedKeys, placeholderProblem, resolveUiStrings } from '../../src/i18n/ui-strings.js';

const translationsDir = path.resolve(import.meta.dirname, '../../src/i18n/translations');
/** The shop's file of a locale's strings, as problems name it; no shop is read here. */
const fileOf = (locale: string, namespace: string) => `shop strings ${locale}/${namespace}`;
const engineOnly = (locales: string[]) => resolveUiStrings({ locales, overrides: {}, fileOf });

describe("the engine's UI strings", () => {
	it('ship every file in translations/ and nothing else', () => {
		const files = fs.readdirSync(translationsDir).filter((name) => name.endsWith('.json'));
		expect(files.map((name) => name.replace(/\.json$/, '')).sort()).toEqual([...ENGINE_LANGUAGES]);
	});

	it.each(ENGINE_LANGUAGES)('%s has every key in the plural forms it uses, with the reference placeholders', (language) => {
		const strings = flattenStrings(ENGINE_STRINGS[language] ?? {});
		const expected = expectedKeys(language);
		expect([...strings.keys()].sort()).toEqual([...expected.keys()].sort());
		const wrong = [...strings].flatMap(([key, text]) => {
			const problem = placeholderProblem(language, key, text, expected.get(key) ?? '');
			return problem || text.trim() === '' ? [`${key}: ${problem ?? 'empty'}`] : [];
		});
		expect(wrong).toEqual([]);
	});

	it('fill in their placeholders in every language', () => {
		const { resources, problems } = engineOnly([...ENGINE_LANGUAGES]);
		expect(problems).toEqual([]);
		const t = createTranslator(resources, 'en');
		for (const language of ENGINE_LANGUAGES) {
			expect(t(language)('footer.backToShop', { shop: 'Kestrel' }), language).toContain('Kestrel');
			const [before, after] = translateAround(t(language), 'article.updated', 'date');
			expect(before + after, language).not.toContain('{{');
			expect(t(language)('article.fallbackNotice', { language: 'XLANG' }), language).toContain('XLANG');
		}
	});

	it('choose the right plural form in Russian, Polish and Czech', () => {
		const t = createTranslator(engineOnly(['en', 'ru', 'pl', 'cs']).resources, 'en');
		const counts = (locale: string) => [1, 2, 5, 21, 22, 25].map((count) => t(locale)('category.articleCount', { count }));
		expect(counts('ru')).toEqual(['1 статья', '2 статьи', '5 статей', '21 статья', '22 статьи', '25 статей']);
		expect(counts('pl')).toEqual(['1 artykuł', '2 artykuły', '5 artykułów', '21 artykułów', '22 artykuły', '25 artykułów']);
		expect(counts('cs')).toEqual(['1 článek', '2 články', '5 článků', '21 článků', '22 článků', '25 článků']);
		expect(counts('en')).toEqual(['1 article', '2 articles', '5 articles', '21 articles', '22 articles', '25 articles']);
	});

	it('have typed keys: a key the engine does not have is a type error (npm run check)', () => {
		const t = engineTranslator(['en'])('en');
		// @ts-expect-error "home.titel" is not a key of src/i18n/translations/en.json
		expect(t('home.titel')).toBe('home.titel');
		expect(t('home.title')).toBe('How can we help?');
	});

	it('serve a regional locale from its language, but not Traditional Chinese from Simplified', () => {
		expect(engineLanguageFor('ru-RU')).toBe('ru');
		expect(engineLanguageFor('en-GB')).toBe('en');
		expect(engineLanguageFor('de-AT')).toBe('de');
		expect(engineLanguageFor('no')).toBe('nb');
		expect(engineLanguageFor('zh-CN')).toBe('zh');
		expect(engineLanguageFor('zh-TW')).toBeUndefined();
		expect(engineLanguageFor('kk')).toBeUndefined();
	});
});

describe("a shop's own UI strings", () => {
	const resolve = (locales: string[], overrides: Record<string, Record<string, unknown>>) =>
		resolveUiStrings({ locales, overrides: Object.fromEntries(Object.entries(overrides).map(([l, common]) => [l, { common: common as StringTree }])), fileOf });

	it("replace the engine's strings key by key and keep the rest", () => {
		const { resources, problems } = resolve(['en', 'ru'], { en: { home: { title: 'Hi, how can we help?' } } });
		expect(problems).toEqual([]);
		const t = createTranslator(resources, 'en');
		expect(t('en')('home.title')).toBe('Hi, how can we help?');
		expect(t('en')('home.topics')).toBe('Browse by topic');
		expect(t('ru')('home.title')).not.toBe('Hi, how can we help?');
	});

	it('stop the build when a placeholder is renamed or lost, naming the file and the key', () => {
		const { problems } = resolve(['en', 'ru'], {
			ru: { article: { updated: 'Обновлено {{datum}}' }, category: { articleCount_few: '{{count}} статьи', articleCount_many: 'статей' } },
		});
		expect(problems).toEqual([
			{
				file: 'shop strings ru/common',
				field: 'article.updated',
				message: expect.stringMatching(/^uses \{\{datum\}\}, which the engine does not fill in and lacks \{\{date\}\}; the engine fills in \{\{date\}\}/),
			},
			{ file: 'shop strings ru/common', field: 'category.articleCount_many', message: expect.stringMatching(/^lacks \{\{count\}\}/) },
		]);
	});

	it('name keys the engine does not have and plural forms the language does not use', () => {
		const { problems } = resolve(['en', 'vi'], { vi: { home: { titel: 'x' }, category: { articleCount_one: '{{count}} bài viết' } } });
		expect(problems.map((p) => [p.field, p.message.split(';')[0]])).toEqual([
			['home.titel', 'is not a UI string of the engine'],
			['category.articleCount_one', 'is a plural form vi does not use'],
		]);
	});

	it('are needed, all in one problem, for a language the engine does not speak', () => {
		const none = resolve(['en', 'kk'], {}).problems;
		expect(none).toEqual([
			{ file: 'shop strings kk/common', message: expect.stringMatching(/^is needed: the engine has no UI strings for "kk", so all \d+ must be written here/) },
		]);
		const some = resolve(['en', 'kk'], { kk: { home: { title: 'Қалай көмектесе аламыз?' } } }).problems;
		expect(some).toHaveLength(1);
		expect(some[0]?.message).toMatch(/^lacks \d+ UI strings \(the engine has no UI strings for "kk"\): site\.title, /);
		expect(some[0]?.message).not.toContain('home.title,');
	});
});

describe('locale facts', () => {
	it('knows the direction and own name of a language unless site.yaml says otherwise', () => {
		expect(describeLocale({ code: 'he' })).toEqual({ code: 'he', label: 'עברית', dir: 'rtl' });
		expect(['ar', 'fa'].map((code) => describeLocale({ code }).dir)).toEqual(['rtl', 'rtl']);
		expect(describeLocale({ code: 'de' })).toEqual({ code: 'de', label: 'Deutsch', dir: 'ltr' });
		expect(describeLocale({ code: 'ru' })).toEqual({ code: 'ru', label: 'Русский', dir: 'ltr' });
		expect(describeLocale({ code: 'vi', label: 'Tiếng Việt (VN)' }).label).toBe('Tiếng Việt (VN)');
	});

	it('formats dates in each language without shifting the day', () => {
		expect(formatDate('en', '2026-10-01')).toBe('October 1, 2026');
		expect(formatDate('ru', '2026-10-01')).toBe('1 октября 2026 г.');
		expect(formatDate('cs', '2026-12-31')).toBe('31. prosince 2026');
	});
});

describe('strings and formatters made once per locale', () => {
	it('gives the same text for a string asked for again, and fills values in every time', () => {
		const t = createTranslator(
			{
				en: {
					common: {
						search: { label: 'Search', resultCount_one: '{{count}} result', resultCount_other: '{{count}} results' },
						site: { title: '{{shop}} help' },
					},
				},
			},
			'en',
		)('en');
		expect(t('search.label')).toBe('Search');
		expect(t('search.label')).toBe('Search');
		expect(t('search.resultCount', { count: 1 })).toBe('1 result');
		expect(t('search.resultCount', { count: 4 })).toBe('4 results');
		// Asked again with the same values (remembered), and with other values.
		expect(t('search.resultCount', { count: 1 })).toBe('1 result');
		expect(t('site.title', { shop: 'Acme' })).toBe('Acme help');
		expect(t('site.title', { shop: 'Acme\u0000x' })).toBe('Acme\u0000x help');
		expect(t('site.title', { shop: 'Acme' })).toBe('Acme help');
		expect(t('site.title', { shop: { name: 'not remembered' } })).toBe('[object Object] help');
	});

	it('makes each formatter once and answers every date of every locale as a new one would', async () => {
		const { memoized } = await import('../../src/utils/memoized.js');
		let made = 0;
		const format = memoized((locale: string) => {
			made++;
			return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
		});
		const day = new Date('2026-10-14T12:00:00Z');
		for (const locale of ['ru', 'cs', 'ru', 'he', 'cs'])
			expect(format(locale).format(day)).toBe(new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day));
		expect(made).toBe(3);
		expect(formatDate('cs', '2026-10-14')).toBe('14. října 2026');
		expect(formatDate('cs', '2026-10-15', 'full')).toMatch(/^čtvrtek 15\. října 2026$/);
	});
});
