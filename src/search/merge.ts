/** A hit of one Pagefind search: its page id and Pagefind's relevance score. */
export interface ScoredId {
	id: string;
	score: number;
}

export interface TermResults {
	term: string;
	hits: readonly ScoredId[];
}

/**
 * Pagefind matches a query only when every word is on the page, so a
 * natural question ("tent arrived broken") finds nothing when one word is
 * missing. This ranks the union of one search per word instead: each word
 * counts by how rare it is (a word on every page, like "my", barely counts)
 * times how well the page matches it, and pages that contain every word
 * (Pagefind's own result for the whole query) get a bonus.
 */
export function mergeTermResults(all: readonly ScoredId[], perTerm: readonly TermResults[], pageCount: number): string[] {
	const combined = new Map<string, number>();
	let rarest = 0;
	for (const { hits } of perTerm) {
		if (hits.length === 0) continue;
		const rarity = Math.log(1 + Math.max(pageCount, hits.length) / hits.length);
		rarest = Math.max(rarest, rarity);
		const best = Math.max(...hits.map((h) => h.score)) || 1;
		for (const hit of hits) combined.set(hit.id, (combined.get(hit.id) ?? 0) + rarity * (hit.score / best));
	}
	// Having every word counts as much as the rarest word: a strong hint, not a trump card,
	// since in some languages (Vietnamese syllables) every page has most common words.
	for (const { id } of all) combined.set(id, (combined.get(id) ?? 0) + rarest);
	return [...combined.entries()].sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a.localeCompare(b)).map(([id]) => id);
}

/** The distinct words of a query, as Pagefind would split them. */
export function queryTerms(query: string): string[] {
	return [
		...new Set(
			query
				.toLocaleLowerCase()
				.split(/[\s,.;:!?()"'„“”«»]+/u)
				.filter((word) => word.length > 0),
		),
	];
}
