import { cleanQuery, isShareable } from '../insights/privacy.js';
import { rememberMiss, takeRecentMiss } from '../insights/recent-miss.js';
import { sendInsight } from '../insights/send.js';
import { SEARCH_EVENT, type SearchReport } from './results.js';

/**
 * Tells the shop what shoppers search for and open: a DOM event on `document` for scripts on
 * the page, and, when site.yaml sets an insights target, a `search` or `resultClick` insight
 * event. Queries that look like an email address or a long number (an order or phone number)
 * are not sent.
 */
export function reportSearch(report: SearchReport): void {
	document.dispatchEvent(new CustomEvent<SearchReport>(SEARCH_EVENT, { detail: report }));
	if (!isShareable(report.query)) return;
	const query = cleanQuery(report.query);
	if (report.resultCount === 0) rememberMiss(report.locale, query);
	sendInsight({ type: 'search', locale: report.locale, query, results: report.resultCount });
}

/** A result opened from a search: its place in the list (1 = first) and which article it is. */
export function reportResultClick(click: { locale: string; query: string; rank: number; url: string; base: string }): void {
	const article = articleOfUrl(click.url, click.base);
	if (!article || !isShareable(click.query)) return;
	const query = cleanQuery(click.query);
	const afterMiss = takeRecentMiss(click.locale, query);
	// The page is being left: send now, with the search before it.
	sendInsight({ type: 'resultClick', locale: click.locale, query, rank: click.rank, article, ...(afterMiss ? { afterMiss } : {}) }, { now: true });
}

/** "/help/en/returns/start-return/" -> "returns/start-return"; a policy page "/en/returns/" -> "returns". */
export function articleOfUrl(url: string, base: string): string | undefined {
	const path = new URL(url, 'https://help.invalid/').pathname;
	const prefix = base.replace(/\/?$/, '/');
	if (!path.startsWith(prefix)) return undefined;
	const [, ...rest] = path.slice(prefix.length).split('/').filter(Boolean);
	return rest.length === 1 || rest.length === 2 ? rest.map(decodeURIComponent).join('/') : undefined;
}
