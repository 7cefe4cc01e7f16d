import { foldDiacritics } from '../../search/search-terms.js';
import type { InsightReport } from './summarize.js';

/**
 * From misses to fixes: for a query that shoppers searched often and found nothing, the
 * article that should have answered it, and the `keywords` line that would make search find
 * it. The article is the one that shoppers who typed the query opened from their next search,
 * or else the one whose title, description and keywords share the most words with the query
 * once both are folded (case and accents) and split into words.
 */

/** What the report knows of an article to match a query against, and where to write a keyword. */
export interface FindableArticle {
	locale: string;
	/** `<category>/<slug>`. */
	key: string;
	title: string;
	description: string;
	keywords: readonly string[];
	/** The MDX file, relative to the project. */
	file: string;
}

export interface KeywordSuggestion {
	locale: string;
	query: string;
	/** Searches that found nothing with this query in the period. */
	count: number;
	article: string;
	/** Why this article: shoppers opened it next, or its words match the query's. */
	because: 'openedNext' | 'words';
	file: string;
	/** The article's keywords with the query added. */
	keywords: string[];
}

/** Words of a text, lowercased and without accents, in a language's rules. */
export function foldedWords(text: string, locale: string): string[] {
	return foldDiacritics(text.toLocaleLowerCase(locale))
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length >= 2);
}

/**
 * Words that share their beginning count as one: "returning" meets "return", Polish "zwrotu"
 * meets "zwrot". Enough letters to avoid chance meetings, fewer than the whole word so endings
 * (cases, plurals) do not matter.
 */
function sameStem(a: string, b: string): boolean {
	const stem = Math.max(4, Math.min(a.length, b.length) - 2);
	return a.length >= 4 && b.length >= 4 ? a.slice(0, stem) === b.slice(0, stem) : a === b;
}

/** The article in the query's language that shares most of its words, if it shares at least half of them. */
export function findByWords(query: string, locale: string, articles: readonly FindableArticle[]): FindableArticle | undefined {
	const words = [...new Set(foldedWords(query, locale))];
	if (words.length === 0) return undefined;
	let best: { article: FindableArticle; score: number } | undefined;
	for (const article of articles) {
		if (article.locale !== locale) continue;
		const text = foldedWords([article.title, article.description, ...article.keywords].join(' '), locale);
		const score = words.filter((word) => text.some((other) => sameStem(word, other))).length;
		if (score * 2 >= words.length && (!best || score > best.score)) best = { article, score };
	}
	return best?.article;
}

export function suggestFixes(
	report: InsightReport,
	articles: readonly FindableArticle[],
	{ minCount = 2, perLanguage = 10 }: { minCount?: number; perLanguage?: number } = {},
): KeywordSuggestion[] {
	const byKey = new Map(articles.map((article) => [`${article.locale} ${article.key}`, article]));
	return report.searches.flatMap(({ locale, missed }) =>
		missed
			.filter((miss) => miss.count >= minCount)
			.flatMap((miss): KeywordSuggestion[] => {
				const next = miss.openedNext.map((opened) => byKey.get(`${locale} ${opened.article}`)).find((article) => article !== undefined);
				const article = next ?? findByWords(miss.query, locale, articles);
				if (!article) return [];
				const known = article.keywords.map((keyword) => keyword.toLocaleLowerCase(locale));
				if (known.includes(miss.query.toLocaleLowerCase(locale))) return [];
				return [
					{
						locale,
						query: miss.query,
						count: miss.count,
						article: article.key,
						because: next ? 'openedNext' : 'words',
						file: article.file,
						keywords: [...article.keywords, miss.query],
					},
				];
			})
			.slice(0, perLanguage),
	);
}
