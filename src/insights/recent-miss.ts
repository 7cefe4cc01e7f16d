/**
 * The search that found nothing, remembered in this tab for a few minutes: when the shopper
 * then opens an article from another search, that article is probably what the missed query
 * meant, and the report proposes it as the fix. Kept in sessionStorage (this tab only, gone
 * when it closes), never sent on its own.
 */

const KEY = 'hc-recent-miss';
/** A later click counts as the answer to a miss only this soon after it. */
export const MISS_MEMORY_MS = 10 * 60 * 1000;

interface Miss {
	locale: string;
	query: string;
	at: number;
}

function storage(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		// Storage can be switched off; the click is then sent without it.
		return undefined;
	}
}

export function rememberMiss(locale: string, query: string, now = Date.now()): void {
	storage()?.setItem(KEY, JSON.stringify({ locale, query, at: now } satisfies Miss));
}

/** The recent miss in this language that a click answers, used up by the asking. */
export function takeRecentMiss(locale: string, query: string, now = Date.now()): string | undefined {
	const store = storage();
	const text = store?.getItem(KEY);
	if (!store || !text) return undefined;
	store.removeItem(KEY);
	try {
		const miss = JSON.parse(text) as Partial<Miss>;
		const fresh = typeof miss.at === 'number' && now - miss.at >= 0 && now - miss.at <= MISS_MEMORY_MS;
		return fresh && miss.locale === locale && typeof miss.query === 'string' && miss.query !== query ? miss.query : undefined;
	} catch {
		return undefined;
	}
}
