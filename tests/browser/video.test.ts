import { describe, expect, it } from 'vitest';
import { useFixtureSite } from '../helpers/fixture-site.js';

const site = useFixtureSite('fixture-video');

describe('video in an article', () => {
	it('requests nothing from the video host until the shopper presses play, then plays in place', async () => {
		const context = await site.browser.newContext();
		const toVideoHost: string[] = [];
		await context.route(/youtube|ytimg|googlevideo/, (route) => {
			toVideoHost.push(route.request().url());
			return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>player</title>' });
		});
		const page = await context.newPage();
		await page.goto(`${site.url}/en/orders/cancel-an-order/`, { waitUntil: 'networkidle' });
		expect(toVideoHost).toEqual([]);

		await page.getByRole('button', { name: 'Play the video: Cancelling an order' }).click();
		const frame = page.locator('.hc-video iframe');
		await frame.waitFor();
		expect(await frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1');
		expect(await frame.getAttribute('title')).toBe('Cancelling an order');
		await expect.poll(() => toVideoHost.length).toBeGreaterThan(0);
		await context.close();
	});

	it('is a link to the video without JavaScript', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/en/orders/cancel-an-order/`);
		expect(await page.getByRole('button', { name: /Play the video/ }).isVisible()).toBe(false);
		expect(await page.getByRole('link', { name: 'Watch on YouTube' }).getAttribute('href')).toBe('https://www.youtube.com/watch?v=aqz-KE-bpKQ');
		await context.close();
	});
});
