import fs from 'node:fs/promises';
import path from 'node:path';
import { inBatches } from '../utils/in-batches.js';

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

export async function hoistIslandStyles(dir: string): Promise<void> {
	const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
	const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
	await inBatches(pages, 16, async (file) => {
		const html = await fs.readFile(file, 'utf8');
		const hoisted = hoistIslandStyle(html);
		if (hoisted !== html) await fs.writeFile(file, hoisted);
	});
}
