import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, outputRoot, projectRoot } from '../helpers/build-site.js';

describe('a build with bad content', () => {
	it('stops, naming every bad file, its field and what was expected, and publishes nothing', () => {
		const shop = path.join(outputRoot, 'broken-shop');
		fs.rmSync(shop, { recursive: true, force: true });
		fs.cpSync(path.join(projectRoot, 'tests/fixtures/shop'), shop, { recursive: true });
		const articles = path.join(shop, 'content/articles');
		fs.writeFileSync(path.join(articles, 'en/orders/no-title.mdx'), '---\ndescription: Where your parcel is.\nupdated: 2026-10-01\n---\nText.\n');
		fs.writeFileSync(
			path.join(articles, 'en/returns/bad-date.mdx'),
			'---\ntitle: Refunds\ndescription: When the money arrives.\nupdated: 1.10.2026\nkeywords: refund, money back\n---\nText.\n',
		);
		fs.mkdirSync(path.join(articles, 'en/refunds'));
		fs.writeFileSync(path.join(articles, 'en/refunds/x.mdx'), '---\ntitle: X\ndescription: Y\nupdated: 2026-10-01\n---\n');

		const result = buildSite({ name: 'broken-build', content: path.relative(projectRoot, path.join(shop, 'content')) });

		expect(result.ok).toBe(false);
		expect(result.output).toContain('tests/.output/broken-shop/content/articles/en/orders/no-title.mdx: title: is required');
		expect(result.output).toContain('tests/.output/broken-shop/content/articles/en/returns/bad-date.mdx: updated: must be a date written as YYYY-MM-DD');
		expect(result.output).toContain('tests/.output/broken-shop/content/articles/en/returns/bad-date.mdx: keywords: must be a list');
		expect(result.output).toContain('"refunds", which is not a category in categories.yaml');
		expect(fs.existsSync(path.join(result.dir, 'index.html'))).toBe(false);
	});

	it('leaves the last site that built as it was', () => {
		const shop = path.join(outputRoot, 'kept-shop');
		fs.rmSync(shop, { recursive: true, force: true });
		fs.cpSync(path.join(projectRoot, 'tests/fixtures/shop'), shop, { recursive: true });
		const content = path.relative(projectRoot, path.join(shop, 'content'));
		const good = buildSite({ name: 'kept-site', content });
		expect(good.ok, good.output).toBe(true);
		const before = fs.readFileSync(path.join(good.dir, 'en/orders/track-an-order/index.html'), 'utf8');

		fs.writeFileSync(path.join(shop, 'content/articles/en/orders/track-an-order.mdx'), '---\ntitle: Tracking\n---\n\n<Warnung>Text</Warnung>\n');
		const broken = buildSite({ name: 'kept-site', content, clean: false });

		expect(broken.ok).toBe(false);
		expect(broken.output).toContain(
			'content/articles/en/orders/track-an-order.mdx: line 5: <Warnung> is not a component of the help center; the components are <Callout>',
		);
		expect(broken.output).toContain('Nothing was published');
		expect(fs.readFileSync(path.join(good.dir, 'en/orders/track-an-order/index.html'), 'utf8')).toBe(before);
		expect(fs.existsSync(path.join(good.dir, 'pagefind'))).toBe(true);
		expect(fs.readdirSync(outputRoot).filter((name) => name.startsWith('kept-site.'))).toEqual([]);
	});
});

describe('a build with a broken internal link', () => {
	it('stops, naming the file, the line and the link', () => {
		const shop = path.join(outputRoot, 'broken-links-shop');
		fs.rmSync(shop, { recursive: true, force: true });
		fs.cpSync(path.join(projectRoot, 'tests/fixtures/shop'), shop, { recursive: true });
		const file = path.join(shop, 'content/articles/en/orders/track-an-order.mdx');
		fs.appendFileSync(file, '\nSee [how to cancel](/en/orders/cancel-an-ordr/) and [returns](/en/returns/start-a-return/#refund-times).\n');
		const line = fs.readFileSync(file, 'utf8').trimEnd().split('\n').length;

		const result = buildSite({ name: 'broken-links-build', content: path.relative(projectRoot, path.join(shop, 'content')) });

		expect(result.ok).toBe(false);
		const shown = 'tests/.output/broken-links-shop/content/articles/en/orders/track-an-order.mdx';
		expect(result.output).toContain(`${shown}: line ${line}: links to "/en/orders/cancel-an-ordr/", which is not a page of this help center`);
		expect(result.output).toContain(
			`${shown}: line ${line}: links to "/en/returns/start-a-return/#refund-times", but that page has no heading with the id "refund-times"`,
		);
		expect(fs.existsSync(path.join(result.dir, 'index.html'))).toBe(false);
	});
});
