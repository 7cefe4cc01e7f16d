import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadShop } from '../../src/shop/load-shop.js';
import { addLocale, removeLocale } from '../../src/shop/shop-locales.js';
import { copyFixtureShop, problemsOf } from '../helpers/shop-copy.js';

let copy: ReturnType<typeof copyFixtureShop>;
afterEach(() => copy?.remove());

const read = (file: string) => fs.readFileSync(path.join(copy.content, file), 'utf8');

describe('removing a language', () => {
	it('takes it out of every file and folder, leaving a shop that loads and every other line as it was', () => {
		copy = copyFixtureShop();
		const before = { site: read('site.yaml'), categories: read('categories.yaml'), channels: read('contact/channels.yaml') };
		const change = removeLocale(copy, 'he');
		// The copy's folders, relative to its root, as the command shows them to the operator.
		const shown = (folder: string) => path.relative(copy.root, folder);
		expect(change.removed).toEqual(
			[`${copy.content}/articles/he`, `${copy.content}/policies/he`, `${copy.content}/announcements/he`, `${copy.locales}/he`].map(shown),
		);
		const shop = loadShop(copy, { includeDrafts: false });
		expect(shop.site.locales.map((l) => l.code)).toEqual(['en', 'ru', 'ar']);
		// Only lines naming the language are gone: comments and layout stay.
		const removedLines = (was: string, is: string) => was.split('\n').filter((line) => !is.split('\n').includes(line));
		expect(removedLines(before.site, read('site.yaml')).every((line) => /\bhe\b|[\u0590-\u05FF]/.test(line))).toBe(true);
		expect(removedLines(before.categories, read('categories.yaml')).every((line) => /^\s*he: /.test(line))).toBe(true);
		// The languages a channel's staff speak stay: they are not the site's languages.
		expect(read('contact/channels.yaml')).toContain('languages: [en, he, ru]');
		expect(
			read('site.yaml')
				.split('\n')
				.filter((line) => line.startsWith('#')),
		).toEqual(before.site.split('\n').filter((line) => line.startsWith('#')));
		expect(read('categories.yaml')).not.toMatch(/^\s*he:/m);
	});

	it('refuses to remove the default language', () => {
		copy = copyFixtureShop();
		expect(() => removeLocale(copy, 'en')).toThrow(/is the default language/);
	});
});

describe('adding a language', () => {
	it('lists a language the engine speaks in site.yaml, in the form the others are listed', () => {
		copy = copyFixtureShop();
		removeLocale(copy, 'he');
		addLocale(copy, 'he');
		expect(loadShop(copy, { includeDrafts: false }).site.locales.map((l) => [l.code, l.dir])).toEqual([
			['en', 'ltr'],
			['ru', 'ltr'],
			['ar', 'rtl'],
			['he', 'rtl'],
		]);
		expect(() => addLocale(copy, 'he')).toThrow('"he" is already a language of the shop.');
	});

	it('asks for the UI strings first when the engine does not speak the language', () => {
		copy = copyFixtureShop();
		expect(() => addLocale(copy, 'kk')).toThrow('The engine has no UI strings for "kk"');
		expect(() => addLocale(copy, 'en_US')).toThrow('Write "en-US" instead of "en_US".');
	});
});

describe('a language site.yaml no longer lists', () => {
	it('is one problem, naming the files and the commands that fix it', () => {
		copy = copyFixtureShop();
		fs.writeFileSync(
			path.join(copy.content, 'site.yaml'),
			read('site.yaml')
				.replace(/\n {2}- he\n/, '\n')
				.replace(/\n {2}- code: he\n/, '\n'),
		);
		const problems = problemsOf(copy);
		expect(problems).toEqual([
			{
				file: 'content/site.yaml',
				field: 'locales',
				message: expect.stringMatching(
					/^does not list "he", but \d+ files have texts in it \(.*\)\. Run npm run locale -- remove he to remove them, or npm run locale -- add he/,
				),
			},
		]);
	});
});
