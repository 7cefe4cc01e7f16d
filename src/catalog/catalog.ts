import type { ArticleSource } from '../content/scan-articles.js';
import { routePath, type RouteRef } from './routes.js';

/** An article as served in one locale: its own translation, or the default locale's text. */
export interface ArticlePage {
	/** Locale of the page chrome and URL. */
	locale: string;
	key: string;
	category: string;
	slug: string;
	/** The text shown: the translation, or the original when the page falls back. */
	source: ArticleSource;
	/** True when `source` is in another language than `locale`. */
	isFallback: boolean;
}

export interface CategorySummary {
	id: string;
	articleCount: number;
}

/** Where the language switcher sends a shopper, and whether that page is a real translation. */
export interface Alternate {
	locale: string;
	path: string;
	/** translated: the same page in that language; fallback: the same page, not yet translated; nearest: the closest page that exists. */
	kind: 'translated' | 'fallback' | 'nearest';
}

export interface CatalogInput {
	defaultLocale: string;
	locales: readonly string[];
	/** Category ids in display order. */
	categories: readonly string[];
	articles: readonly ArticleSource[];
	/** Policy pages with their own text, as `<locale>/<page>`; the others fall back to the default locale's. */
	policyTranslations?: readonly string[];
}

export interface Catalog {
	readonly locales: readonly string[];
	readonly defaultLocale: string;
	/** Categories with at least one article in the locale, in display order. */
	categoriesOf(locale: string): CategorySummary[];
	/** Every article page of a locale, translations and fallbacks, in display order. */
	articlesOf(locale: string): ArticlePage[];
	articlesIn(locale: string, category: string): ArticlePage[];
	article(locale: string, key: string): ArticlePage | undefined;
	featured(locale: string): ArticlePage[];
	/** The real translations of an article (fallbacks excluded), by locale. */
	translations(key: string): Map<string, ArticleSource>;
	/** The other articles of the page's category, at most `limit` of them, nearest in the category's order first; those in `exclude` (already listed as related) left out. */
	siblings(page: ArticlePage, limit?: number, exclude?: readonly string[]): ArticlePage[];
	/** The articles the page's text names as related (front matter `related`, the original's when the translation names none), in the page's language. */
	related(page: ArticlePage): ArticlePage[];
	/** The page in every locale, for the language switcher. */
	alternates(route: RouteRef): Alternate[];
}

/**
 * Builds every query the pages need from the validated articles, once per
 * build: pages never glob or parse files themselves.
 */
