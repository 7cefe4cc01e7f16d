import { describe, expect, it } from 'vitest';
import { fixClock } from '../helpers/browser.js';
import { useFixtureSite } from '../helpers/fixture-site.js';

const site = useFixtureSite('fixture-contact');

describe('contact channels', () => {
	it("says whether a channel is open now, and when it opens in the shopper's own time", async () => {
		// Saturday 2026-11-28 14:00 in Prague: the phone line (Sat 09:00-12:00) is closed until Monday 08:00 Prague = 02:00 in Ho Chi Minh City.
		const context = await site.browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'en-US' });
		await fixClock(context, '2026-11-28T13:00:00Z');
		const page = await context.newPage();
		await page.goto(`${site.url}/en/contact/`);
		const status = page.locator('#channel-phone .hc-channel__status');
		await expect.poll(() => status.textContent()).toBe('Closed now · Opens Mon 2:00 PM (your time)');
		await context.close();
	});

	it('loads the chat widget only when asked, and says when it cannot', async () => {
		const context = await site.browser.newContext();
		const requested: string[] = [];
		await context.route('https://chat.fixture.example/**', (route) => {
			requested.push(route.request().url());
			return route.abort();
		});
		const page = await context.newPage();
		await page.goto(`${site.url}/en/contact/`, { waitUntil: 'networkidle' });
		expect(requested).toEqual([]);
		await page.getByRole('button', { name: 'Start a chat' }).click();
		await expect.poll(() => page.locator('#channel-chat [role="status"]').textContent()).toContain('could not be opened');
		expect(requested).toEqual(['https://chat.fixture.example/widget.js']);
		await context.close();
	});
});
