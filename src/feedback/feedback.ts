import type { FeedbackReason } from '../insights/limits.js';
import { scrubComment } from '../insights/privacy.js';
import { sendInsight } from '../insights/send.js';

/**
 * "Was this article helpful?": what a vote is, how it is remembered (one per
 * article per browser) and how it reaches the shop (a DOM event and, when
 * site.yaml sets an insights target, a `vote` insight event without personal data).
 */

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

export function reportFeedback(report: FeedbackReport): void {
	const clean: FeedbackReport = { ...report, ...(report.comment !== undefined ? { comment: scrubComment(report.comment) } : {}) };
	if (clean.comment === '') delete clean.comment;
	document.dispatchEvent(new CustomEvent<FeedbackReport>(FEEDBACK_EVENT, { detail: clean }));
	sendInsight({ type: 'vote', ...clean }, { now: true });
}
