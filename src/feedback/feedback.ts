/**
 * "Was this article helpful?": what a vote is, how it is remembered (one per
 * article per browser) and how it reaches the shop (a DOM event and, when
 * site.yaml sets an analytics endpoint, a beacon without personal data).
 */

export const FEEDBACK_REASONS = ['unanswered', 'unclear', 'wrong', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

export interface FeedbackReport {
	locale: string;
	/** `<category>/<slug>` of the article. */
	article: string;
	helpful: boolean;
	reason?: FeedbackReason;
	comment?: string;
}

/** Name of the DOM event fired on `document` after each vote. */
export const FEEDBACK_EVENT = 'helpcenter:feedback';

/** The longest comment kept; a comment is a hint for the writer, not a support request. */
export const COMMENT_MAX_LENGTH = 500;

/**
 * A comment without what may identify a person: email addresses and long
 * numbers (orders, phones, cards) are replaced, and the length is capped.
 */
export function scrubComment(comment: string): string {
	return comment
		.replace(/\S+@\S+/g, '[email]')
		.replace(/\+?\d[\d\s-]{6,}\d/g, '[number]')
		.trim()
		.slice(0, COMMENT_MAX_LENGTH);
}

type VoteStorage = Pick<Storage, 'getItem' | 'setItem'>;

const voteKey = (locale: string, article: string) => `helpcenter:feedback:${locale}/${article}`;

/** The vote this browser already gave on an article, if any. */
export function previousVote(storage: VoteStorage, locale: string, article: string): boolean | undefined {
	try {
		const stored = storage.getItem(voteKey(locale, article));
		return stored === 'yes' ? true : stored === 'no' ? false : undefined;
	} catch {
		return undefined;
	}
}

export function rememberVote(storage: VoteStorage, locale: string, article: string, helpful: boolean): void {
	try {
		storage.setItem(voteKey(locale, article), helpful ? 'yes' : 'no');
	} catch {
		// Without storage the vote still counts; it is only not remembered.
	}
}

export function reportFeedback(report: FeedbackReport, endpoint: string | undefined): void {
	const clean: FeedbackReport = { ...report, ...(report.comment !== undefined ? { comment: scrubComment(report.comment) } : {}) };
	if (clean.comment === '') delete clean.comment;
	document.dispatchEvent(new CustomEvent<FeedbackReport>(FEEDBACK_EVENT, { detail: clean }));
	if (!endpoint) return;
	navigator.sendBeacon?.(endpoint, new Blob([JSON.stringify({ type: 'feedback', ...clean })], { type: 'text/plain' }));
}
