import { SEARCH_EVENT, type SearchReport } from './results.js';

/**
 * Tells the shop what shoppers search for: a DOM event on `document` for
 * scripts on the page, and, when site.yaml sets an analytics endpoint, a
 * beacon with locale, query and result count. No cookies, no identifiers.
 * Queries that look like an email address or a long number (an order or
 * phone number) are not sent.
 */
export function reportSearch(report: SearchReport, endpoint: string | undefined): void {
	document.dispatchEvent(new CustomEvent<SearchReport>(SEARCH_EVENT, { detail: report }));
	if (!endpoint || !isShareable(report.query)) return;
	const body = new Blob([JSON.stringify({ type: 'search', ...report })], { type: 'text/plain' });
	navigator.sendBeacon?.(endpoint, body);
}

/** False for queries that may carry personal data. */
export function isShareable(query: string): boolean {
	return !/\S+@\S+/.test(query) && !/\d[\d\s-]{6,}\d/.test(query);
}
