import { useEffect, useState } from 'react';
import { runSearch } from '../../search/pagefind-client.js';
import type { SearchHit } from '../../search/results.js';

/** How long typing must pause before the help center is searched. */
const PAUSE_MS = 500;

/** Articles that may answer the question, while the shopper is still writing it. */
export function useSuggestions(base: string, enabled: boolean, message: string): SearchHit[] {
	const [suggestions, setSuggestions] = useState<SearchHit[]>([]);
	useEffect(() => {
		if (!enabled) return;
		const words = message.trim().split(/\s+/u).filter(Boolean);
		if (words.length < 3) {
			setSuggestions([]);
			return;
		}
		let current = true;
		const stale = new AbortController();
		const timer = setTimeout(() => {
			runSearch(base, words.slice(0, 12).join(' '), { limit: 3, signal: stale.signal })
				.then((outcome) => current && setSuggestions(outcome.hits))
				.catch(() => current && setSuggestions([]));
		}, PAUSE_MS);
		return () => {
			current = false;
			clearTimeout(timer);
			stale.abort();
		};
	}, [base, enabled, message]);
	return suggestions;
}
