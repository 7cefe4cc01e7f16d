/**
 * Addresses in what writers wrote (Markdown links and images, href and src
 * attributes) that would run code or smuggle a document into the page
 * instead of leading somewhere.
 */

/**
 * javascript: and vbscript: run code when followed. data: can hold a whole
 * HTML page or an SVG with scripts; images belong next to the text as files,
 * which the build optimizes, so data: is refused everywhere, images included.
 */
const UNSAFE_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'vbscript', 'data']);

/** The attributes whose value a browser follows or loads as an address. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
	'href',
	'src',
	'srcset',
	'action',
	'formaction',
	'poster',
	'data',
	'cite',
	'background',
	'xlink:href',
]);

/**
 * The unsafe scheme an address starts with ("javascript"), or undefined.
 * Reads the address the way a browser's URL parser does: tabs and line
 * breaks anywhere are dropped, and spaces and control characters around it
 * are ignored, so " JaVa\tScRiPt:" is still javascript:.
 */
export function unsafeUrlScheme(url: string): string | undefined {
	const normalized = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
	const scheme = /^([a-z][a-z0-9+.-]*):/.exec(normalized)?.[1];
	return scheme && UNSAFE_SCHEMES.has(scheme) ? scheme : undefined;
}

/** The addresses in an attribute value: one, or for srcset each candidate's ("a.png 1x, b.png 2x"). */
export function addressesIn(attribute: string, value: string): string[] {
	if (attribute !== 'srcset') return [value];
	return value
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);
}

/** Words a writer can act on: what the address does, and what to write instead. */
export function unsafeUrlAdvice(scheme: string): string {
	if (scheme === 'data') {
		return 'data: addresses hold a whole file inside the text and are not allowed; put the image next to the article and link it, like ![What it shows](./photo.png)';
	}
	return `${scheme}: addresses run code when clicked, which the help center does not allow; link to a page instead, like [Track your order](/en/orders/track-your-order/)`;
}
