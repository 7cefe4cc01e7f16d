import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { fixClock } from '../helpers/browser.js';
import { useFixtureSite } from '../helpers/fixture-site.js';

const site = useFixtureSite('fixture-policies');

let context: BrowserContext | undefined;
afterEach(async () => {
	await context?.close();
	context = undefined;
});

/** Opens a page with the clock stopped at `now`, in the shopper's time zone. */
async function openAt(path: string, now: string, options: { timezoneId?: string; javaScriptEnabled?: boolean } = {}): Promise<Page> {
	context = await site.browser.newContext({ timezoneId: options.timezoneId ?? 'Europe/Prague', javaScriptEnabled: options.javaScriptEnabled ?? true });
	await fixClock(context, now);
	const page = await context.newPage();
	await page.goto(`${site.url}${path}`);
	return page;
}

const fullDate = (locale: string, date: string) =>
	new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
const shortDate = (locale: string, date: string) =>
	new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

describe('return-date checker', () => {
	it('gives the last day to return, or how long ago the window closed and what to do then', async () => {
		const page = await openAt('/en/returns/', '2026-11-30T10:00:00Z');
		const checker = page.locator('.hc-tool').first();
		await checker.locator('input[type="date"]').fill('2026-11-10');
		const answer = checker.locator('.hc-tool__answer');
		await expect.poll(() => answer.textContent()).toBe(`You can send your return until ${fullDate('en', '2026-12-10')}: 11 days left, including today.`);

		await checker.locator('input[type="date"]').fill('2026-10-01');
		await expect.poll(() => answer.textContent()).toBe(`The return window closed 30 days ago, on ${fullDate('en', '2026-10-31')}.`);
		expect(await checker.locator('a[href="/en/contact/"]').count()).toBe(1);
	});

	it("starts from the Hebrew shopper's country, right to left, and follows another country's window", async () => {
		const page = await openAt('/he/returns/', '2026-11-30T10:00:00Z', { timezoneId: 'Asia/Jerusalem' });
		const checker = page.locator('.hc-tool').first();
		const country = checker.locator('select');
		await expect.poll(() => country.inputValue()).toBe('IL');
		expect(await checker.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
		await checker.locator('input[type="date"]').fill('2026-11-20');
		const answer = checker.locator('.hc-tool__answer');
		// Israel: 14 days from delivery.
		await expect.poll(() => answer.textContent()).toContain(fullDate('he', '2026-12-04'));
		await country.selectOption('CZ');
		await expect.poll(() => answer.textContent()).toContain(fullDate('he', '2026-12-20'));
	});

	it('states the rule in plain HTML without JavaScript', async () => {
		const page = await openAt('/en/returns/', '2026-11-30T10:00:00Z', { javaScriptEnabled: false });
		expect(await page.locator('.hc-tool__rule').first().textContent()).toBe('You can return items within 30 days from the day you receive your order.');
		expect(await page.locator('.hc-tool input').count()).toBe(0);
	});
});

describe('delivery estimator', () => {
	it("counts from Monday for an order after Friday's cut-off in the shop's time zone, wherever the shopper is", async () => {
		// Friday 15:00 in Prague is 09:00 in New York: before 14:00 there, but past the shop's cut-off.
		const page = await openAt('/en/shipping/', '2026-11-27T14:00:00Z', { timezoneId: 'America/New_York' });
		const estimator = page.locator('.hc-tool').first();
		await expect.poll(() => estimator.locator('select').inputValue()).toBe('CZ');
		const first = estimator.locator('.hc-tool__estimates li').first();
		expect(await first.locator('.hc-tool__arrives').textContent()).toBe(`Arrives ${shortDate('en', '2026-12-01')} – ${shortDate('en', '2026-12-03')}`);

		// Israel: 3-6 business days in transit and 2-4 more for customs (the fixture's markets.yaml).
		await estimator.locator('select').selectOption('IL');
		await expect
			.poll(() => first.locator('.hc-tool__arrives').textContent())
			.toBe(`Arrives ${shortDate('en', '2026-12-07')} – ${shortDate('en', '2026-12-15')}`);
	});

	it('estimates in Hebrew for Israel, right to left, and states the rule without JavaScript', async () => {
		const page = await openAt('/he/shipping/', '2026-11-30T08:00:00Z', { timezoneId: 'Asia/Jerusalem' });
		const estimator = page.locator('.hc-tool').first();
		await expect.poll(() => estimator.locator('select').inputValue()).toBe('IL');
		expect(await estimator.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
		// Monday 09:00 in Prague: handled today or tomorrow, 3-6 business days in transit, 2-4 in customs.
		const arrives = await estimator.locator('.hc-tool__arrives').first().textContent();
		expect(arrives).toContain(shortDate('he', '2026-12-07'));
		expect(arrives).toContain(shortDate('he', '2026-12-15'));
		await context?.close();

		const plain = await openAt('/he/shipping/', '2026-11-30T08:00:00Z', { javaScriptEnabled: false });
		expect(await plain.locator('.hc-tool__rule').first().textContent()).toContain('14:00');
		expect(await plain.locator('.hc-tool select').count()).toBe(0);
	});
});
