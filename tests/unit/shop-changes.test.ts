import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getHelpCenter } from '../../src/shop/help-center.js';
import { countShopChange } from '../../src/shop/shop-changes.js';

const previousContent = process.env.HELP_CENTER_CONTENT;
afterEach(() => {
	if (previousContent === undefined) delete process.env.HELP_CENTER_CONTENT;
	else process.env.HELP_CENTER_CONTENT = previousContent;
	countShopChange();
});

describe('the help center while the dev server runs', () => {
	it('is loaded once, and again after the shop changed, so a new article shows without a restart', () => {
		const content = fs.mkdtempSync(path.join(os.tmpdir(), 'shop-changes-'));
		fs.cpSync(path.resolve(import.meta.dirname, '../fixtures/shop/content'), content, { recursive: true });
		process.env.HELP_CENTER_CONTENT = content;
		countShopChange();
		const slugs = () => getHelpCenter().catalog.articlesOf('en').map((page) => `${page.category}/${page.slug}`);
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
