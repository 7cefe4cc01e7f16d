/**
 * What the build learns about a language's search index once Pagefind has written it (see
 * src/integration/search-page-files.ts). Every page's search box fetches it beside Pagefind's
 * files, from its bundle folder (INDEX_SUMMARY_FILE); the results page carries it inline.
 */
export interface IndexSummary {
	/** Pages in the language's index, to weigh rare words when a query is widened word by word. */
	pageCount: number;
	/** Words on nearly every page, left out of queries that have other words (see common-words.ts). */
	commonWords: string[];
}

/** The summary's file in a language's search bundle. */
export const INDEX_SUMMARY_FILE = 'index-summary.json';

/** A summary as read from the bundle or a page; undefined when it is not one (an older build, a broken file). */
export function asIndexSummary(value: unknown): IndexSummary | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { pageCount, commonWords } = value as Partial<IndexSummary>;
	if (typeof pageCount !== 'number' || !Array.isArray(commonWords) || !commonWords.every((word) => typeof word === 'string')) return undefined;
	return { pageCount, commonWords };
}

/**
 * What the build tells a results page: its language's summary, and what it needs to start
 * Pagefind with the files it preloads and to count results per category. The page carries
 * it as JSON in a data block in its head; the search client reads it there.
 */
export interface PreparedSearch extends IndexSummary {
	/**
	 * Pagefind's `metaCacheTag`: the entry file is then fetched as
	 * pagefind-entry.json?ts=<tag>, the address the page preloads, and not with
	 * a new timestamp on every visit.
	 */
	cacheTag: string;
	/** Every indexed page of the language by Pagefind id, grouped by category title. */
	categories: Record<string, string[]>;
}

/** The attribute that marks the data block: <script type="application/json" data-prepared-search>. */
export const PREPARED_SEARCH_ATTRIBUTE = 'data-prepared-search';

/** The data block for the page's head; `<` is escaped so no text can close the element. */
export function preparedSearchElement(prepared: PreparedSearch): string {
	const json = JSON.stringify(prepared).replace(/</g, '\\u003c');
	return `<script type="application/json" ${PREPARED_SEARCH_ATTRIBUTE}>${json}</script>`;
}

/** The page's prepared search, or undefined where the build wrote none (other pages, `astro dev`). */
export function readPreparedSearch(doc: Document): PreparedSearch | undefined {
	const text = doc.querySelector(`script[${PREPARED_SEARCH_ATTRIBUTE}]`)?.textContent;
	if (!text) return undefined;
	try {
		const parsed = JSON.parse(text) as Partial<PreparedSearch>;
		const summary = asIndexSummary(parsed);
		return summary && typeof parsed.cacheTag === 'string' && parsed.categories
			? { ...summary, cacheTag: parsed.cacheTag, categories: parsed.categories }
			: undefined;
	} catch {
		return undefined;
	}
}

/** Looks up pages' categories and counts them, from a prepared search. */
export class CategoryIndex {
	readonly #categoryOf = new Map<string, string>();

	constructor(categories: Record<string, string[]>) {
		for (const [category, ids] of Object.entries(categories)) for (const id of ids) this.#categoryOf.set(id, category);
	}

	categoryOf(id: string): string | undefined {
		return this.#categoryOf.get(id);
	}

	/** How many of these pages are in each category. */
	count(ids: Iterable<string>): Record<string, number> {
		const counts: Record<string, number> = {};
		for (const id of ids) {
			const category = this.#categoryOf.get(id);
			if (category !== undefined) counts[category] = (counts[category] ?? 0) + 1;
		}
		return counts;
	}
}
