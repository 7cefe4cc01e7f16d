import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectInsightBeacons, useFixtureSite } from '../helpers/fixture-site.js';

const site = useFixtureSite('fixture-search');

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
	const page = await context.newPage();
	await page.goto(`${site.url}${path}`);
	return page;
}

const input = (page: Page) => page.locator('header input[name="q"]');

describe('search box', () => {
	it('requests no JavaScript until the shopper touches search', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
		});
		await page.goto(`${site.url}/en/orders/track-an-order/`, { waitUntil: 'networkidle' });
		expect(scripts).toEqual([]);
		await input(page).focus();
		await expect.poll(() => scripts.some((s) => s.includes('SearchBox'))).toBe(true);
		await input(page).pressSequentially('cancel');
		await expect.poll(() => scripts.some((s) => s.endsWith('/pagefind/en/pagefind.js'))).toBe(true);
		await context.close();
	});

	it.each([
		['en', 'tracking number', '/en/orders/track-an-order/'],
		['he', 'מעקב', '/he/orders/track-an-order/'],
		['ru', 'возврат', '/ru/returns/start-a-return/'],
	])('finds the expected article in %s', async (locale, query, url) => {
		const page = await open(`/${locale}/`);
		await input(page).click();
		await input(page).pressSequentially(query);
		const first = page.locator('[role="listbox"] [role="option"]').first();
		await expect.poll(() => first.getAttribute('class')).toContain('hc-search__option');
		await expect.poll(async () => (await page.locator('[role="listbox"] [role="option"]').allTextContents()).join('|')).not.toBe('');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${site.url}${url}`);
		await page.context().close();
	});

	it("shows the article's own words in snippets, never its hidden keywords", async () => {
		const page = await open('/en/');
		await input(page).click();
		// A deliberate misspelling among the article's keywords: it finds the article, and the snippet is its description.
		await input(page).pressSequentially('cancle');
		const excerpt = page.locator('[role="listbox"] [role="option"] .hc-search__excerpt').first();
		await expect.poll(() => excerpt.textContent()).toBe('Cancel an order before it leaves the warehouse.');
		await page.goto(`${site.url}/en/search/?q=cancle`);
		await expect.poll(() => page.locator('.hc-results__list li p').first().textContent()).toBe('Cancel an order before it leaves the warehouse.');
		await page.context().close();
	});

	it('works with the keyboard alone and announces the result count', async () => {
		const page = await open('/en/');
		await page.keyboard.press('Tab'); // skip link
		await page.keyboard.press('Tab'); // brand
		await page.keyboard.press('Tab'); // search
		expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
		await page.keyboard.type('order');
		const box = input(page);
		await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
		expect(await page.locator('[role="status"]').first().textContent()).toMatch(/^\d+ articles? found$/);
		await page.keyboard.press('ArrowDown');
		const activeId = await box.getAttribute('aria-activedescendant');
		expect(activeId).toBeTruthy();
		expect(await page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).toBe('true');
		await page.keyboard.press('Escape');
		expect(await box.getAttribute('aria-expanded')).toBe('false');
		expect(await box.inputValue()).toBe('order');
		await page.keyboard.press('Escape');
		expect(await box.inputValue()).toBe('');
		await page.context().close();
	});

	it('lays out results right to left in Hebrew and marks untranslated articles', async () => {
		const page = await open('/he/');
		await input(page).click();
		await input(page).pressSequentially('cancel');
		const option = page.locator('[role="option"]', { hasText: 'Can I cancel my order?' });
		await expect.poll(() => option.count()).toBe(1);
		expect(await page.locator('[role="listbox"]').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
		expect(await option.textContent()).toContain('באנגלית');
		expect(await option.locator('.hc-search__title').getAttribute('lang')).toBe('en');
		await page.context().close();
	});

	it('offers to ask the question when nothing matches, carrying it to the contact form', async () => {
		const page = await open('/en/');
		await input(page).click();
		await input(page).pressSequentially('xylophone');
		const last = page.locator('[role="option"]').last();
		await expect.poll(() => last.textContent()).toBe('No articles match “xylophone”. Ask us about “xylophone”');
		await input(page).press('ArrowDown');
		await input(page).press('Enter');
		await page.waitForURL(/\/en\/contact\/\?q=xylophone#contact-form$/);
		await page.locator('#contact-form[novalidate]').waitFor();
		await expect.poll(() => page.inputValue('#contact-message')).toBe('xylophone');
		await page.context().close();
	});

	it('fires a search event with locale, query and result count', async () => {
		const page = await open('/ru/');
		await page.evaluate(() => {
			document.addEventListener('helpcenter:search', (e) => ((window as unknown as { lastSearch: unknown }).lastSearch = (e as CustomEvent).detail));
		});
		await input(page).click();
		await input(page).pressSequentially('возврат');
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { lastSearch?: unknown }).lastSearch))
			.toEqual({ locale: 'ru', query: 'возврат', resultCount: 2 });
		await page.context().close();
	});

	it('sends searches and opened results to the insights target of site.yaml, leaving out queries that look personal', async () => {
		const context = await site.browser.newContext();
		const beacons = await collectInsightBeacons(context);
		const page = await context.newPage();
		await page.goto(`${site.url}/en/`);
		await page.evaluate(() =>
			document.addEventListener('helpcenter:search', (e) => ((window as unknown as { lastSearch: unknown }).lastSearch = (e as CustomEvent).detail)),
		);
		await input(page).click();
		await input(page).pressSequentially('jane@example.com');
		// Reported on the page once the shopper pauses, but not sent.
		await expect.poll(() => page.evaluate(() => (window as unknown as { lastSearch?: { query: string } }).lastSearch?.query)).toBe('jane@example.com');
		await input(page).fill('');
		await input(page).pressSequentially('refund');
		await page.getByRole('listbox').getByRole('option').first().waitFor();
		// Opening a result reports the search first, then the click; both go before the page is left.
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/en\/returns\//);
		await expect
			.poll(() => beacons)
			.toEqual([
				{
					events: [
						{ type: 'search', locale: 'en', query: 'refund', results: 1 },
						{ type: 'resultClick', locale: 'en', query: 'refund', rank: 1, article: 'returns' },
					],
				},
			]);
		await context.close();
	});

	it('names the search that found nothing when the shopper then opens a result of another search', async () => {
		const context = await site.browser.newContext();
		const beacons = await collectInsightBeacons(context);
		const page = await context.newPage();
		await page.goto(`${site.url}/en/`);
		await page.evaluate(() =>
			document.addEventListener('helpcenter:search', (e) => ((window as unknown as { lastSearch: unknown }).lastSearch = (e as CustomEvent).detail)),
		);
		await input(page).click();
		await input(page).pressSequentially('monye bakc');
		await expect.poll(() => page.evaluate(() => (window as unknown as { lastSearch?: { resultCount: number } }).lastSearch?.resultCount)).toBe(0);
		await input(page).fill('');
		await input(page).pressSequentially('refund');
		await page.getByRole('listbox').getByRole('option').first().waitFor();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/en\/returns\//);
		// However the events were batched, the click says which miss it answered.
		await expect
			.poll(() => beacons.flatMap((beacon) => beacon.events))
			.toEqual([
				{ type: 'search', locale: 'en', query: 'monye bakc', results: 0 },
				{ type: 'search', locale: 'en', query: 'refund', results: 1 },
				{ type: 'resultClick', locale: 'en', query: 'refund', rank: 1, article: 'returns', afterMiss: 'monye bakc' },
			]);
		await context.close();
	});
});

describe('words on nearly every page', () => {
	// The fixture has too few pages for any word to be common: each test declares "track" one, as a
	// build does for the words on most of a large help center's pages. No page has both "track" and
	// "cancel": searched in full, the query widens to each word and finds the pages of both.
	const titles = (page: Page) => page.locator('[role="listbox"] .hc-search__title').allTextContents();

	it('are left out of the search box’s queries, with the summary downloaded once', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto(`${site.url}/en/orders/track-an-order/`);
		await input(page).click();
		await input(page).pressSequentially('track cancel');
		await expect.poll(() => titles(page)).toHaveLength(3);
		await page.route('**/pagefind/en/index-summary.json', async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, json: { ...(await response.json()), commonWords: ['track'] } });
		});
		await page.reload();
		await input(page).click();
		await input(page).pressSequentially('track cancel');
		await expect.poll(() => titles(page)).toEqual(['Can I cancel my order?']);
		await input(page).fill('track');
		// A query of common words alone is searched as it is.
		await expect.poll(async () => (await titles(page)).length).toBeGreaterThan(1);
		expect(requested.filter((path) => path === '/pagefind/en/index-summary.json')).toHaveLength(2);
		expect(requested.filter((path) => path.includes('/filter/'))).toEqual([]);
		await context.close();
	});

	it('are left out on the results page, which carries the summary', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.route('**/en/search/**', async (route) => {
			const response = await route.fetch();
			const html = await response.text();
			expect(html).toContain('"commonWords":[]');
			await route.fulfill({ response, body: html.replace('"commonWords":[]', '"commonWords":["track"]') });
		});
		await page.goto(`${site.url}/en/search/?q=track%20cancel`);
		await expect.poll(() => page.locator('.hc-results__count').textContent()).toBe('1 article found');
		expect(requested.filter((path) => path.includes('index-summary'))).toEqual([]);
		await context.close();
	});
});

describe('results page', () => {
	it('is where the search form goes without JavaScript, leading to every article by topic instead', async () => {
		const page = await open('/he/', { javaScriptEnabled: false });
		await input(page).fill('מעקב');
		await input(page).press('Enter');
		await page.waitForURL(`${site.url}/he/search/?q=%D7%9E%D7%A2%D7%A7%D7%91`);
		await page.locator('main a[href="/he/orders/"]').click();
		await page.waitForURL(`${site.url}/he/orders/`);
		expect(await page.locator('main a[href="/he/orders/track-an-order/"]').count()).toBe(1);
		await page.context().close();
	});

	it('shows full results for a shared URL and filters by category, keeping the URL shareable', async () => {
		const page = await open('/en/search/?q=order');
		const items = page.locator('.hc-results__list li');
		await expect.poll(() => items.count()).toBeGreaterThan(1);
		expect(await page.locator('.hc-results__heading').textContent()).toBe('Results for “order”');
		// The header box holds the query, ready to refine, and suggests for it once touched.
		expect(await input(page).inputValue()).toBe('order');
		await input(page).press('End');
		await input(page).pressSequentially(' status');
		await expect.poll(() => input(page).getAttribute('aria-expanded')).toBe('true');
		await page.keyboard.press('Escape');
		await page.getByRole('radio', { name: /^Returns/ }).check();
		await expect.poll(() => page.url()).toContain('category=Returns');
		await expect.poll(async () => (await items.allTextContents()).every((t) => t.includes('Returns'))).toBe(true);
		await page.reload();
		expect(await page.getByRole('radio', { name: /^Returns/ }).isChecked()).toBe(true);
		await page.context().close();
	});

	it('finds an untranslated article with the words of either language, labelled and isolated as English', async () => {
		// Russian: "cancelling" is an English form the article does not use; "заказы" is the Russian name of its category.
		for (const [locale, query] of [
			['ru', 'cancelling'],
			['ru', 'заказы'],
			['ar', 'cancelling'],
		] as const) {
			const page = await open(`/${locale}/search/?q=${encodeURIComponent(query)}`);
			const hit = page.locator('.hc-results__list li', { hasText: 'Can I cancel my order?' });
			await expect.poll(() => hit.count(), { message: `${locale}: ${query}` }).toBe(1);
			expect(await hit.locator('a').evaluate((a) => [a.getAttribute('lang'), a.getAttribute('dir')])).toEqual(['en', 'ltr']);
			expect(await hit.locator('p').evaluate((p) => [p.getAttribute('lang'), p.getAttribute('dir')])).toEqual(['en', 'ltr']);
			expect(await hit.locator('.hc-results__meta').textContent()).toMatch(locale === 'ru' ? /английский/ : /الإنجليزية/);
			await page.context().close();
		}
	});

	it('searches again in place from the header box, and goes back to the previous search', async () => {
		const page = await open('/en/search/?q=cancel');
		const heading = page.locator('.hc-results__heading');
		await expect.poll(() => heading.textContent()).toBe('Results for “cancel”');
		// A mark on the window survives only if the page is not loaded again.
		await page.evaluate(() => Object.assign(window, { sameDocument: true }));
		await input(page).fill('track');
		await input(page).press('Enter');
		await expect.poll(() => heading.textContent()).toBe('Results for “track”');
		expect(page.url()).toBe(`${site.url}/en/search/?q=track`);
		expect(await page.locator('.hc-results__list a').first().textContent()).toBe('How do I track my order?');
		expect(await page.locator('[role="listbox"]').isVisible()).toBe(false);
		await page.goBack();
		await expect.poll(() => heading.textContent()).toBe('Results for “cancel”');
		expect(await input(page).inputValue()).toBe('cancel');
		expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
		await page.context().close();
	});

	/** Opens a results page that shows `pageSize` results at a time: the fixture has too few articles for ten. */
	async function openPaged(path: string, pageSize: number): Promise<{ page: Page; requested: string[] }> {
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.route('**/search/**', async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(/(data-results="\{)/, `$1&quot;pageSize&quot;:${pageSize},`);
			await route.fulfill({ response, body: html });
		});
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname + new URL(request.url()).search));
		await page.goto(`${site.url}${path}`);
		return { page, requested };
	}

	it('shows more results on request, moving focus to the first new one', async () => {
		const { page } = await openPaged('/en/search/?q=order', 2);
		const items = page.locator('.hc-results__list li');
		await expect.poll(() => items.count()).toBe(2);
		const total = Number((await page.locator('.hc-results__count').textContent())?.match(/\d+/)?.[0]);
		expect(total).toBeGreaterThan(2);
		await page.getByRole('button', { name: 'Show more results' }).click();
		await expect.poll(() => items.count()).toBe(Math.min(4, total));
		await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('.hc-results__list li')[2])).toBe(true);
		await page.context().close();
	});

	it('counts every result per topic, yet downloads only the results it shows and Pagefind’s start-up files once', async () => {
		// No article has both words: the search widens to one search per word.
		const { page, requested } = await openPaged('/en/search/?q=cancel%20shipping', 2);
		const items = page.locator('.hc-results__list li');
		await expect.poll(() => items.count()).toBe(2);
		const total = Number((await page.locator('.hc-results__count').textContent())?.match(/\d+/)?.[0]);
		expect(total).toBeGreaterThan(2);
		const counts = await page.locator('.hc-results__filter').allTextContents();
		const perTopic = counts.map((label) => Number(label.match(/\((\d+)\)$/)?.[1] ?? 0));
		expect(perTopic.reduce((sum, n) => sum + n, 0)).toBe(total);
		const search = requested.filter((url) => url.startsWith('/pagefind/'));
		// English pages search the English bundle alone.
		expect(search.filter((url) => !url.startsWith('/pagefind/en/'))).toEqual([]);
		expect(search.filter((url) => url.startsWith('/pagefind/en/fragment/'))).toHaveLength(2);
		expect(search.filter((url) => url.includes('/filter/'))).toEqual([]);
		// The page preloads these; Pagefind's own requests then reuse them instead of fetching again.
		for (const file of [
			/^\/pagefind\/en\/pagefind\.js$/,
			/^\/pagefind\/en\/pagefind-entry\.json\?ts=\w+$/,
			/^\/pagefind\/en\/pagefind\.en_\w+\.pf_meta$/,
			/^\/pagefind\/en\/wasm\.en\.pagefind$/,
		]) {
			expect(
				search.filter((url) => file.test(url)),
				String(file),
			).toHaveLength(1);
		}
		await page.context().close();
	});

	it('shows the first results while the rest of the page still loads', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		// Results' data comes one file each: let the first four through, hold the rest until released.
		let release = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		let fragments = 0;
		await page.route('**/pagefind/*/fragment/**', async (route) => {
			fragments += 1;
			if (fragments > 4) await released;
			await route.continue();
		});
		await page.goto(`${site.url}/en/search/?q=order`);
		const items = page.locator('.hc-results__list li');
		await expect.poll(() => items.count()).toBe(4);
		expect(await page.locator('.hc-results__count').textContent()).toBe('6 articles found');
		release();
		await expect.poll(() => items.count()).toBe(6);
		await context.close();
	});

	it('asks for a query when opened without one', async () => {
		const page = await open('/en/search/');
		await expect.poll(() => page.locator('main .hc-lead').textContent()).toBe('Type what you are looking for in the search box above.');
		await page.context().close();
	});

	it('says so when nothing is found', async () => {
		const page = await open('/en/search/?q=xylophone');
		await expect.poll(() => page.locator('.hc-results__count').textContent()).toBe('No articles match “xylophone”.');
		await page.context().close();
	});
});