export function createCatalog(input: CatalogInput): Catalog {
	const { defaultLocale, locales, categories } = input;
	const categoryRank = new Map(categories.map((id, index) => [id, index]));
	const policyTranslations = new Set(input.policyTranslations ?? []);

	const byKey = new Map<string, Map<string, ArticleSource>>();
	for (const article of input.articles) {
		let translations = byKey.get(article.key);
		if (!translations) byKey.set(article.key, (translations = new Map()));
		translations.set(article.locale, article);
	}

	const pagesByLocale = new Map<string, ArticlePage[]>();
	const pageIndex = new Map<string, ArticlePage>();
	for (const locale of locales) {
		const pages: ArticlePage[] = [];
		for (const [key, translations] of byKey) {
			const own = translations.get(locale);
			const source = own ?? translations.get(defaultLocale);
			if (!source) continue;
			const page: ArticlePage = {
				locale,
				key,
				category: source.category,
				slug: source.slug,
				source,
				isFallback: !own,
			};
			pages.push(page);
			pageIndex.set(`${locale}\u0000${key}`, page);
		}
		pages.sort(compareIn(locale, categoryRank));
		pagesByLocale.set(locale, pages);
	}

	const articlesOf = (locale: string) => pagesByLocale.get(locale) ?? [];
	const articlesIn = (locale: string, category: string) => articlesOf(locale).filter((p) => p.category === category);
	const article = (locale: string, key: string) => pageIndex.get(`${locale}\u0000${key}`);

	const categoriesOf = (locale: string): CategorySummary[] =>
		categories.map((id) => ({ id, articleCount: articlesIn(locale, id).length })).filter((summary) => summary.articleCount > 0);

	return {
		locales,
		defaultLocale,
		categoriesOf,
		articlesOf,
		articlesIn,
		article,
		featured: (locale) => articlesOf(locale).filter((page) => page.source.data.featured),
		translations: (key) => new Map(byKey.get(key) ?? []),
		siblings(page, limit = Infinity, exclude = []) {
			// Left out before the limit, so a page still lists `limit` others.
			const others = articlesIn(page.locale, page.category).filter((other) => other.key === page.key || !exclude.includes(other.key));
			if (others.length - 1 <= limit) return others.filter((other) => other.key !== page.key);
			// A long category: the articles around this one, so each page links different neighbours.
			const index = others.findIndex((other) => other.key === page.key);
			const start = Math.min(Math.max(0, index - Math.floor(limit / 2)), others.length - limit - 1);
			return others
				.slice(start, start + limit + 1)
				.filter((other) => other.key !== page.key)
				.slice(0, limit);
		},
		related(page) {
			const own = page.source.data.related;
			const keys = own.length > 0 ? own : (byKey.get(page.key)?.get(defaultLocale)?.data.related ?? []);
			return keys.flatMap((key) => (key === page.key ? [] : (article(page.locale, key) ?? [])));
		},
		alternates(route) {
			return locales.map((locale): Alternate => {
				if (route.type === 'article') {
					const page = article(locale, `${route.category}/${route.slug}`);
					if (page) return { locale, path: routePath(locale, route), kind: page.isFallback ? 'fallback' : 'translated' };
					return nearest(locale, route.category);
				}
				if (route.type === 'category') {
					return articlesIn(locale, route.category).length > 0
						? { locale, path: routePath(locale, route), kind: 'translated' }
						: { locale, path: routePath(locale, { type: 'home' }), kind: 'nearest' };
				}
				if (route.type === 'notFound') return { locale, path: routePath(locale, { type: 'home' }), kind: 'nearest' };
				if (route.type === 'policy') {
					return { locale, path: routePath(locale, route), kind: policyTranslations.has(`${locale}/${route.page}`) ? 'translated' : 'fallback' };
				}
				return { locale, path: routePath(locale, route), kind: 'translated' };
			});
		},
	};

	function nearest(locale: string, category: string): Alternate {
		const inCategory = articlesIn(locale, category).length > 0;
		return {
			locale,
			path: routePath(locale, inCategory ? { type: 'category', category } : { type: 'home' }),
			kind: 'nearest',
		};
	}
}

function compareIn(locale: string, categoryRank: Map<string, number>) {
	const collator = new Intl.Collator(locale);
	return (a: ArticlePage, b: ArticlePage): number =>
		(categoryRank.get(a.category) ?? Infinity) - (categoryRank.get(b.category) ?? Infinity) ||
		(a.source.data.order ?? Infinity) - (b.source.data.order ?? Infinity) ||
		collator.compare(a.source.data.title, b.source.data.title) ||
		a.key.localeCompare(b.key);
}

/**
 * hreflang alternates: only real translations count, plus x-default pointing
 * at the default locale's page. Fallback pages are not announced to search
 * engines as translations; they carry a canonical link to the original.
 */
export function hreflangLinks(alternates: readonly Alternate[], defaultLocale: string): { hreflang: string; path: string }[] {
	const translated = alternates.filter((a) => a.kind === 'translated');
	const links = translated.map((a) => ({ hreflang: a.locale, path: a.path }));
	const fallback = translated.find((a) => a.locale === defaultLocale);
	if (fallback) links.push({ hreflang: 'x-default', path: fallback.path });
	return links;
}
