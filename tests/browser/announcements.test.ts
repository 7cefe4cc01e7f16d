import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { fixClock } from '../helpers/browser.js';
import { useFixtureSite } from '../helpers/fixture-site.js';

// Fixture announcements in English: holiday-delays (2020-2099), old-sale (ended 2020), next-century (2099).
const site = useFixtureSite('fixture-announcements');

let context: BrowserContext | undefined;
afterEach(async () => {
	await context?.close();
	context = undefined;
});

async function open(path: string, options: { now?: string; javaScriptEnabled?: boolean } = {}): Promise<Page> {
	context = await site.browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
	if (options.now) {
		await fixClock(context, options.now);
	}
	const page = await context.newPage();
	await page.goto(`${site.url}${path}`);
	return page;
}

const banner = (page: Page, id: string) => page.locator(`[data-announcement="${id}"]`);

describe('announcements', () => {
	it('show on every page of their language during their dates, and never after they ended', async () => {
		const page = await open('/en/orders/track-an-order/');
		expect(await banner(page, 'en/holiday-delays').isVisible()).toBe(true);
		expect(await banner(page, 'en/old-sale').count()).toBe(0);
		expect(await banner(page, 'en/next-century').isVisible()).toBe(false);
		expect(await page.locator('main [data-announcement]').count()).toBe(0);
		await page.goto(`${site.url}/ru/`);
		expect(await page.locator('[data-announcement]').count()).toBe(0);
		await page.goto(`${site.url}/he/`);
		expect(await banner(page, 'he/holiday-delays').isVisible()).toBe(true);
	});

	it("follow the shopper's calendar without a rebuild: a banner appears on its start day and goes after its end", async () => {
		const later = await open('/en/', { now: '2099-06-01T10:00:00Z' });
		expect(await banner(later, 'en/next-century').isVisible()).toBe(true);
		await context?.close();
		const after = await open('/en/', { now: '2100-01-02T10:00:00Z' });
		expect(await banner(after, 'en/holiday-delays').isVisible()).toBe(false);
		expect(await banner(after, 'en/next-century').isVisible()).toBe(false);
	});

	it('can be dismissed, and stay dismissed on other pages and after a reload', async () => {
		const page = await open('/en/');
		await banner(page, 'en/holiday-delays').getByRole('button', { name: 'Hide this notice' }).click();
		expect(await banner(page, 'en/holiday-delays').isVisible()).toBe(false);
		await page.goto(`${site.url}/en/orders/`);
		expect(await banner(page, 'en/holiday-delays').isVisible()).toBe(false);
		await page.reload();
		expect(await banner(page, 'en/holiday-delays').isVisible()).toBe(false);
	});

	it('show without JavaScript when the build date is in their window, without a dismiss button', async () => {
		const page = await open('/en/', { javaScriptEnabled: false });
		expect(await banner(page, 'en/holiday-delays').isVisible()).toBe(true);
		expect(await banner(page, 'en/holiday-delays').getByRole('button').isVisible()).toBe(false);
		expect(await banner(page, 'en/next-century').isVisible()).toBe(false);
		expect(await banner(page, 'en/holiday-delays').getAttribute('data-pagefind-ignore')).toBe('all');
	});
});
