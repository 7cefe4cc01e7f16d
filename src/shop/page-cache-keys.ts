import { announcementsFor } from '../announcements/announcements.js';
import type { ArticlePage } from '../catalog/catalog.js';
import type { PolicyPage } from '../policies/policy-schema.js';
import { digestOf } from '../utils/digest.js';
import type { Shop } from './load-shop.js';

/**
 * Keys for Astro's incremental build: a page whose key and code are the same as in the last
 * build is copied from it instead of rendered again. A key is a digest of everything the page
 * shows, so it must change whenever anything shown changes; a key that changes more often
 * only costs a page being rendered again.
 *
 * Every page shows the site's settings, categories, UI strings, contact channels, markets, policy facts
 * and theme, and the titles, descriptions and other front matter of the articles in its own
 * and the default language (lists, links, fallbacks), with which languages have which article
 * (the language switcher). Article and policy pages add their own text, its last change and its
 * translation state. An article's text is on its own page only, so a writer's fix to one
 * article renders that page again, and its stand-ins in languages that have no translation.
 */
export interface PageCacheKeys {
	/** An article page, its own text or the default language's standing in. */
	article(page: ArticlePage): string;
	/** A policy page (returns, shipping) in a locale, from its text there or the default locale's. */
	policy(locale: string, page: PolicyPage): string;
	/** Any other page of a locale: home, topics, search, contact. */
	page(locale: string): string;
}

export interface PageCacheKeyInput {
	shop: Shop;
	/** The day of the build: an announcement that has ended is no longer on any page. */
	today: string;
	/** The text behind a policy page in a locale, as the page shows it. */
	policyText: (locale: string, page: PolicyPage) => { source: { digest: string }; isFallback: boolean };
}

export function createPageCacheKeys({ shop, today, policyText }: PageCacheKeyInput): PageCacheKeys {
	const { site, categories, ui, channels, markets, policies, theme, articles, announcements, translations } = shop;
	const { pages: policyTexts, ...policyFacts } = policies;
	const everywhere = digestOf(
		site,
		categories,
		ui,
		channels,
		markets,
		policyFacts,
		// Policy page titles and descriptions appear in links and lists; their text only on their page.
		policyTexts.map(({ id, data }) => ({ id, data })),
		theme,
		articles.map(({ id }) => id),
	);
	const translationState = new Map(translations.map((entry) => [`${entry.locale}/${entry.key}`, entry]));
	const byLocale = new Map<string, string>();
	const localeKey = (locale: string): string => {
		let key = byLocale.get(locale);
		if (key === undefined) {
			const listed = articles.filter((article) => article.locale === locale || article.locale === site.defaultLocale);
			const banners = announcementsFor(announcements, locale, today);
			key = digestOf(
				everywhere,
				locale,
				listed.map(({ id, data }) => ({ id, data })),
				banners.map(({ id, digest }) => ({ id, digest })),
			);
			byLocale.set(locale, key);
		}
		return key;
	};
	return {
		article(page) {
			const { source } = page;
			return digestOf(localeKey(page.locale), source.id, source.digest, source.lastModified, translationState.get(`${page.locale}/${page.key}`));
		},
		policy(locale, page) {
			const text = policyText(locale, page);
			return digestOf(localeKey(locale), page, text.source.digest, text.isFallback, translationState.get(`${locale}/policy/${page}`));
		},
		page: localeKey,
	};
}
