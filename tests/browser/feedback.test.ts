import { describe, expect, it } from 'vitest';
import { uiStrings } from '../helpers/build-site.js';
import { collectInsightBeacons, useFixtureSite } from '../helpers/fixture-site.js';

const site = useFixtureSite('fixture-feedback');
const strings = (locale: string) => uiStrings(locale).feedback;
const ARTICLE = '/en/orders/track-an-order/';

describe('"Was this article helpful?"', () => {
	it('takes a "no" on the first click, asks why, and sends one vote without personal data', async () => {
		const context = await site.browser.newContext();
		const beacons = await collectInsightBeacons(context);
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

	it('sends the vote the way Plausible, Umami and GA4 each take it, when the page names such a target', async () => {
		// The fixture shop posts to a webhook; here each page is pointed, as site.yaml would point it,
		// at another kind of target on the origin its policy allows, which fake endpoints answer.
		const targets = [
			{ kind: 'plausible', url: 'https://stats.fixture.example/api/event', site: 'help.fixture.example' },
			{ kind: 'umami', url: 'https://stats.fixture.example/api/send', site: '4fb7fa4c-5b46-438d-94b3-3a8fb9bc2e8b' },
			{ kind: 'ga4', url: 'gtag', site: 'G-FIXTURE1' },
		];
		const vote = { locale: 'en', article: 'orders/track-an-order', helpful: true };
		const seen: Record<string, unknown> = {};
		for (const target of targets) {
			const context = await site.browser.newContext();
			const requests: { contentType: string | undefined; body: unknown }[] = [];
			await context.route('https://stats.fixture.example/api/**', async (route) => {
				const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' };
				if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
				requests.push({
					contentType: (await route.request().headerValue('content-type')) ?? undefined,
					body: JSON.parse(route.request().postData() ?? 'null'),
				});
				await route.fulfill({ status: 202, headers: cors, body: 'ok' });
			});
			// The Google tag a host would add, reduced to the queue it keeps.
			if (target.kind === 'ga4')
				await context.addInitScript(() =>
					Object.assign(window, {
						dataLayer: [] as unknown[],
						gtag: (...args: unknown[]) => (window as unknown as { dataLayer: unknown[] }).dataLayer.push(args),
					}),
				);
			const page = await context.newPage();
			await page.goto(`${site.url}${ARTICLE}`);
			await page.evaluate(
				({ kind, url, site: id }) => Object.assign(document.documentElement.dataset, { insights: url, insightsKind: kind, insightsSite: id }),
				target,
			);
			await page.getByRole('button', { name: strings('en').yes, exact: true }).click();
			await expect.poll(() => page.locator('.hc-feedback__done [role="status"]').textContent()).toBe(strings('en').thanks);
			if (target.kind === 'ga4') {
				await expect
					.poll(() => page.evaluate(() => (window as unknown as { dataLayer: unknown[] }).dataLayer))
					.toEqual([['event', 'hc_vote', { ...vote, helpful: 'true', send_to: 'G-FIXTURE1' }]]);
			} else {
				await expect.poll(() => requests.length).toBe(1);
				seen[target.kind] = requests[0];
			}
			await context.close();
		}
		expect(seen).toEqual({
			plausible: { contentType: 'text/plain', body: { name: 'vote', url: `${site.url}${ARTICLE}`, domain: 'help.fixture.example', props: vote } },
			umami: {
				contentType: 'application/json',
				body: {
					type: 'event',
					payload: {
						website: '4fb7fa4c-5b46-438d-94b3-3a8fb9bc2e8b',
						hostname: new URL(site.url).hostname,
						language: 'en',
						url: ARTICLE,
						name: 'vote',
						data: vote,
					},
				},
			},
		});
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
