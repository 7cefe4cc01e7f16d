import type { Page } from 'playwright-core';
import { routePath } from '../../src/catalog/routes.js';
import type { HelpCenter } from '../../src/shop/help-center.js';
import { COLOUR_RULES, seriousViolations } from './browser.js';

/** One page of each type a help center has in a locale, by type: what accessibility checks visit. */
export function pageTypes(hc: HelpCenter, locale: string): Record<string, string> {
	const originals = hc.articles.filter((a) => a.locale === hc.site.defaultLocale);
	const first = originals[0];
	const pages: Record<string, string> = { home: `/${locale}/` };
	if (first) {
		pages.category = `/${locale}/${first.category}/`;
		pages.article = `/${locale}/${first.key}/`;
		// A page shown in another language than its own, when the shop has one.
		const untranslated = originals.find((a) => !hc.articles.some((t) => t.locale === locale && t.key === a.key));
		if (untranslated) pages['article (untranslated)'] = `/${locale}/${untranslated.key}/`;
		const word = first.data.title.split(/\s+/).find((w) => w.length > 3) ?? first.data.title;
		pages.search = `/${locale}/search/?q=${encodeURIComponent(word)}`;
	}
	if (hc.hasContactPage) pages.contact = routePath(locale, { type: 'contact' });
	if (hc.site.contactForm) pages['message sent'] = `${routePath(locale, { type: 'contactSent' })}?ref=7F3K-9Q2M`;
	for (const policy of hc.policyPages) pages[`${policy} policy`] = routePath(locale, { type: 'policy', page: policy });
	pages['page not found'] = routePath(locale, { type: 'notFound' });
	return pages;
}

/** Serious and critical axe findings on every page type of a locale, light and dark, by page. */
export async function accessibilityFindings(page: Page, siteUrl: string, hc: HelpCenter, locale: string): Promise<Record<string, string[]>> {
	const found: Record<string, string[]> = {};
	const types = pageTypes(hc, locale);
	const urls = locale === hc.site.defaultLocale ? { 'language choice': '/', ...types } : types;
	for (const [type, url] of Object.entries(urls)) {
		await page.goto(`${siteUrl}${url}`, { waitUntil: 'load' });
		if (url === '/') await page.waitForURL(/\/[\w-]+\/$/);
		if (type === 'search') await page.locator('.hc-results__count').waitFor();
		// Open the language menu, so its links are checked too.
		const languageMenu = page.locator('.hc-lang summary');
		if (await languageMenu.count()) await languageMenu.click();
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			// Every rule in light mode; in dark mode only colours change, so only the colour rules run again.
			const violations = await seriousViolations(page, ...(colorScheme === 'dark' ? [COLOUR_RULES] : []));
			if (violations.length)
				found[`${type} ${url} (${colorScheme})`] = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
		}
	}
	return found;
}

/** How far the page scrolls sideways, and what sticks out, for the failure message. */
export async function sidewaysOverflow(page: Page): Promise<{ overflow: number; outside: string[] }> {
	return page.evaluate(() => {
		const root = document.documentElement;
		const outside = [...document.querySelectorAll('body *')]
			.filter((el) => {
				const box = el.getBoundingClientRect();
				return box.width > 0 && (box.right > root.clientWidth + 0.5 || box.left < -0.5);
			})
			.slice(0, 3)
			.map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
		return { overflow: root.scrollWidth - root.clientWidth, outside };
	});
}

/** Every page type of a locale that scrolls sideways in `page` (open it at a phone's width), by page, with what sticks out. */
export async function reflowFindings(page: Page, siteUrl: string, hc: HelpCenter, locale: string): Promise<Record<string, string>> {
	const found: Record<string, string> = {};
	for (const [type, url] of Object.entries(pageTypes(hc, locale))) {
		await page.goto(`${siteUrl}${url}`);
		if (type === 'search') await page.locator('.hc-results__count').waitFor();
		const { overflow, outside } = await sidewaysOverflow(page);
		if (overflow > 0) found[`${locale} ${type} ${url}`] = `${overflow} px: ${outside.join(', ')}`;
	}
	return found;
}
