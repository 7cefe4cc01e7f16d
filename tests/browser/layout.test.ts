import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHelpCenter } from '../../src/shop/help-center.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { reflowFindings } from '../helpers/accessibility.js';
import { launchChromium } from '../helpers/browser.js';
import { FIXTURE_CONTENT, shopPathsOf } from '../helpers/build-site.js';
import { engineTranslator } from '../helpers/engine-translator.js';
import { useFixtureSite } from '../helpers/fixture-site.js';

const site = useFixtureSite('fixture-layout');
const t = engineTranslator(['en', 'he', 'ru', 'ar']);

// The fixture shop's page types (as the accessibility checks visit them) in each of its languages.
const fixture = createHelpCenter(loadShop(shopPathsOf(FIXTURE_CONTENT), { includeDrafts: false }));
const LOCALES = fixture.site.locales.map((l) => l.code);

describe('reflow on small phones (WCAG 1.4.10)', () => {
	let minimalFonts: Browser;
	beforeAll(async () => {
		minimalFonts = await launchChromium({ fonts: 'minimal' });
	});
	afterAll(async () => {
		await minimalFonts?.close();
	});

	for (const fonts of ['system', 'minimal'] as const) {
		it(`never scrolls sideways at 320 px, on every page type in every language, with ${fonts} fonts`, async () => {
			const browser = fonts === 'system' ? site.browser : minimalFonts;
			const ctx = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
			const page = await ctx.newPage();
			const overflowing: Record<string, string> = {};
			for (const locale of LOCALES) Object.assign(overflowing, await reflowFindings(page, site.url, fixture, locale));
			expect(overflowing).toEqual({});
			await ctx.close();
		});
	}

	it('keeps the header search usable at 320 px: the button shows a magnifier and keeps its name', async () => {
		const ctx = await site.browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
		const page = await ctx.newPage();
		for (const locale of ['ru', 'he']) {
			await page.goto(`${site.url}/${locale}/`);
			const button = page.getByRole('button', { name: t(locale)('search.submit'), exact: true });
			const box = await button.boundingBox();
			expect(box && box.x >= 0 && box.x + box.width <= 320, locale).toBe(true);
			await expect.poll(() => page.locator('.hc-search__icon').isVisible()).toBe(true);
			const field = await page.getByRole('searchbox').boundingBox();
			expect(field?.width, `${locale}: room to type`).toBeGreaterThan(150);
		}
		await ctx.close();
	});

	it('spells the search button out where there is room', async () => {
		const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await ctx.newPage();
		await page.goto(`${site.url}/ru/`);
		await expect.poll(() => page.locator('.hc-search__submit-text').isVisible()).toBe(true);
		expect(await page.locator('.hc-search__icon').isVisible()).toBe(false);
		await ctx.close();
	});
});

describe('wide policy tables', () => {
	it('name themselves in a visible caption, say they scroll when they do, and put the first column on the right in Hebrew', async () => {
		const ctx = await site.browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
		const page = await ctx.newPage();
		await page.goto(`${site.url}/he/returns/`);
		const region = page.getByRole('region', { name: t('he')('policy.table.returnsCaption') });
		await expect.poll(() => region.locator('caption').isVisible()).toBe(true);
		expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		const hint = region.locator('.hc-table-hint');
		await expect.poll(() => hint.isVisible()).toBe(true);
		expect(await hint.textContent()).toBe(t('he')('policy.table.scrollHint'));
		const headers = await region.locator('thead th').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right));
		expect(headers.length).toBeGreaterThan(2);
		expect(headers, 'columns run from right to left').toEqual([...headers].sort((a, b) => b - a));
		// The scrolled-to end still shows the hint: it stays in view while the table moves under it.
		await region.evaluate((el) => el.scrollBy({ left: -el.scrollWidth }));
		await expect.poll(() => hint.isVisible()).toBe(true);
		await ctx.close();
	});

	it('shows no scroll hint when the table fits', async () => {
		const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await ctx.newPage();
		await page.goto(`${site.url}/en/shipping/`);
		const region = page.getByRole('region', { name: t('en')('policy.table.shippingCaption') });
		await expect.poll(() => region.locator('caption').isVisible()).toBe(true);
		expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
		expect(await region.locator('.hc-table-hint').isVisible()).toBe(false);
		await ctx.close();
	});
});

/**
 * Where `text` is drawn on the page inside the elements matching `selector`: whether its last
 * character is right of its first. An English sentence isolated from a right-to-left page keeps
 * its question mark at its end, on the right; without isolation the mark jumps to the left.
 */
async function readsLeftToRight(page: Page, selector: string, text: string): Promise<{ lang: string | null; endsRight: boolean } | undefined> {
	return page.evaluate(
		([selector, text]) => {
			for (const element of document.querySelectorAll(selector)) {
				const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const at = (node as Text).data.indexOf(text);
					if (at === -1) continue;
					const left = (start: number) => {
						const range = document.createRange();
						range.setStart(node, start);
						range.setEnd(node, start + 1);
						return range.getBoundingClientRect().left;
					};
					return { lang: node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? null, endsRight: left(at + text.length - 1) > left(at) };
				}
			}
			return undefined;
		},
		[selector, text] as const,
	);
}

describe('text in another language than the page', () => {
	const cases = [
		{ name: 'an English title in Hebrew breadcrumbs', url: '/he/orders/cancel-an-order/', selector: '.hc-breadcrumbs', text: 'Can I cancel my order?' },
		{ name: 'an English title in a Hebrew article list', url: '/he/orders/', selector: '.hc-article-list', text: 'Can I cancel my order?' },
		{ name: 'an English category description on an Arabic home page', url: '/ar/', selector: '.hc-topic', text: 'Placing and tracking orders.' },
		{ name: 'an English category description heading an Arabic category page', url: '/ar/orders/', selector: '.hc-lead', text: 'Placing and tracking orders.' },
		{ name: 'an English category name in an Arabic sentence', url: '/ar/orders/track-an-order/', selector: '.hc-breadcrumbs', text: 'Orders' },
	];
	for (const { name, url, selector, text } of cases) {
		it(`isolates ${name}: English lang, punctuation at the end`, async () => {
			const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
			const page = await ctx.newPage();
			await page.goto(`${site.url}${url}`);
			expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
			const drawn = await readsLeftToRight(page, selector, text);
			expect(drawn, `"${text}" on ${url}`).toEqual({ lang: 'en', endsRight: true });
			await ctx.close();
		});
	}

	it('names each language in the switcher in its own language and direction', async () => {
		const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await ctx.newPage();
		await page.goto(`${site.url}/ar/`);
		await page.locator('.hc-lang summary').click();
		const links = await page.locator('.hc-lang a').evaluateAll((anchors) => anchors.map((a) => `${a.getAttribute('lang')}:${a.getAttribute('dir')}`));
		expect(links.sort()).toEqual(['ar:rtl', 'en:ltr', 'he:rtl', 'ru:ltr']);
		await ctx.close();
	});
});
