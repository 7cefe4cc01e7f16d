import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { buildSite, outputRoot, projectRoot, readPage, uiStrings, type BuildResult } from '../helpers/build-site.js';
import { serveStatic } from '../helpers/static-server.js';

// A shop whose writer renamed an article (git mv) and listed an old address in another's front
// matter; a third article still links to the renamed one's old address.
const shop = path.join(outputRoot, 'moved-shop');
let result: BuildResult;

beforeAll(() => {
	fs.rmSync(shop, { recursive: true, force: true });
	fs.cpSync(path.join(projectRoot, 'tests/fixtures/shop'), shop, { recursive: true });
	const git = (...args: string[]) =>
		execFileSync('git', ['-c', 'user.email=writer@example.com', '-c', 'user.name=Writer', ...args], { cwd: shop, encoding: 'utf8' });
	git('init', '-q');
	git('add', '-A');
	git('commit', '-qm', 'The shop');
	git('mv', 'content/articles/en/orders/cancel-an-order.mdx', 'content/articles/en/orders/cancel-or-change-an-order.mdx');
	git('commit', '-qm', 'Rename: cancelling or changing an order');
	const start = path.join(shop, 'content/articles/en/returns/start-a-return.mdx');
	fs.writeFileSync(
		start,
		fs
			.readFileSync(start, 'utf8')
			.replace('updated:', 'redirectFrom: [returns/begin-a-return]\nupdated:')
			.concat('\nChanged your mind before it ships? [Cancel the order](/en/orders/cancel-an-order/) instead.\n'),
	);
	result = buildSite({ name: 'moved-build', content: path.relative(projectRoot, path.join(shop, 'content')) });
}, 300_000);

afterAll(() => fs.rmSync(shop, { recursive: true, force: true }));

describe('an article that moved', () => {
	it('builds, with a link to its old address accepted', () => {
		expect(result.ok, result.output).toBe(true);
	});

	it('gets host redirects in every language, and a page at each old address for hosts without rules', () => {
		const rules = fs.readFileSync(path.join(result.dir, '_redirects'), 'utf8');
		for (const locale of ['en', 'he', 'ru']) {
			expect(rules).toContain(`/${locale}/orders/cancel-an-order/  /${locale}/orders/cancel-or-change-an-order/  301`);
			expect(rules).toContain(`/${locale}/returns/begin-a-return/  /${locale}/returns/start-a-return/  301`);
		}
		const page = readPage(result.dir, 'he/orders/cancel-an-order/index.html');
		expect(page.documentElement.getAttribute('lang')).toBe('he');
		expect(page.documentElement.getAttribute('dir')).toBe('rtl');
		expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/he/orders/cancel-or-change-an-order/');
		expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/he\/orders\/cancel-or-change-an-order\/$/);
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
		expect(page.querySelector('p')?.textContent).toBe(uiStrings('he').article.moved);
		// Not translated into Hebrew: the English title is marked as English.
		expect(page.querySelector('a')?.getAttribute('lang')).toBe('en');
		// Old addresses are not pages for search engines or the site's search.
		const sitemap = fs.readFileSync(path.join(result.dir, 'sitemap.xml'), 'utf8');
		expect(sitemap).toContain('/en/orders/cancel-or-change-an-order/');
		expect(sitemap).not.toContain('/cancel-an-order/');
	});

	it('leads a shopper who follows the old address to the article', async () => {
		const server = await serveStatic(result.dir);
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			await page.goto(`${server.url}/ru/orders/cancel-an-order/`);
			await page.waitForURL(`${server.url}/ru/orders/cancel-or-change-an-order/`);
			expect(await page.locator('h1').textContent()).toBe('Can I cancel my order?');
			await page.goto(`${server.url}/en/returns/start-a-return/`);
			await page.getByRole('link', { name: 'Cancel the order' }).click();
			await page.waitForURL(`${server.url}/en/orders/cancel-or-change-an-order/`);
		} finally {
			await browser.close();
			await server.close();
		}
	});
});
