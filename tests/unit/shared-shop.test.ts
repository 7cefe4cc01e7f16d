import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getHelpCenter } from '../../src/shop/help-center.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { resolveShopPaths } from '../../src/shop/paths.js';
import { countShopChange, shareShop } from '../../src/shop/shared-shop.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/shop/content');
const previousContent = process.env.HELP_CENTER_CONTENT;
afterEach(() => {
	if (previousContent === undefined) delete process.env.HELP_CENTER_CONTENT;
	else process.env.HELP_CENTER_CONTENT = previousContent;
	countShopChange();
});

function copyOfFixture(): string {
	const content = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-shop-'));
	fs.cpSync(FIXTURE, content, { recursive: true });
	return content;
}

const slugs = () => getHelpCenter().catalog.articlesOf('en').map((page) => `${page.category}/${page.slug}`);

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
