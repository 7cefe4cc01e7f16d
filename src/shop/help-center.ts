import { createCatalog, type Catalog } from '../catalog/catalog.js';
import type { UiKey } from '../i18n/engine-strings.js';
import type { LocaleInfo, TextDirection } from '../i18n/locales.js';
import { languageAttributes, pickText, type TextInLanguage } from '../i18n/text-in-language.js';
import type { PluralForms } from '../i18n/plural-forms.js';
import { pluralFormsOf } from '../i18n/ui-strings.js';
import { createTranslator, type Translate } from '../i18n/translator.js';
import { policyTextFor, type PolicyPageSource } from '../policies/load-policies.js';
import { POLICY_PAGES, type PolicyPage } from '../policies/policy-schema.js';
import type { StatusEntry } from '../i18n/translation-status.js';
import { routePath, withBase } from '../catalog/routes.js';
import { FORM_ID } from '../contact/form-text.js';
import { loadShop, offersContactPage, type Category, type Shop } from './load-shop.js';
import { resolveShopPaths } from './paths.js';
import { createPageCacheKeys, type PageCacheKeys } from './page-cache-keys.js';
import { sharedShop, shopChanges } from './shared-shop.js';
import type { Market } from '../markets/market-schema.js';
import { defaultMarketFor, marketName, marketOfCountry } from '../markets/markets.js';
import type { PolicyFacts } from '../policies/fact-text.js';
import { insightsDestination } from '../insights/insights-config.js';
import type { InsightsDestination } from '../insights/targets.js';

/** What every page works from: the shop, its catalog and its UI strings. */
export interface HelpCenter extends Shop {
	catalog: Catalog;
	/** UI strings bound to a locale. */
	t: (locale: string) => Translate;
	locale: (code: string) => LocaleInfo;
	category: (id: string) => Category;
	/** A plural UI string's templates by plural category, for islands that format counts themselves. */
	pluralForms: (locale: string, key: UiKey) => PluralForms;
	/** A category's title or description in a locale, falling back to the default locale's (and saying which it is). */
	categoryText: (id: string, field: 'title' | 'description', locale: string) => TextInLanguage;
	/** `lang` and `dir` for text in `textLang` shown in a page or element in `aroundLang`; none when they match. */
	languageAttributes: (textLang: string, aroundLang: string) => { lang?: string; dir?: TextDirection };
	/** True when the shop lists contact channels or has a contact form: then /<locale>/contact/ exists. */
	hasContactPage: boolean;
	/**
	 * The contact page of a locale under the base path, or undefined when the shop has none;
	 * `toForm` jumps to the form when there is one (a question carried over belongs there).
	 */
	contactUrl: (locale: string, base: string, options?: { toForm?: boolean }) => string | undefined;
	/** Where the pages send insight events (site.yaml insights) under the base path; undefined when the shop collects none. */
	insights: (base: string) => InsightsDestination | undefined;
	/** Contact form topics with their labels in a locale (the default locale's where one is missing). */
	contactTopics: (locale: string) => { id: string; label: string }[];
	/** The policy pages the shop has facts for: returns, shipping, payments. */
	policyPages: PolicyPage[];
	/** A policy page's text in a locale, or the default locale's when it is not translated. */
	policyText: (locale: string, page: PolicyPage) => { source: PolicyPageSource; isFallback: boolean };
	/** Text a writer gave per language (policy facts), falling back to the default locale's (and saying which it is). */
	localized: (text: Record<string, string>, locale: string) => TextInLanguage;
	/** Whether a translation is up to date with its original ("policy/returns" for policy texts). */
	translationState: (locale: string, key: string) => StatusEntry | undefined;
	/** What <Fact>s are stated from: the returns, shipping and payment facts, and each country's market's duties and payment methods. */
	facts: PolicyFacts;
	/** The market a page in a language shows before the browser knows better; undefined for a shop without markets.yaml. */
	defaultMarket: (locale: string) => Market | undefined;
	/** A market's name in a language: its own, or its countries' names. */
	marketName: (market: Market, locale: string) => string;
	/** The day of the build, YYYY-MM-DD: announcements that have ended are left out. */
	today: string;
	/** Each page's key for Astro's incremental build: a digest of everything the page shows. */
	cacheKeys: PageCacheKeys;
}

