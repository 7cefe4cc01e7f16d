const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;

/**
 * Astro writes the style its islands need right before the first island it
 * renders. Sibling parts of a page render in parallel, so that can be an
 * island deep inside the article, where HTML does not allow a <style>.
 * This moves it into <head>, where it always belongs (its content, and so
 * its Content-Security-Policy hash, stay the same).
 */
export function hoistIslandStyle(html: string): string {
	const match = ISLAND_STYLE.exec(html);
	const headEnd = html.indexOf('</head>');
	if (!match || headEnd === -1 || match.index < headEnd) return html;
	const without = html.slice(0, match.index) + html.slice(match.index + match[0].length);
	return without.slice(0, headEnd) + match[0] + without.slice(headEnd);
}
