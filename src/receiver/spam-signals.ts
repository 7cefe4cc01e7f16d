import type { FormToken } from './form-token.js';

/**
 * Why a message looks like a bot's. A signal never throws a message away: the
 * receiver stores it with the signals and the inbox shows it apart, because a
 * person who reloads a restored draft and presses Send at once, or whose
 * password manager fills a hidden field, must still be heard.
 */
export type SpamSignal =
	/** The hidden field people never see was filled. */
	| 'honeypot'
	/** Sent sooner after the page was served than a person can write a message. */
	| 'tooFast'
	/** The page token was not one this receiver issued. */
	| 'forgedToken';

export interface SpamInput {
	honeypot: string | undefined;
	/** The token the contact page carried; empty when the page did not come from this receiver. */
	token: string | undefined;
	formToken: FormToken;
	now: number;
	minimumFillTime: number;
}

export function spamSignals({ honeypot, token, formToken, now, minimumFillTime }: SpamInput): SpamSignal[] {
	const signals: SpamSignal[] = [];
	if (honeypot !== undefined && honeypot.trim() !== '') signals.push('honeypot');
	// A page served by another server (a static preview) carries no token: nothing to judge by.
	if (token) {
		const age = formToken.age(token, now);
		if (age === undefined) signals.push('forgedToken');
		else if (age < minimumFillTime) signals.push('tooFast');
	}
	return signals;
}
