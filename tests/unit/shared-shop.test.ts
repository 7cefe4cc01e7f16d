import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getHelpCenter } from '../../src/shop/help-center.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { resolveShopPaths } from '../../src/shop/paths.js';
import { countShopChanges } from '../../src/integration/shop-watch.js';
import { countShopChange, shareShop, shopChanges } from '../../src/shop/shared-shop.js';
import { copyFixtureShop } from '../helpers/shop-copy.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/shop/content');
const previousContent = process.env.HELP_CENTER_CONTENT;
const copies: string[] = [];
afterEach(() => {
	for (const copy of copies.splice(0)) fs.rmSync(copy, { recursive: true, force: true });
	if (previousContent === undefined) delete process.env.HELP_CENTER_CONTENT;
	else process.env.HELP_CENTER_CONTENT = previousContent;
	countShopChange();
});

function copyOfFixture(): string {
	const copy = copyFixtureShop({}, 'shared-shop-');
	copies.push(copy.root);
	return copy.content;
}

const slugs = () =>
	getHelpCenter()
		.catalog.articlesOf('en')
		.map((page) => `${page.category}/${page.slug}`);

describe('the help center the pages use', () => {
	it('is the shop the integration loaded, not read a second time', () => {
		const shop = loadShop(resolveShopPaths({ HELP_CENTER_CONTENT: FIXTURE }), { includeDrafts: false });
		// Reading the shop from here would fail: there is nothing at this path.
		process.env.HELP_CENTER_CONTENT = path.join(os.tmpdir(), 'no-shop-here');
		shareShop(shop);
		countShopChange();
		expect(() => getHelpCenter()).toThrow();
		shareShop(shop);
		expect(getHelpCenter().site.name).toBe(shop.site.name);
	});

	it('is read again after the shop changed while the dev server runs, so a new article shows without a restart', () => {
		const content = copyOfFixture();
		process.env.HELP_CENTER_CONTENT = content;
		countShopChange();
		const before = getHelpCenter();
		expect(slugs()).not.toContain('orders/change-the-address');

		fs.writeFileSync(
			path.join(content, 'articles/en/orders/change-the-address.mdx'),
			'---\ntitle: Can I change the delivery address?\ndescription: Change it before the parcel leaves.\n---\n\nWrite to us with your order number.\n',
		);
		// Nothing changed as far as the server knows: pages share one loaded shop.
		expect(getHelpCenter()).toBe(before);
		countShopChange();
		expect(slugs()).toContain('orders/change-the-address');
	});
});

describe('the dev server watching the shop', () => {
	it('counts changes to files in the shop folders, and only those', () => {
		const watcher = Object.assign(new EventEmitter(), {
			watched: [] as string[],
			add(paths: string[]) {
				this.watched.push(...paths);
			},
		});
		countShopChanges(watcher, ['/shop/content', '/shop/locales']);
		expect(watcher.watched).toEqual(['/shop/content', '/shop/locales']);
		const before = shopChanges();
		watcher.emit('all', 'add', '/shop/content/articles/en/orders/new.mdx');
		watcher.emit('all', 'change', '/shop/locales/he/common.json');
		expect(shopChanges()).toBe(before + 2);
		watcher.emit('all', 'change', '/shop/src/pages/index.astro');
		watcher.emit('all', 'change', '/shop/content-old/site.yaml');
		expect(shopChanges()).toBe(before + 2);
	});
});
