import { mergeTermResults, queryTerms } from './merge.js';
import { syllablePairs, usesSyllablePairs } from './search-terms.js';
import { toSearchHit, type PagefindResultData, type SearchHit } from './results.js';

/** The parts of Pagefind's browser API (pagefind/pagefind.js) this project uses. */
interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<PagefindSearch>;
	filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
	results: PagefindResult[];
}

export interface SearchOutcome {
	query: string;
	/** Matching articles, before the category filter. */
	total: number;
	/** Hits to show: the first `limit`, in the chosen category if any. */
	hits: SearchHit[];
	/** Result counts per category, to label filters. */
	categories: Record<string, number>;
}

/**
 * Pagefind options shared by the search UI and the search quality script
 * (scripts/search-quality.ts), so what is measured is what shoppers get.
 */
export const PAGEFIND_OPTIONS = {
	excerptLength: 22,
	ranking: {
		// Help articles are short and similar in length; do not let length decide.
		pageLength: 0.3,
		// Prefer pages where the words match closely over long extensions of them.
		termSimilarity: 1.2,
	},
};

interface LoadedPagefind {
	api: PagefindApi;
	/** Pages in this language's index, for weighing how rare a word is. */
	pageCount: number;
}

let loading: Promise<LoadedPagefind> | undefined;

/** Most hits whose data is loaded for one query (a result page's worth), which bounds the work. */
const MAX_LOADED = 50;

/**
 * Loads the search bundle of the built site (once per page). Pagefind picks
 * the index of the page's <html lang>, so shoppers search their own language.
 */
export function loadPagefind(base: string): Promise<LoadedPagefind> {
	loading ??= (async () => {
		const root = base.endsWith('/') ? base : `${base}/`;
		const api = (await import(/* @vite-ignore */ `${root}pagefind/pagefind.js`)) as PagefindApi;
		// Result URLs come back site-relative; baseUrl puts them under the base path.
		await api.options({ ...PAGEFIND_OPTIONS, baseUrl: root });
		await api.init();
		const filters = await api.filters();
		const pageCount = Object.values(filters.category ?? {}).reduce((sum, count) => sum + count, 0);
		return { api, pageCount };
	})();
	return loading;
}

/**
 * When Pagefind's search for all the words finds at least this many pages, they
 * are the answer: the shopper's words are all there. Fewer, and one search per
 * word widens it (see mergeTermResults). Most queries thus cost one search.
 */
export const ENOUGH_WHOLE_QUERY_HITS = 3;

/**
 * Runs a query: Pagefind's own search for all the words, widened by one
 * search per word when that finds too little, then loads the data of the hits shown.
 */
export async function runSearch(base: string, query: string, options: { category?: string; limit: number }): Promise<SearchOutcome> {
	const { api, pageCount } = await loadPagefind(base);
	const trimmed = query.trim();
	if (!trimmed) return { query: trimmed, total: 0, hits: [], categories: {} };
	const whole = await api.search(trimmed);
	const results = new Map(whole.results.map((result) => [result.id, result]));
	const terms = queryTerms(trimmed);
	// Vietnamese: also look for neighbouring syllables as indexed pairs (see search-terms.ts). Most
	// pages have most common syllables, so there the whole query's hits say little and the pairs
	// always rank them.
	const syllables = usesSyllablePairs(document.documentElement.lang);
	if (syllables) terms.push(...syllablePairs(trimmed));
	let ranked = whole.results.map((result) => result.id);
	if (terms.length > 1 && (syllables || whole.results.length < ENOUGH_WHOLE_QUERY_HITS)) {
		const perTerm = await Promise.all(
			terms.map(async (term) => {
				const search = await api.search(term);
				for (const result of search.results) if (!results.has(result.id)) results.set(result.id, result);
				return { term, hits: search.results.map(({ id, score }) => ({ id, score })) };
			}),
		);
		ranked = mergeTermResults(
			whole.results.map(({ id, score }) => ({ id, score })),
			perTerm,
			pageCount,
		);
	}
	// Category counts need every hit's data; the search box shows only the first few.
	const toLoad = options.category !== undefined ? MAX_LOADED : Math.min(options.limit, MAX_LOADED);
	const top = ranked
		.slice(0, toLoad)
		.map((id) => results.get(id))
		.filter((r): r is PagefindResult => r !== undefined);
	const loaded = await Promise.all(top.map(async (result) => toSearchHit(await result.data())));
	const categories: Record<string, number> = {};
	for (const hit of loaded) categories[hit.category] = (categories[hit.category] ?? 0) + 1;
	const shown = options.category ? loaded.filter((hit) => hit.category === options.category) : loaded;
	return { query: trimmed, total: ranked.length, hits: shown.slice(0, options.limit), categories };
}