let instance: HelpCenter | undefined;
let loadedAtChange = 0;

/**
 * The help center of this build: the shop the integration loaded (or loaded
 * here when there is none), indexed once on first use and shared by all
 * pages, so routes and navigation are never recomputed per page. In
 * `astro dev` it is loaded again after the shop's files change.
 */
export function getHelpCenter(): HelpCenter {
	const changes = shopChanges();
	if (!instance || changes !== loadedAtChange) {
		instance = createHelpCenter(sharedShop() ?? loadShop(resolveShopPaths(), { includeDrafts: import.meta.env.DEV }));
		loadedAtChange = changes;
	}
	return instance;
}

export function createHelpCenter(shop: Shop, today = new Date().toISOString().slice(0, 10)): HelpCenter {
	const { site, categories, articles } = shop;
	const catalog = createCatalog({
		defaultLocale: site.defaultLocale,
		locales: site.locales.map((l) => l.code),
		categories: categories.map((c) => c.id),
		articles,
		policyTranslations: shop.policies.pages.map((p) => p.id),
	});
	const translationStates = new Map(shop.translations.map((entry) => [`${entry.locale}/${entry.key}`, entry]));
	const localeInfo = new Map(site.locales.map((l) => [l.code, l]));
	const categoryById = new Map(categories.map((c) => [c.id, c]));
	const category = (id: string): Category => {
		const found = categoryById.get(id);
		if (!found) throw new Error(`Unknown category "${id}"`);
		return found;
	};
	const hasContactPage = offersContactPage(shop);
	const localized = (text: Readonly<Record<string, string>>, locale: string) => pickText(text, locale, site.defaultLocale);
	const directionOf = (code: string) => localeInfo.get(code)?.dir ?? 'ltr';
	const policyText = (locale: string, page: PolicyPage) => {
		const text = policyTextFor(shop.policies, page, locale, site.defaultLocale);
		if (!text) throw new Error(`The ${page} policy has no text in ${site.defaultLocale}`);
		return text;
	};
	const { markets } = shop;
	return {
		...shop,
		catalog,
		t: createTranslator(shop.ui, site.defaultLocale),
		locale(code) {
			const found = localeInfo.get(code);
			if (!found) throw new Error(`Unknown locale "${code}"`);
			return found;
		},
		category,
		pluralForms(locale, key) {
			return pluralFormsOf(shop.ui, locale, key);
		},
		categoryText(id, field, locale) {
			return localized(category(id)[field] ?? {}, locale);
		},
		languageAttributes(textLang, aroundLang) {
			return languageAttributes(textLang, aroundLang, directionOf);
		},
		hasContactPage,
		contactUrl(locale, base, { toForm = false } = {}) {
			if (!hasContactPage) return undefined;
			const page = withBase(base, routePath(locale, { type: 'contact' }));
			return toForm && site.contactForm ? `${page}#${FORM_ID}` : page;
		},
		policyPages: POLICY_PAGES.filter((page) => shop.policies[page] !== undefined),
		policyText,
		translationState(locale, key) {
			return translationStates.get(`${locale}/${key}`);
		},
		localized,
		insights(base) {
			return insightsDestination(site.insights, base);
		},
		contactTopics(locale) {
			return (site.contactForm?.topics ?? []).map(({ id, label }) => ({ id, label: localized(label, locale).text }));
		},
		facts: {
			...(shop.policies.returns ? { returns: shop.policies.returns } : {}),
			...(shop.policies.shipping ? { shipping: shop.policies.shipping } : {}),
			...(shop.policies.payments ? { payments: shop.policies.payments } : {}),
			...(markets
				? {
						duties: (country: string) => marketOfCountry(markets, country)?.duties,
						marketPayments: (country: string) => marketOfCountry(markets, country)?.payments,
					}
				: {}),
		},
		defaultMarket(locale) {
			return shop.markets && defaultMarketFor(shop.markets, locale);
		},
		marketName(market, locale) {
			return marketName(market, locale, site.defaultLocale);
		},
		today,
		cacheKeys: createPageCacheKeys({ shop, today, policyText }),
	};
}
