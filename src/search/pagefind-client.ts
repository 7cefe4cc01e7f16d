import { mergeTermResults, queryTerms } from './merge.js';
import { syllablePairs, usesSyllablePairs } from './search-terms.js';
import { toSearchHit, type PagefindResultData, type SearchHit } from './results.js';

/** The parts of Pagefind's browser API (pagefind/pagefind.js) this project uses. */
interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
	filters(): Promise<Record<string, Record<string, number>>>;
	preload(query: string): Promise<void>;
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
	results: PagefindResult[];
	/** Matches before the search's filters. */
	unfilteredResultCount: number;
	/** Matches per filter value, before the search's filters: { category: { Returns: 3 } }. */
	totalFilters: Record<string, Record<string, number>>;
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
	/**
	 * Pages per category in this language's index. Loads the (small) filter index, which Pagefind
	 * also needs to count a search's results per category; asked for only when a query needs it.
	 */
	categoryCounts: () => Promise<Record<string, number>>;
}

let loading: Promise<LoadedPagefind> | undefined;

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs Pagefind's index work one call at a time. On the page's own thread (no worker), two
 * searches that load index chunks at the same time can interleave inside Pagefind; a shopper
 * typing fast on a busy phone starts them that way.
 */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
	const run = queue.then(task, task);
	queue = run.catch(() => undefined);
	return run;
}

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
		// Result URLs come back site-relative; baseUrl puts them under the base path. No web worker:
		// starting one costs another script download and round trip before the first results, more
		// than the few milliseconds each search takes on the page's own thread.
		await api.options({ ...PAGEFIND_OPTIONS, baseUrl: root, noWorker: true });
		await api.init();
		let counting: Promise<Record<string, number>> | undefined;
		const categoryCounts = () => (counting ??= oneAtATime(() => api.filters()).then((filters) => ({ ...filters.category })));
		return { api, categoryCounts };
	})();
	return loading;
}

/**
 * When Pagefind's search for all the words finds at least this many pages, they
 * are the answer: the shopper's words are all there. Fewer, and one search per
 * word widens it (see mergeTermResults). Most queries thus cost one search.
 */
export const ENOUGH_WHOLE_QUERY_HITS = 3;

/** Results the results page shows at first, and adds with each "show more". */
export const RESULTS_PAGE_SIZE = 20;

let latest: { key: string; outcome: Promise<SearchOutcome> } | undefined;

/**
 * Runs a query: Pagefind's own search for all the words (in the chosen category, if
 * any), widened by one search per word when that finds too little, then loads the
 * data (title, excerpt) of only the hits shown. The same search asked for again (a
 * shopper deleting a letter and typing it back) is not run twice.
 */
export function runSearch(base: string, query: string, options: { category?: string; limit: number }): Promise<SearchOutcome> {
	const key = JSON.stringify([base, query.trim(), options.category ?? '', options.limit]);
	if (latest?.key !== key) latest = { key, outcome: search(base, query, options) };
	return latest.outcome;
}

async function search(base: string, query: string, options: { category?: string; limit: number }): Promise<SearchOutcome> {
	const { api, categoryCounts } = await loadPagefind(base);
	const trimmed = query.trim();
	if (!trimmed) return { query: trimmed, total: 0, hits: [], categories: {} };
	// The results page counts results per category: the filter index must be there first.
	// The query's index chunks load meanwhile.
	if (options.category !== undefined) await Promise.all([categoryCounts(), oneAtATime(() => api.preload(trimmed))]);
	const whole = await oneAtATime(() => api.search(trimmed, options.category ? { filters: { category: options.category } } : {}));
	const terms = queryTerms(trimmed);
	// Vietnamese: also look for neighbouring syllables as indexed pairs (see search-terms.ts). Most
	// pages have most common syllables, so there the whole query's hits say little and the pairs
	// always rank them.
	const syllables = usesSyllablePairs(document.documentElement.lang);
	if (syllables) terms.push(...syllablePairs(trimmed));
	if (terms.length < 2 || (!syllables && whole.unfilteredResultCount >= ENOUGH_WHOLE_QUERY_HITS)) {
		// One search: Pagefind counts the categories itself.
		const hits = await Promise.all(whole.results.slice(0, options.limit).map(async (result) => toSearchHit(await result.data())));
		return { query: trimmed, total: whole.unfilteredResultCount, hits, categories: { ...whole.totalFilters.category } };
	}
	const pageCount = Object.values(await categoryCounts()).reduce((sum, count) => sum + count, 0);
	return widenedSearch(api, trimmed, terms, pageCount, options);
}

/** The union of one search per word, ranked by mergeTermResults; categories are counted from the hits' data. */
async function widenedSearch(
	api: PagefindApi,
	query: string,
	terms: readonly string[],
	pageCount: number,
	options: { category?: string; limit: number },
): Promise<SearchOutcome> {
	const [whole, ...perTerm] = await Promise.all([query, ...terms].map((words) => oneAtATime(() => api.search(words))));
	const results = new Map<string, PagefindResult>();
	for (const search of [whole, ...perTerm]) for (const result of search?.results ?? []) if (!results.has(result.id)) results.set(result.id, result);
	const ranked = mergeTermResults(
		(whole?.results ?? []).map(({ id, score }) => ({ id, score })),
		perTerm.map((search, i) => ({ term: terms[i] ?? '', hits: search.results.map(({ id, score }) => ({ id, score })) })),
		pageCount,
	);
	// Category counts need the hits' data; without a category, only the hits shown are loaded.
	const toLoad = options.category !== undefined ? MAX_LOADED : Math.min(options.limit, MAX_LOADED);
	const loaded = await Promise.all(
		ranked
			.slice(0, toLoad)
			.map((id) => results.get(id))
			.filter((r): r is PagefindResult => r !== undefined)
			.map(async (result) => toSearchHit(await result.data())),
	);
	const categories: Record<string, number> = {};
	for (const hit of loaded) categories[hit.category] = (categories[hit.category] ?? 0) + 1;
	const shown = options.category ? loaded.filter((hit) => hit.category === options.category) : loaded;
	return { query, total: ranked.length, hits: shown.slice(0, options.limit), categories };
}
