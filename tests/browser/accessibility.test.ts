import { describe, expect, it } from 'vitest';
import { createHelpCenter } from '../../src/shop/help-center.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { accessibilityFindings } from '../helpers/accessibility.js';
import { FIXTURE_CONTENT, shopPathsOf } from '../helpers/build-site.js';
import { useFixtureSite } from '../helpers/fixture-site.js';

// Every page type of the engine on the fixture shop (en, he right to left, ru with fallbacks), light and dark.
const hc = createHelpCenter(loadShop(shopPathsOf(FIXTURE_CONTENT), { includeDrafts: false }));
const site = useFixtureSite('fixture-accessibility');

describe('accessibility of every page type (axe, WCAG 2.2 AA)', () => {
	for (const { code: locale } of hc.site.locales) {
		it(`finds no serious or critical issue in ${locale}, light and dark`, async () => {
			const context = await site.browser.newContext();
			expect(await accessibilityFindings(await context.newPage(), site.url, hc, locale)).toEqual({});
			await context.close();
		});
	}
});
