import { withoutCommonWords } from './common-words.js';
import { queryTerms } from './merge.js';
import { syllablePairs, usesSyllablePairs } from './search-terms.js';

/** The Pagefind searches a query takes. */
export interface QueryPlan {
	/** The words to search all together: Pagefind's own search, which finds pages with every word. */
	whole: string;
	/** The words to search one by one when the whole finds too little; Vietnamese always does. */
	terms: string[];
	/** Rank by the words one by one even when the whole query finds enough. */
	alwaysWiden: boolean;
}

/**
 * Plans the searches for a query in a language: common words are left out (see
 * common-words.ts), so their index chunks are not downloaded. Vietnamese also looks for
 * neighbouring syllables as indexed pairs (see search-terms.ts); most pages have most common
 * syllables, so there the whole query's hits say little and the pairs always rank them.
 */
export function planQuery(query: string, lang: string, commonWords: ReadonlySet<string>): QueryPlan {
	const asked = queryTerms(query);
	const terms = withoutCommonWords(asked, commonWords);
	const whole = terms.length === asked.length ? query.trim() : terms.join(' ');
	const alwaysWiden = usesSyllablePairs(lang);
	if (alwaysWiden) terms.push(...syllablePairs(query).filter((pair) => !commonWords.has(pair)));
	return { whole, terms, alwaysWiden };
}
