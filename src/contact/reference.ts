/**
 * What the confirmation page shows as a message's reference: the local
 * receiver's "7F3K-9Q2M", a help desk's ticket number. Anything else in the
 * address (?ref=) is not shown, so a link cannot make the page say what the
 * shop never said. The page's script and the local server use this one rule.
 */
export const SHOWN_REFERENCE = /^[A-Za-z0-9_-]{1,64}$/;

export function isShownReference(text: string | null | undefined): text is string {
	return typeof text === 'string' && SHOWN_REFERENCE.test(text);
}
