import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHelpCenter } from '../../src/shop/help-center.js';
import { loadShop } from '../../src/shop/load-shop.js';
import type { ShopPaths } from '../../src/shop/paths.js';
import { copyFixtureShop, fixtureShop, problemsOf } from '../helpers/shop-copy.js';

let copy: ReturnType<typeof copyFixtureShop> | undefined;

/** A copy of the fixture shop with some files replaced, removed after the test. */
function shopWith(files: Record<string, string>): ShopPaths {
	copy = copyFixtureShop(files);
	return copy;
}

afterEach(() => copy?.remove());

describe('loading a shop', () => {
	it('reads site, categories and articles of a valid shop', () => {
		const shop = loadShop(shopWith({}), { includeDrafts: false });
		expect(shop.site.locales.map((l) => [l.code, l.dir])).toEqual([
			['en', 'ltr'],
			['he', 'rtl'],
			['ru', 'ltr'],
			['ar', 'rtl'],
		]);
		expect(shop.site.locales[2]?.label).toBe('Русский язык');
		expect(shop.site.locales[3]?.label).toBe('العربية');
		expect(shop.categories.map((c) => c.id)).toEqual(['orders', 'returns', 'account']);
		expect(shop.articles.map((a) => a.id)).toContain('he/orders/track-an-order');
	});

	it('leaves out hidden files and folders, as the content loader does', () => {
		const paths = shopWith({
			'articles/en/orders/.#track-an-order.mdx': 'an editor lock file',
			'articles/.trash/orders/old-article.mdx': 'no front matter: checked, it would stop the build',
			'articles/en/.drafts/idea.mdx': 'neither',
		});
		expect(problemsOf(paths)).toEqual([]);
		expect(loadShop(paths, { includeDrafts: false }).articles.map((a) => a.slug)).not.toContain('old-article');
	});

	it('leaves drafts out of production builds only', () => {
		const paths = shopWith({});
		const draft = path.join(paths.content, 'articles/en/orders/draft-article.mdx');
		fs.writeFileSync(draft, '---\ntitle: Coming soon\ndescription: Not ready.\nupdated: 2026-10-01\ndraft: true\n---\nText.\n');
		expect(loadShop(paths, { includeDrafts: false }).articles.map((a) => a.slug)).not.toContain('draft-article');
		expect(loadShop(paths, { includeDrafts: true }).articles.map((a) => a.slug)).toContain('draft-article');
	});

	it('names the contact form field that is wrong in site.yaml', () => {
		const site = fs.readFileSync(path.join(fixtureShop.content, 'site.yaml'), 'utf8');
		expect(problemsOf(shopWith({ 'site.yaml': site.replace('target: local', 'target: json') }))).toEqual([
			{
				file: 'content/site.yaml',
				field: 'contactForm.endpoint',
				message: 'is required for the json target: the address that receives the messages as JSON',
			},
			{
				file: 'content/site.yaml',
				field: 'contactForm.attachments',
				message: 'cannot be used with the json target, which does not accept files (only local, netlify, formspree, zendesk, relay do); remove it',
			},
		]);
		expect(problemsOf(shopWith({ 'site.yaml': site.replace('target: local', 'target: zendesk') }))).toEqual([
			{
				file: 'content/site.yaml',
				field: 'contactForm.endpoint',
				message: 'is required for the zendesk target: your Zendesk address, https://<subdomain>.zendesk.com',
			},
		]);
		expect(problemsOf(shopWith({ 'site.yaml': site.replace('        he: החזרה', '        de: Rückgabe') }))).toEqual([
			{
				file: 'content/site.yaml',
				field: 'locales',
				message: expect.stringMatching(/^does not list "de", but 1 file has texts in it \(content\/site\.yaml\)\. Run npm run locale -- remove de/),
			},
		]);
	});

	it('reports every problem in one pass: a bad text and a broken link together, not a link to a text that has its own problem', () => {
		const problems = problemsOf(
			shopWith({
				'articles/en/orders/no-description.mdx': '---\ntitle: Gift wrapping\n---\n\nWe wrap gifts for free.\n',
				'articles/en/orders/links.mdx':
					'---\ntitle: Links\ndescription: Where to go next.\n---\n\nSee [gift wrapping](/en/orders/no-description/) and [refunds](/en/returns/refund-times/).\n',
			}),
		);
		expect(problems.map((p) => [p.file, p.field])).toEqual([
			['content/articles/en/orders/no-description.mdx', 'description'],
			['content/articles/en/orders/links.mdx', 'line 6'],
		]);
		expect(problems[1]?.message).toContain('/en/returns/refund-times/');
	});

	it('reports a bad category entry once, not once for every article in it', () => {
		const categories = fs.readFileSync(path.join(fixtureShop.content, 'categories.yaml'), 'utf8');
		expect(categories).toContain('icon: box');
		const problems = problemsOf(shopWith({ 'categories.yaml': categories.replace('icon: box', 'icon: parcel') }));
		expect(problems).toEqual([
			{ file: 'content/categories.yaml', field: '0.icon', message: expect.stringMatching(/^must be one of: box, .*\(found "parcel"\)$/) },
		]);
	});

	it('explains a default locale that is not among the locales', () => {
		const problems = problemsOf(shopWith({ 'site.yaml': 'name: Shop\nurl: https://help.example\ndefaultLocale: de\nlocales: [en, he]\n' }));
		expect(problems).toEqual([{ file: 'content/site.yaml', field: 'defaultLocale', message: 'is "de", which is not one of the locales (en, he)' }]);
	});

	it('explains an invalid language code and a missing shop URL', () => {
		const problems = problemsOf(shopWith({ 'site.yaml': 'name: Shop\ndefaultLocale: en\nlocales: [en, en_US]\n' }));
		expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['url', 'locales.1']));
	});

	it('requires a category title in the default locale and a known icon', () => {
		const problems = problemsOf(
			shopWith({ 'categories.yaml': '- id: orders\n  icon: rocket\n  title:\n    he: הזמנות\n- id: returns\n  title:\n    en: Returns\n' }),
		);
		expect(problems).toContainEqual({ file: 'content/categories.yaml', field: '0.icon', message: expect.stringContaining('must be one of: box, truck') });
	});

	it('stops on a missing default-locale category title', () => {
		const problems = problemsOf(shopWith({ 'categories.yaml': '- id: orders\n  title:\n    he: הזמנות\n- id: returns\n  title:\n    en: Returns\n' }));
		expect(problems).toContainEqual({ file: 'content/categories.yaml', field: '0.title.en', message: expect.stringContaining('default locale (en)') });
	});
});

