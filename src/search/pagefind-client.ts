import { toSearchHit, type PagefindResultData, type SearchHit } from './results.js';

/** The parts of Pagefind's browser API (pagefind/pagefind.js) this project uses. */
interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<PagefindSearch>;
	filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindSearch {
	results: { id: string; data(): Promise<PagefindResultData> }[];
	/** Counts per filter value for this query, before any filter is applied. */
	totalFilters: Record<string, Record<string, number>>;
}

export interface SearchOutcome {
	query: string;
	total: number;
	hits: SearchHit[];
	/** Result counts per category for the query, to label filters. */
	categories: Record<string, number>;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads the search bundle of the built site (once per page). Pagefind picks
 * the index of the page's <html lang>, so shoppers search their own language.
 */
export function loadPagefind(base: string): Promise<PagefindApi> {
	loading ??= (async () => {
		const root = base.endsWith('/') ? base : `${base}/`;
		const api = (await import(/* @vite-ignore */ `${root}pagefind/pagefind.js`)) as PagefindApi;
		// Result URLs come back site-relative; baseUrl puts them under the base path.
		await api.options({ baseUrl: root, excerptLength: 22 });
		await api.init();
		// Loads the filter index; without it searches report no filter counts.
		await api.filters();
		return api;
	})();
	return loading;
}

/** Runs a query and loads the data of the first `limit` hits. */
export async function runSearch(base: string, query: string, options: { category?: string; limit: number }): Promise<SearchOutcome> {
	const api = await loadPagefind(base);
	const trimmed = query.trim();
	if (!trimmed) return { query: trimmed, total: 0, hits: [], categories: {} };
	const filters = options.category ? { category: [options.category] } : undefined;
	const search = await api.search(trimmed, filters ? { filters } : {});
	const hits = await Promise.all(search.results.slice(0, options.limit).map(async (result) => toSearchHit(await result.data())));
	// Counts without the category filter, so every filter shows what it would give.
	return { query: trimmed, total: search.results.length, hits, categories: search.totalFilters.category ?? {} };
}
