import { mergeTermResults } from './merge.js';
import { planQuery } from './query-plan.js';
import { searchBundlePath } from './bundle-path.js';
import { asIndexSummary, CategoryIndex, INDEX_SUMMARY_FILE, readPreparedSearch, type IndexSummary } from './prepared-search.js';
import { toSearchHit, type PagefindResultData, type SearchHit } from './results.js';

/** The parts of Pagefind's browser API (pagefind/pagefind.js) this project uses. */
interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<PagefindSearch>;
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
	/** Every match, best first; a match's data (title, excerpt) loads when asked for. */
	results: PagefindResult[];
	unfilteredResultCount: number;
}

export interface SearchOutcome {
	query: string;
	/** Matching articles, before the category filter. */
	total: number;
	/** Hits to show: the first `limit`, in the chosen category if any. */
	hits: SearchHit[];
	/** Result counts per category, to label filters (empty where the page has no prepared search). */
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
	/** Pages by category, where the build prepared them (the results page). */
	categories: CategoryIndex | undefined;
	/** The build's summary of the language's index; none in `astro dev`, which has no bundle. */
	summary: IndexSummary | undefined;
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

/**
 * Pagefind splits every query into characters with Intl.Segmenter. The browser loads the
 * segmentation rules the first time one is made, which takes tens of milliseconds on a slow
 * phone: making one now does that while Pagefind's files download, not after.
 */
function warmUpSegmenter(lang: string): void {
	try {
		for (const part of new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment('ab')) void part;
	} catch {
		// An engine without Intl.Segmenter: Pagefind goes without it as well.
	}
}

/**
 * The index summary the build wrote beside Pagefind's files. Fetched with revalidation, as
 * Pagefind fetches its entry file: a new build may have changed it.
 */
async function fetchIndexSummary(bundle: string): Promise<IndexSummary | undefined> {
	try {
		const response = await fetch(`${bundle}${INDEX_SUMMARY_FILE}`, { cache: 'no-cache' });
		return response.ok ? asIndexSummary(await response.json()) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Loads the search bundle of the page's language (once per page): the build writes one per
 * locale, which pages name in <html lang>, so shoppers search their own language.
 */
export function loadPagefind(base: string): Promise<LoadedPagefind> {
	loading ??= (async () => {
		const root = base.endsWith('/') ? base : `${base}/`;
		const lang = document.documentElement.lang;
		const bundle = `${root}${searchBundlePath(lang)}`;
		const prepared = readPreparedSearch(document);
		const summary = prepared ?? fetchIndexSummary(bundle);
		const imported = import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindApi>;
		warmUpSegmenter(lang);
		const api = await imported;
		// Result URLs come back site-relative; baseUrl puts them under the base path. No web worker:
		// starting one costs another script download and round trip before the first results, more
		// than the few milliseconds each search takes on the page's own thread. The cache tag makes
		// Pagefind ask for the entry file at the address the page preloaded.
		await api.options({ ...PAGEFIND_OPTIONS, baseUrl: root, noWorker: true, ...(prepared ? { metaCacheTag: prepared.cacheTag } : {}) });
		await api.init();
		return { api, categories: prepared ? new CategoryIndex(prepared.categories) : undefined, summary: await summary };
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
 * Results the results page shows at first, and adds with each "show more". Each one costs a
 * download before the page can show it; shoppers seldom read past the first few.
 */
export const RESULTS_PAGE_SIZE = 10;

let latest: { key: string; ranked: Promise<PagefindResult[]> } | undefined;

/**
 * Runs a query: Pagefind's own search for all the words, widened by one search per
 * word when that finds too little, then loads the data (title, excerpt) of only the
 * hits shown, in the chosen category if any. Categories are counted and filtered on
 * the results page, where the build listed them. The ranking of the latest query is
 * kept, so showing more of its results, or another category, searches nothing again.
 * A caller that no longer needs the answer (the shopper typed on) aborts `signal`:
 * Pagefind work not yet started for it is skipped, and the promise rejects.
 */
export async function runSearch(base: string, query: string, options: { category?: string; limit: number; signal?: AbortSignal }): Promise<SearchOutcome> {
	const trimmed = query.trim();
	if (!trimmed) return { query: trimmed, total: 0, hits: [], categories: {} };
	const { categories } = await loadPagefind(base);
	let ranked: PagefindResult[];
	try {
		ranked = await ranking(base, trimmed, options.signal);
	} catch (error) {
		// Another caller's search for the same words was called off; this one still wants them.
		if (options.signal?.aborted || !(error instanceof DOMException && error.name === 'AbortError')) throw error;
		ranked = await ranking(base, trimmed, options.signal);
	}
	options.signal?.throwIfAborted();
	// Categories come from the build's list of pages by id: counting them loads no result's data.
	const inCategory = categories && options.category ? ranked.filter((result) => categories.categoryOf(result.id) === options.category) : ranked;
	const hits = await Promise.all(inCategory.slice(0, options.limit).map(async (result) => toSearchHit(await result.data())));
	return { query: trimmed, total: ranked.length, hits, categories: categories?.count(ranked.map((result) => result.id)) ?? {} };
}

/** The latest query's ranking, or a new one; a failed or called-off ranking is not kept. */
function ranking(base: string, query: string, signal: AbortSignal | undefined): Promise<PagefindResult[]> {
	const key = JSON.stringify([base, query]);
	if (latest?.key === key) return latest.ranked;
	const ranked = rank(base, query, signal);
	latest = { key, ranked };
	ranked.catch(() => {
		if (latest?.ranked === ranked) latest = undefined;
	});
	return ranked;
}

/** Every page that matches the query, best first. */
async function rank(base: string, query: string, signal: AbortSignal | undefined): Promise<PagefindResult[]> {
	const { api, summary } = await loadPagefind(base);
	const search = (words: string) =>
		oneAtATime(() => {
			signal?.throwIfAborted();
			return api.search(words);
		});
	const plan = planQuery(query, document.documentElement.lang, new Set(summary?.commonWords));
	const whole = await search(plan.whole);
	const { terms } = plan;
	if (terms.length < 2 || (!plan.alwaysWiden && whole.unfilteredResultCount >= ENOUGH_WHOLE_QUERY_HITS)) return whole.results;
	const perTerm = await Promise.all(terms.map((term) => termSearch(term, search)));
	// Without the build's summary (it failed to download), every word weighs the same.
	return mergedResults(whole, terms, perTerm, summary?.pageCount ?? 0);
}

/**
 * Searches for one word of a widened query. A shopper typing "where is my parcel" widens
 * "where is my p", "where is my pa" ... in turn: the words already typed are searched once,
 * the answers kept for the page's life (Pagefind's results are the same every time).
 */
const termSearches = new Map<string, Promise<PagefindSearch>>();
const MAX_KEPT_TERMS = 100;

function termSearch(term: string, search: (words: string) => Promise<PagefindSearch>): Promise<PagefindSearch> {
	const kept = termSearches.get(term);
	if (kept) return kept;
	const searching = search(term);
	if (termSearches.size >= MAX_KEPT_TERMS) termSearches.clear();
	termSearches.set(term, searching);
	searching.catch(() => termSearches.delete(term));
	return searching;
}

/** The union of the whole query's search and one search per word, ranked by mergeTermResults. */
function mergedResults(whole: PagefindSearch, terms: readonly string[], perTerm: readonly PagefindSearch[], pageCount: number): PagefindResult[] {
	const results = new Map<string, PagefindResult>();
	for (const search of [whole, ...perTerm]) for (const result of search.results) if (!results.has(result.id)) results.set(result.id, result);
	const ranked = mergeTermResults(
		whole.results.map(({ id, score }) => ({ id, score })),
		perTerm.map((search, i) => ({ term: terms[i] ?? '', hits: search.results.map(({ id, score }) => ({ id, score })) })),
		pageCount,
	);
	return ranked.map((id) => results.get(id)).filter((result): result is PagefindResult => result !== undefined);
}
