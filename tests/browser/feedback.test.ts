import { describe, expect, it } from 'vitest';
import { uiStrings } from '../helpers/build-site.js';
import { useFixtureSite } from '../helpers/fixture-site.js';

const site = useFixtureSite('fixture-feedback');
const strings = (locale: string) => uiStrings(locale).feedback;
const ARTICLE = '/en/orders/track-an-order/';

describe('"Was this article helpful?"', () => {
	it('takes a "no" on the first click, asks why, and sends one vote without personal data', async () => {
		const context = await site.browser.newContext();
		const beacons: Record<string, unknown>[] = [];
		await context.route('https://stats.fixture.example/collect', async (route) => {
			beacons.push(JSON.parse(route.request().postData() ?? 'null'));
			await route.fulfill({ status: 204 });
		});
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
		await page.goto(`${site.url}${ARTICLE}`, { waitUntil: 'networkidle' });
		expect(scripts).toEqual([]);

		const text = strings('en');
		// The very click that loads the widget counts.
		await page.getByRole('button', { name: text.no, exact: true }).click();
		await page.getByRole('radio', { name: text.reasons.unclear }).check();
		await page.getByLabel(text.comment).fill('Step 2 confused me, write to jan@example.com or call +420 601 234 567');
		await page.getByRole('button', { name: text.send }).click();
		await expect.poll(() => page.locator('.hc-feedback__done [role="status"]').textContent()).toBe(text.thanksNo);
		await expect
			.poll(() => beacons)
			.toEqual([
				{
					events: [
						{
							type: 'vote',
							locale: 'en',
							article: 'orders/track-an-order',
							helpful: false,
							reason: 'unclear',
							comment: 'Step 2 confused me, write to [email] or call [number]',
						},
					],
				},
			]);

		// One vote per article per browser: after a reload, another click only says thanks again.
		await page.reload({ waitUntil: 'networkidle' });
		await page.getByRole('button', { name: text.yes, exact: true }).click();
		await expect.poll(() => page.locator('.hc-feedback__done [role="status"]').textContent()).toBe(text.thanksNo);
		await page.goto(`${site.url}/en/`, { waitUntil: 'networkidle' });
		expect(beacons).toHaveLength(1);
		await context.close();
	});

	it('thanks a "yes" in Hebrew with the keyboard alone, and fires a DOM event', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.url}/he/orders/track-an-order/`);
		await page.evaluate(() =>
			document.addEventListener('helpcenter:feedback', (e) => ((window as unknown as { vote: unknown }).vote = (e as CustomEvent).detail)),
		);
		const yes = page.getByRole('button', { name: strings('he').yes, exact: true });
		await yes.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.hc-feedback__done [role="status"]').textContent()).toBe(strings('he').thanks);
		expect(await page.evaluate(() => (window as unknown as { vote: unknown }).vote)).toEqual({ locale: 'he', article: 'orders/track-an-order', helpful: true });
		expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
		await context.close();
	});

	it('shows nothing without JavaScript', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}${ARTICLE}`);
		expect(await page.locator('.hc-feedback-wrap').isVisible()).toBe(false);
		await context.close();
	});
});
