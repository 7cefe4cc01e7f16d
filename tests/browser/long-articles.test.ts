import { describe, expect, it } from 'vitest';
import { uiStrings } from '../helpers/build-site.js';
import { useFixtureSite } from '../helpers/fixture-site.js';

const site = useFixtureSite('fixture-long-articles');
const ARTICLE = '/en/orders/cancel-an-order/';

describe('a long article', () => {
	it('shows its sections on a wide screen and keeps them under their title on a phone, without JavaScript', async () => {
		for (const [width, open] of [
			[1280, true],
			[360, false],
		] as const) {
			const context = await site.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(`${site.url}${ARTICLE}`);
			const toc = page.getByRole('navigation', { name: uiStrings('en').article.toc });
			const first = toc.getByRole('link', { name: 'Before it leaves the warehouse' });
			expect(await first.isVisible()).toBe(open);
			if (!open) {
				// The title opens it.
				await toc.getByText(uiStrings('en').article.toc).click();
				await first.waitFor({ state: 'visible' });
			}
			await toc.getByRole('link', { name: 'Change an order instead' }).click();
			await page.waitForURL(/#change-an-order-instead$/);
			await expect.poll(() => page.locator('#change-an-order-instead').evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(200);
			await context.close();
		}
	});

	it('offers a link to each section, reached with the keyboard and named for screen readers', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.url}${ARTICLE}`);
		const link = page.getByRole('link', { name: 'Link to the section “Once it has left”' });
		await link.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/#once-it-has-left$/);
		// The heading keeps its own name, without the link's.
		expect(await page.getByRole('heading', { name: 'Once it has left', exact: true }).count()).toBe(1);
		await context.close();
	});
});
