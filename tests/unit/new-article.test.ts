import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scaffold } from '../../scripts/new-article.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { copyFixtureShop } from '../helpers/shop-copy.js';
import { articleFrontmatterSchema } from '../../src/content/article-schema.js';
import { readFrontMatter } from '../../src/content/front-matter.js';

describe('npm run new', () => {
	beforeEach(() => {
		process.env.HELP_CENTER_CONTENT = 'tests/fixtures/shop/content';
	});
	afterEach(() => {
		delete process.env.HELP_CENTER_CONTENT;
	});

	it('scaffolds a draft with front matter that passes the content contract', () => {
		const { file, text } = scaffold(['returns/refund-to-gift-card', '--locale', 'he'], new Date('2026-11-22T10:00:00Z'));
		expect(file).toMatch(/tests\/fixtures\/shop\/content\/articles\/he\/returns\/refund-to-gift-card\.mdx$/);
		const parsed = readFrontMatter(text);
		if (!parsed.ok) throw new Error(parsed.message);
		expect(articleFrontmatterSchema.parse(parsed.data)).toMatchObject({ title: 'Refund to gift card', updated: '2026-11-22', draft: true });
	});

	it('refuses unknown categories and locales, and existing files', () => {
		expect(() => scaffold(['refunds/x'])).toThrow('"refunds" is not a category');
		expect(() => scaffold(['returns/x', '--locale', 'de'])).toThrow('--locale must be one of en, he, ru');
		expect(() => scaffold(['orders/track-an-order'])).toThrow('already exists');
		expect(() => scaffold(['Orders/Track'])).toThrow('<category>/<slug>');
	});

	it("starts a translation from the original's text, kept out of builds until the translator removes the mark", () => {
		const copy = copyFixtureShop();
		process.env.HELP_CENTER_CONTENT = copy.content;
		try {
			const { file, text } = scaffold(['orders/cancel-an-order', '--locale', 'ru']);
			const original = fs.readFileSync(path.join(copy.content, 'articles/en/orders/cancel-an-order.mdx'), 'utf8');
			const parsed = readFrontMatter(text);
			if (!parsed.ok) throw new Error(parsed.message);
			const data = articleFrontmatterSchema.parse(parsed.data);
			expect(data).toMatchObject({
				title: 'Can I cancel my order?',
				keywords: ['stop my order', 'cancle'],
				needsTranslation: true,
				related: ['returns/start-a-return'],
			});
			// The original's date is not the translation's.
			expect(data.updated).toBeUndefined();
			expect(parsed.body.trim()).toBe((readFrontMatter(original) as { body: string }).body.trim());
			expect(text).toContain('needsTranslation: true # the text below is the original');

			fs.mkdirSync(path.dirname(file), { recursive: true });
			fs.writeFileSync(file, text);
			const shop = loadShop({ ...copy }, { includeDrafts: false });
			expect(shop.articles.some((a) => a.id === 'ru/orders/cancel-an-order')).toBe(false);
			expect(shop.notices).toContain(
				'content/articles/ru/orders/cancel-an-order.mdx still needs translation (needsTranslation: true): it is left out of the build, and shoppers see the original instead.',
			);
			// npm run dev shows it, for the translator.
			expect(loadShop({ ...copy }, { includeDrafts: true }).articles.some((a) => a.id === 'ru/orders/cancel-an-order')).toBe(true);
		} finally {
			copy.remove();
		}
	});
});
