/**
 * What the build tells a results page about its language's search index, once Pagefind
 * has written it (see src/integration/search-page-files.ts). The page carries it as JSON
 * in a data block in its head; the search client reads it there.
 */
export interface PreparedSearch {
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
		return typeof parsed.cacheTag === 'string' && parsed.categories ? (parsed as PreparedSearch) : undefined;
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

	/** Pages in the language's index. */
	get pageCount(): number {
		return this.#categoryOf.size;
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