describe('texts per language in any shop file', () => {
	it('need the default language and only languages of site.yaml, wherever they are', async () => {
		const { checkLocalizedText } = await import('../../src/shop/common-schemas.js');
		expect(
			checkLocalizedText(
				{ he: 'החזרה', de: 'Rückgabe' },
				{ file: 'content/policies/returns.yaml', field: 'conditions.0', locales: ['en', 'he'], defaultLocale: 'en' },
			),
		).toEqual([
			{ file: 'content/policies/returns.yaml', field: 'conditions.0', message: 'needs a text in the default locale (en); other languages fall back to it' },
			{ file: 'content/policies/returns.yaml', field: 'conditions.0.de', message: 'is not a locale in site.yaml (en, he)', unlistedLocale: 'de' },
		]);
	});
});

describe('the contact page address', () => {
	it('is under the base path, jumps to the form when asked, and is missing when the shop has no contact page', () => {
		const shop = loadShop({ root: path.dirname(fixtureShop.content), ...fixtureShop }, { includeDrafts: false });
		const hc = createHelpCenter(shop);
		expect(hc.contactUrl('he', '/help/')).toBe('/help/he/contact/');
		expect(hc.contactUrl('he', '/help/', { toForm: true })).toBe('/help/he/contact/#contact-form');
		const channelsOnly = createHelpCenter({ ...shop, site: { ...shop.site, contactForm: undefined } });
		expect(channelsOnly.contactUrl('en', '/', { toForm: true })).toBe('/en/contact/');
		const none = createHelpCenter({ ...shop, channels: undefined, site: { ...shop.site, contactForm: undefined } });
		expect(none.contactUrl('en', '/')).toBeUndefined();
	});
});
