import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/content/problems.js';
import { scanArticles } from '../../src/content/scan-articles.js';

const VALID = `---
title: How do I return an item?
description: Send it back from your account.
keywords: [refund, send back]
updated: 2026-10-01
---

Body text.
`;

let dir: string;

function scan(files: Record<string, string>) {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-articles-'));
	for (const [name, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
		fs.writeFileSync(path.join(dir, name), text);
	}
	return scanArticles({
		dir,
		locales: ['en', 'he'],
		categories: ['orders', 'returns'],
		display: (file) => `content/articles/${path.relative(dir, file)}`,
	});
}

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('article contract', () => {
	it('accepts a valid article and derives locale, category and slug from its path', () => {
		const { articles, problems } = scan({ 'he/returns/how-to-return.mdx': VALID });
		expect(problems).toEqual([]);
		expect(articles).toHaveLength(1);
		expect(articles[0]).toMatchObject({
			id: 'he/returns/how-to-return',
			locale: 'he',
			category: 'returns',
			slug: 'how-to-return',
			key: 'returns/how-to-return',
			data: { title: 'How do I return an item?', keywords: ['refund', 'send back'], updated: '2026-10-01', featured: false, draft: false },
		});
	});

	it('names the file and the field when the title is missing', () => {
		const { problems } = scan({ 'en/orders/no-title.mdx': VALID.replace('title: How do I return an item?\n', '') });
		expect(problems).toEqual([{ file: 'content/articles/en/orders/no-title.mdx', field: 'title', message: expect.stringMatching(/^is required/) }]);
	});

	it('rejects a category folder that categories.yaml does not define, listing the known ones', () => {
		const { articles, problems } = scan({ 'en/refunds/x.mdx': VALID });
		expect(articles).toEqual([]);
		expect(problems).toHaveLength(1);
		expect(problems[0]?.file).toBe('content/articles/en/refunds/x.mdx');
		expect(problems[0]?.message).toContain('"refunds", which is not a category in categories.yaml (orders, returns)');
	});

	it('rejects a locale folder that site.yaml does not list', () => {
		const { problems } = scan({ 'de/orders/x.mdx': VALID });
		expect(problems[0]?.message).toContain('"de", which is not a locale in site.yaml');
	});

	it.each([
		['14.10.2026', '"14.10.2026"'],
		['2026-02-30', '"2026-02-30"'],
		['yesterday', '"yesterday"'],
	])('rejects the malformed date %s and shows what it found', (value, shown) => {
		const { problems } = scan({ 'en/orders/x.mdx': VALID.replace('updated: 2026-10-01', `updated: ${value}`) });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ field: 'updated' });
		expect(problems[0]?.message).toContain('YYYY-MM-DD');
		expect(problems[0]?.message).toContain(shown);
	});

	it('rejects keywords given as one string instead of a list', () => {
		const { problems } = scan({ 'en/orders/x.mdx': VALID.replace('keywords: [refund, send back]', 'keywords: refund, send back') });
		expect(problems).toEqual([{ file: 'content/articles/en/orders/x.mdx', field: 'keywords', message: expect.stringContaining('must be a list') }]);
	});

	it('rejects an over-long description and says how long it is', () => {
		const long = 'Pack the item in its original box and attach the label. '.repeat(4).trim();
		const { problems } = scan({ 'en/orders/x.mdx': VALID.replace('description: Send it back from your account.', `description: ${long}`) });
		expect(problems).toHaveLength(1);
		expect(problems[0]?.field).toBe('description');
		expect(problems[0]?.message).toContain(`at most 200 characters`);
		expect(problems[0]?.message).toContain(`it has ${long.length}`);
	});

	it('points out misspelled fields instead of ignoring them', () => {
		const { problems } = scan({ 'en/orders/x.mdx': VALID.replace('keywords:', 'keywrods:') });
		expect(problems[0]?.message).toContain('unknown field "keywrods"');
	});

	it('reports a file without front matter and broken YAML with its line', () => {
		const { problems } = scan({
			'en/orders/plain.mdx': 'Just text.\n',
			'en/orders/broken.mdx': VALID.replace('keywords: [refund, send back]', 'keywords: [refund, send back'),
		});
		expect(problems.map((p) => p.file)).toEqual(['content/articles/en/orders/broken.mdx', 'content/articles/en/orders/plain.mdx']);
		expect(problems[0]?.message).toMatch(/not valid YAML on line \d+/);
		expect(problems[1]?.message).toContain('must start with front matter');
	});

	it('collects the problems of every file into one message', () => {
		const { problems } = scan({
			'en/orders/a.mdx': VALID.replace('title: How do I return an item?\n', ''),
			'en/orders/b.mdx': VALID.replace('2026-10-01', '2026-13-01'),
		});
		const message = formatProblems(problems);
		expect(message).toContain('2 problems in 2 files');
		expect(message).toContain('content/articles/en/orders/a.mdx: title: is required');
		expect(message).toContain('content/articles/en/orders/b.mdx: updated:');
	});
});
