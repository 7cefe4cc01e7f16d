import { syllablePairs, usesSyllablePairs } from './search-terms.js';

/**
 * Words on nearly every page of a language ("the", "your", "và", "את") tell pages apart by
 * almost nothing, yet each costs a search a download: Pagefind keeps its index in chunks of
 * about 20 kB, and every word of a query needs the chunk that holds it. "How do I return
 * something" needs five chunks; without "how", "do" and "I" it needs two and ranks the same
 * pages first. The build counts, per language, the pages each word is on (commonWords); the
 * search leaves those words out of a query that has other words (withoutCommonWords).
 */

/** A word on at least this share of a language's pages is common. */
export const COMMON_WORD_SHARE = 0.8;

/**
 * Below this many pages, shares say little: in a help center of twelve articles, "refund"
 * may be on ten of them and still be the word that finds the right one.
 */
export const MIN_PAGES_FOR_COMMON_WORDS = 50;

/**
 * The words of a page's texts (title, body) as a query would have them: lowercased, split at
 * anything that is not a letter, digit or combining mark (the vowel signs of Indic scripts are
 * marks). Vietnamese also gets its pairs of neighbouring syllables, which the search adds to
 * queries, within a phrase: punctuation ends one ("… soon. Đơn hàng" has no pair "soonđơn").
 */
export function pageWords(texts: readonly string[], locale: string): Set<string> {
	const words = new Set<string>();
	const pairs = usesSyllablePairs(locale);
	for (const text of texts) {
		for (const word of text.toLocaleLowerCase().split(/[^\p{L}\p{N}\p{M}]+/u)) if (word) words.add(word);
		if (pairs) for (const phrase of text.split(/[^\p{L}\p{N}\p{M}\s]+/u)) for (const pair of syllablePairs(phrase)) words.add(pair);
	}
	return words;
}

/** Counts, page by page, how many pages each word is on. */
export class WordCounter {
	#pages = 0;
	readonly #pagesWith = new Map<string, number>();

	add(words: Iterable<string>): void {
		this.#pages++;
		// pageWords gives a Set already: no copy of it for every page.
		for (const word of words instanceof Set ? words : new Set(words)) this.#pagesWith.set(word, (this.#pagesWith.get(word) ?? 0) + 1);
	}

	/** The common words, sorted so that builds of the same pages write the same list. */
	commonWords(): string[] {
		if (this.#pages < MIN_PAGES_FOR_COMMON_WORDS) return [];
		const least = Math.ceil(this.#pages * COMMON_WORD_SHARE);
		return [...this.#pagesWith]
			.filter(([, pages]) => pages >= least)
			.map(([word]) => word)
			.sort();
	}
}

/**
 * The query's words without the common ones; all of them when every word is common, since
 * then the common words are what the shopper is looking for ("my order").
 */
export function withoutCommonWords(words: readonly string[], common: ReadonlySet<string>): string[] {
	const rare = words.filter((word) => !common.has(word));
	return rare.length > 0 ? rare : [...words];
}
