import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from '../helpers/fixture-site.js';

const site = useFixtureSite('fixture-csp', { receiver: true });

/** Records every Content-Security-Policy violation the page reports, and the browser's console complaints. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	const console: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) console.push(message.text());
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
	});
	return async () => [...console, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

describe('Content-Security-Policy', () => {
	it('is strict: scripts only from the site and by hash, never inline by permission', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.url}/en/contact/`);
		const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
		const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc).toContain("'self'");
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("connect-src 'self' https://stats.fixture.example");
		await context.close();
	});

	it('lets search, the contact form and the policy checkers work without a single violation', async () => {
		const context = await site.browser.newContext();
		await context.route('https://stats.fixture.example/**', (route) => route.fulfill({ status: 204 }));
		const page = await context.newPage();
		const violations = await watchViolations(page);
		const found: string[] = [];

		await page.goto(`${site.url}/en/`);
		const search = page.locator('header input[name="q"]');
		await search.click();
		await search.pressSequentially('order');
		await page.getByRole('listbox').locator('[role="option"]').first().waitFor();
		found.push(...(await violations()));

		await page.goto(`${site.url}/en/search/?q=return`);
		await page.locator('.hc-results__count').waitFor();
		found.push(...(await violations()));

		await page.goto(`${site.url}/en/contact/`);
		await page.locator('#contact-form[novalidate]').waitFor();
		await page.fill('#contact-message', 'where is my parcel tracking number');
		await page.locator('.hc-form__suggestions a').first().waitFor();
		await page.click('#contact-form button[type="submit"]');
		await page.locator('#contact-form-summary:not([hidden])').waitFor();
		found.push(...(await violations()));

		await page.goto(`${site.url}/he/returns/`);
		await page.locator('.hc-tool input[type="date"]').fill('2026-11-01');
		await page.locator('.hc-tool__answer').waitFor();
		found.push(...(await violations()));

		// An article with a code block.
		await page.goto(`${site.url}/he/orders/track-an-order/`);
		await page.locator('.hc-prose pre').waitFor();
		found.push(...(await violations()));

		await page.goto(`${site.url}/en/shipping/`);
		await page.locator('.hc-tool__estimates li').first().waitFor();
		found.push(...(await violations()));

		expect(found).toEqual([]);
		await context.close();
	});
});
