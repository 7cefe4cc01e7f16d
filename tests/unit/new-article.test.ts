import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scaffold } from '../../scripts/new-article.js';
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
});
