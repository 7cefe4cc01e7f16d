import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixClock } from '../helpers/browser.js';
import { useFixtureSite } from '../helpers/fixture-site.js';

/**
 * The fixture shop has two markets: Czech Republic (email, phone, chat; the default, and
 * where English pages start) and Israel (WhatsApp, email; where Hebrew pages start).
 */
const site = useFixtureSite('fixture-markets');

/** The ids of the channels a shopper can see, in order. */
const visibleChannels = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('#channels .hc-channel')].filter((li) => li.checkVisibility()).map((li) => li.id.replace(/--.*$/, '')),
	);
/** The text a shopper sees of the first element matching the selector. */
const visibleText = (page: Page, selector: string) => page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText.trim(), selector);

async function contextIn(timezoneId: string, locale: string, options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
	return site.browser.newContext({ timezoneId, locale, ...options });
}

describe("the shopper's market", () => {
	it("is guessed from the browser's time zone, shown in the header and followed by the contact page", async () => {
		const context = await contextIn('Asia/Jerusalem', 'en-US');
		const page = await context.newPage();
		await page.goto(`${site.url}/en/contact/`);
		await expect.poll(() => page.locator('#hc-market-select').inputValue()).toBe('il');
		expect(await visibleChannels(page)).toEqual(['channel-whatsapp', 'channel-email']);
		expect(await visibleText(page, '.hc-market-variant[data-markets~="il"] .hc-market-note')).toMatch(/^Showing the details for Israel\./);
		// Hours are in Israel's time: the Prague-based phone line is not shown, the WhatsApp hours are its own.
		expect(await visibleText(page, '.hc-market-variant[data-markets~="il"] p.hc-muted')).toBe('Times are Israel Time.');
		await context.close();
	});

	it('changes on every page when the shopper picks another, and is remembered', async () => {
		const context = await contextIn('Asia/Jerusalem', 'en-US');
		const page = await context.newPage();
		await page.goto(`${site.url}/en/contact/`);
		await expect.poll(() => page.locator('#hc-market-select').inputValue()).toBe('il');
		await page.locator('#hc-market-select').selectOption('cz');
		await expect.poll(() => visibleChannels(page)).toEqual(['channel-email', 'channel-phone', 'channel-chat']);
		// The button that leads to the tables is for browsers without JavaScript.
		expect(await page.getByRole('button', { name: 'Show' }).isVisible()).toBe(false);
		// Another page, another language: the choice holds.
		await page.goto(`${site.url}/he/contact/`);
		await expect.poll(() => page.locator('#hc-market-select').inputValue()).toBe('cz');
		// In Hebrew, the English-speaking phone line comes after the channels that speak Hebrew.
		expect(await visibleChannels(page)).toEqual(['channel-email', 'channel-chat', 'channel-phone']);
		await context.close();
	});

	it('shows policy facts for the market: the return window of Israel differs from the Czech one', async () => {
		const context = await contextIn('Europe/Prague', 'cs-CZ');
		const page = await context.newPage();
		await page.goto(`${site.url}/en/returns/`);
		const sentence = () => page.locator('main p:not(.hc-tool__rule)', { hasText: 'You can return items' }).innerText();
		await expect.poll(sentence).toContain('within 30 days');
		await page.locator('#hc-market-select').selectOption('il');
		await expect.poll(sentence).toContain('within 14 days');
		expect(await sentence()).not.toContain('30 days');
		await context.close();
	});

	it("shows the market's own ways to pay, and another market's when the shopper changes it", async () => {
		const context = await contextIn('Europe/Prague', 'cs-CZ');
		const page = await context.newPage();
		await page.goto(`${site.url}/en/payments/`);
		/** The payment methods in the table the shopper sees. */
		const visibleMethods = () =>
			page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('tr[data-payment-method]')].filter((row) => row.checkVisibility()).map((row) => row.dataset.paymentMethod),
			);
		await expect.poll(visibleMethods).toEqual(['card', 'bank-transfer', 'cash-on-delivery']);
		const sentence = () => page.locator('main p', { hasText: 'In your country:' }).innerText();
		expect(await sentence()).toContain('Paying on delivery costs');
		await page.locator('#hc-market-select').selectOption('il');
		await expect.poll(visibleMethods).toEqual(['card', 'paypal', 'klarna']);
		await expect.poll(sentence).toContain('With Klarna, you pay within 14 days after your order ships.');
		expect(await sentence()).toContain('Cash on delivery is not available for deliveries to your country.');
		await context.close();
	});

	it("starts the return checker on the market's country, and a country chosen there moves the shopper to its market", async () => {
		const context = await contextIn('Asia/Jerusalem', 'he-IL');
		const page = await context.newPage();
		await page.goto(`${site.url}/en/returns/`);
		const checkerCountry = page.locator('.hc-tool select').first();
		await expect.poll(() => checkerCountry.inputValue()).toBe('IL');
		await checkerCountry.selectOption('CZ');
		await expect.poll(() => page.locator('#hc-market-select').inputValue()).toBe('cz');
		await page.goto(`${site.url}/en/contact/`);
		await expect.poll(() => visibleChannels(page)).toEqual(['channel-email', 'channel-phone', 'channel-chat']);
		await context.close();
	});

	it('adds the time customs takes to delivery estimates for a market outside the customs union', async () => {
		const context = await contextIn('Asia/Jerusalem', 'en-US');
		const page = await context.newPage();
		await page.goto(`${site.url}/en/shipping/`);
		const estimator = page.locator('.hc-tool', { hasText: 'When will my order arrive?' });
		await expect.poll(() => estimator.locator('select').inputValue()).toBe('IL');
		await expect.poll(() => estimator.innerText()).toContain('Includes 2–4 business days for customs.');
		await estimator.locator('select').selectOption('CZ');
		await expect.poll(() => estimator.innerText()).not.toContain('for customs');
		await context.close();
	});

	it('says a line is closed for a public holiday of the market, and when it opens', async () => {
		// Thursday 24 December 2026, 10:00 in Prague: within the phone line's hours, but a Czech holiday.
		const context = await contextIn('Europe/Prague', 'en-GB');
		await fixClock(context, '2026-12-24T09:00:00Z');
		const page = await context.newPage();
		await page.goto(`${site.url}/en/contact/`);
		const status = page.locator('#channel-phone .hc-channel__status');
		await expect.poll(() => status.textContent()).toBe('Closed today for a public holiday · Opens Mon 8:00 AM (your time)');
		await context.close();
	});
});

