import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addSectionLinks, tableOfContents, textOfHtml } from '../../src/content/sections.js';
import { copyFixtureShop, problemsOf } from '../helpers/shop-copy.js';

describe('related articles in front matter', () => {
	it('must be other articles of the help center, named by file and field', () => {
		const copy = copyFixtureShop();
		try {
			const file = path.join(copy.content, 'articles/en/orders/track-an-order.mdx');
			fs.writeFileSync(
				file,
				fs
					.readFileSync(file, 'utf8')
					.replace('order: 10', 'order: 10\nrelated: [returns/start-a-return, orders/track-an-order, returns/refund-times, Returns]'),
			);
			expect(problemsOf(copy).map((p) => `${p.field}: ${p.message}`)).toEqual([
				'related.3: must be an article written as category/slug, such as returns/refund-times (no language, no slashes around it) (found "Returns")',
			]);
			fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(', Returns]', ']'));
			expect(problemsOf(copy).map((p) => `${p.field}: ${p.message}`)).toEqual([
				'related.1: is this article itself; list other articles',
				'related.2: "returns/refund-times" is not an article of this help center in any language',
			]);
		} finally {
			copy.remove();
		}
	});
});

describe('sections of a text', () => {
	const headings = [
		{ depth: 2, slug: 'a', text: 'A' },
		{ depth: 3, slug: 'a-1', text: 'A.1' },
		{ depth: 2, slug: 'b', text: 'B' },
		{ depth: 4, slug: 'b-deep', text: 'Too deep' },
		{ depth: 2, slug: 'c', text: 'C' },
	];

	it('make a table of contents from three ## sections on, with their ### ones', () => {
		expect(tableOfContents(headings)).toEqual([
			{ slug: 'a', text: 'A', children: [{ slug: 'a-1', text: 'A.1' }] },
			{ slug: 'b', text: 'B', children: [] },
			{ slug: 'c', text: 'C', children: [] },
		]);
		expect(tableOfContents(headings.slice(0, 3))).toEqual([]);
	});

	it('get a link beside each ## and ### heading of rendered Markdown, named from the heading as it reads', () => {
		const html = '<h2 id="sizes--fit">Sizes &amp; <em>fit</em></h2>\n<p>Text</p>\n<h4 id="x">Deep</h4>';
		expect(addSectionLinks(html, (section) => `Link to “${section}”`)).toBe(
			'<div class="hc-heading"><h2 id="sizes--fit">Sizes &amp; <em>fit</em></h2><a class="hc-anchor" href="#sizes--fit" aria-label="Link to “Sizes &amp; fit”" data-pagefind-ignore>#</a></div>\n<p>Text</p>\n<h4 id="x">Deep</h4>',
		);
		expect(textOfHtml('Say &quot;hi&quot; &#8211; <code>now</code>')).toBe('Say "hi" – now');
	});
});
