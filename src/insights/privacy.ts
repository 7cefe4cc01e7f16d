import { COMMENT_MAX_LENGTH, QUERY_MAX_LENGTH } from './limits.js';

/**
 * What may leave the browser. Insight events carry what shoppers typed only where it helps
 * the shop (a search query, a comment on an article), and never what may identify a person.
 */

const EMAIL = /\S+@\S+/;
/** Orders, phones, cards: seven or more digits, maybe with spaces or dashes. */
const LONG_NUMBER = /\+?\d[\d\s-]{6,}\d/;

/** False for queries that may carry personal data: they are not sent at all. */
export function isShareable(query: string): boolean {
	return !EMAIL.test(query) && !LONG_NUMBER.test(query);
}

/** A query as it is sent: trimmed, inner spaces collapsed, capped. */
export function cleanQuery(query: string): string {
	return query.trim().replace(/\s+/g, ' ').slice(0, QUERY_MAX_LENGTH);
}

/**
 * A comment without what may identify a person: email addresses and long numbers are
 * replaced, and the length is capped; a comment is a hint for the writer, not a support request.
 */
export function scrubComment(comment: string): string {
	return comment.replace(new RegExp(EMAIL.source, 'g'), '[email]').replace(new RegExp(LONG_NUMBER.source, 'g'), '[number]').trim().slice(0, COMMENT_MAX_LENGTH);
}
