import type { Browser, BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from '../helpers/fixture-site.js';

const site = useFixtureSite('fixture-browser');

async function context(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
	return site.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
}

describe('"/" entry page', () => {
	it('sends the browser to its preferred language', async () => {
		const ctx = await context({ locale: 'he-IL' });
		const page = await ctx.newPage();
		await page.goto(`${site.url}/`);
		await page.waitForURL(`${site.url}/he/`);
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		await ctx.close();
	});

	it('falls back to the default language for a language the shop does not speak', async () => {
		const ctx = await context({ locale: 'de-DE' });
		const page = await ctx.newPage();
		await page.goto(`${site.url}/`);
		await page.waitForURL(`${site.url}/en/`);
		await ctx.close();
	});

	it('offers plain language links when JavaScript is off', async () => {
		const ctx = await context({ locale: 'ru-RU', javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto(`${site.url}/`);
		expect(page.url()).toBe(`${site.url}/`);
		await page.getByRole('link', { name: /Русский язык/ }).click();
		await page.waitForURL(`${site.url}/ru/`);
		expect(await page.locator('h1').textContent()).toBeTruthy();
		await ctx.close();
	});
});

describe('reading without JavaScript', () => {
	it('navigates home -> category -> article and switches language to the same article', async () => {
		const ctx = await context({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto(`${site.url}/en/`);
		await page.locator('.hc-topic a', { hasText: 'Orders' }).click();
		await page.waitForURL(`${site.url}/en/orders/`);
		await page.getByRole('link', { name: 'How do I track my order?' }).click();
		await page.waitForURL(`${site.url}/en/orders/track-an-order/`);
		await page.locator('.hc-lang summary').click();
		await page.locator('.hc-lang a[hreflang="he"]').click();
		await page.waitForURL(`${site.url}/he/orders/track-an-order/`);
		expect(await page.locator('h1').textContent()).toBe('איך עוקבים אחר ההזמנה שלי?');
		await ctx.close();
	});

	it('serves the locale 404 page for a missing URL in that locale', async () => {
		const ctx = await context();
		const page = await ctx.newPage();
		const response = await page.goto(`${site.url}/ru/orders/no-such-article/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('html').getAttribute('lang')).toBe('ru');
		await ctx.close();
	});
});

describe('keyboard', () => {
	it('reaches the skip link first, with a visible focus ring, and skips to the main content', async () => {
		const ctx = await context();
		const page = await ctx.newPage();
		await page.goto(`${site.url}/he/orders/track-an-order/`);
		await page.keyboard.press('Tab');
		const focused = page.locator(':focus');
		expect(await focused.getAttribute('class')).toBe('hc-skip-link');
		expect(await focused.isVisible()).toBe(true);
		expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await ctx.close();
	});

	it('switches language with the keyboard alone', async () => {
		const ctx = await context();
		const page = await ctx.newPage();
		await page.goto(`${site.url}/ru/returns/start-a-return/`);
		await page.locator('.hc-lang summary').focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await page.locator(':focus').getAttribute('hreflang')).toBe('en');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${site.url}/he/returns/start-a-return/`);
		await ctx.close();
	});
});

describe('layout', () => {
	it('mirrors the header in right-to-left pages', async () => {
		const ctx = await context();
		const page = await ctx.newPage();
		for (const [locale, brandFirst] of [
			['en', true],
			['he', false],
		] as const) {
			await page.goto(`${site.url}/${locale}/`);
			const brand = await page.locator('.hc-brand').boundingBox();
			const switcher = await page.locator('.hc-lang').boundingBox();
			expect(brand && switcher && brand.x < switcher.x, locale).toBe(brandFirst);
		}
		await ctx.close();
	});
});