describe('markets without JavaScript', () => {
	it("show the page language's market, link every market's table, and the header form leads there", async () => {
		const context = await contextIn('Europe/Prague', 'he-IL', { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/he/contact/`);
		expect(await visibleChannels(page)).toEqual(['channel-whatsapp', 'channel-email']);
		expect(await page.locator('#hc-market-select').inputValue()).toBe('il');
		await page.locator('#hc-market-select').selectOption('cz');
		await page.locator('[data-market-submit]').click();
		await page.waitForURL(/\/he\/markets\/\?market=cz$/);
		// Every market's table is there: the Czech one with its phone line and holidays.
		const czech = page.locator('#market-cz');
		expect(await czech.locator('.hc-channel').count()).toBe(3);
		expect(await czech.locator('a[href="tel:+420530331870"]').count()).toBe(1);
		expect(await page.locator('#market-il .hc-channel').count()).toBe(2);
		await context.close();
	});

	it("show the page market's ways to pay, with a link to every market's", async () => {
		const context = await contextIn('Asia/Jerusalem', 'he-IL', { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/en/payments/`);
		const visibleMethods = () =>
			page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('tr[data-payment-method]')].filter((row) => row.checkVisibility()).map((row) => row.dataset.paymentMethod),
			);
		// English pages start on the default market, whatever the browser's time zone says.
		expect(await visibleMethods()).toEqual(['card', 'bank-transfer', 'cash-on-delivery']);
		await page.getByRole('link', { name: 'Contact details and terms in every country' }).first().click();
		await page.waitForURL(/\/en\/markets\/$/);
		expect(await page.locator('#market-il .hc-market-facts').innerText()).toContain('Credit or debit card, PayPal, and Pay later with Klarna');
		await context.close();
	});
});
