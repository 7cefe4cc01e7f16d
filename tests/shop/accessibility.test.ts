import { describe, expect, it } from 'vitest';
import { accessibilityFindings, reflowFindings } from '../helpers/accessibility.js';
import { useFixtureSite } from '../helpers/fixture-site.js';
import { SHOP_CONTENT, shopUnderTest } from '../helpers/shop-under-test.js';

// Every page type the shop in content/ has, in each of its languages, light and dark.
const hc = shopUnderTest();
const site = useFixtureSite('shop-accessibility', { content: SHOP_CONTENT });

describe('accessibility of every page type of the shop (axe, WCAG 2.2 AA)', () => {
	for (const { code: locale } of hc.site.locales) {
		it(`finds no serious or critical issue in ${locale}, light and dark`, async () => {
			const context = await site.browser.newContext();
			expect(await accessibilityFindings(await context.newPage(), site.url, hc, locale)).toEqual({});
			await context.close();
		});
	}
});

describe('reflow of every page type of the shop at 320 px (WCAG 1.4.10)', () => {
	// Long words, addresses or wide tables in the shop's own texts can push a phone screen sideways.
	it('never scrolls sideways, in any language', async () => {
		const context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		const overflowing: Record<string, string> = {};
		for (const { code: locale } of hc.site.locales) Object.assign(overflowing, await reflowFindings(page, site.url, hc, locale));
		expect(overflowing).toEqual({});
		await context.close();
	});
});
