import { satteriHeadingIdsPlugin, type SatteriAstroData } from '@astrojs/markdown-satteri';
import { markdownToHtml, mdxToJs } from 'satteri';
import { isPlainMarkdown } from './plain-markdown.js';
import { proseLines } from './prose-lines.js';

/**
 * Internal links in what writers wrote: every "/<locale>/..." link and
 * "#fragment" must lead somewhere, or the build stops naming the file, the
 * line and the target.
 */

export interface FoundLink {
	line: number;
	target: string;
}

const MARKDOWN_LINK = /\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HREF = /\bhref\s*=\s*["']([^"']+)["']/g;

/** Links in a Markdown or MDX body, with their line numbers (counted in the whole file). */
export function findLinks(body: string, firstLine = 1): FoundLink[] {
	const links: FoundLink[] = [];
	for (const { text, index } of proseLines(body)) {
		// Code spans show link syntax as an example; they are not links.
		const line = text.replace(/`[^`]*`/g, '');
		for (const pattern of [MARKDOWN_LINK, HREF]) {
			for (const match of line.matchAll(pattern)) if (match[1]) links.push({ line: firstLine + index, target: match[1] });
		}
	}
	return links;
}


/**
 * The ids Astro gives the headings of a Markdown or MDX body, from Astro's own heading-ids step
 * run by its own Markdown processor (Sätteri): Markdown as the content store renders it, MDX as
 * the MDX integration compiles it, so a link checks against the ids the page will have. Plus
 * explicit id="..." attributes, which any element may carry.
 */
export function headingIds(body: string): Set<string> {
	// Astro's heading-ids step writes `astro.headings` into the compile's data, beside the rest of Astro's page data.
	const astro: SatteriAstroData = { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() };
	const data = { astro };
	const options = { hastPlugins: [satteriHeadingIdsPlugin()], data };
	try {
		// The same split as the content loader: plain Markdown is rendered as Markdown, the rest as MDX.
		if (isPlainMarkdown(body)) markdownToHtml(body, { ...options, features: { gfm: true, smartPunctuation: true } });
		else mdxToJs(body, options);
	} catch {
		// A body MDX cannot read is reported by the shop check's MDX step, with its line.
	}
	const ids = new Set(astro.headings.map((heading) => heading.slug));
	for (const { text: line } of proseLines(body)) {
		for (const match of line.matchAll(/\bid\s*=\s*["']([^"']+)["']/g)) if (match[1]) ids.add(match[1]);
	}
	return ids;
}

/**
 * What a site path leads to, as far as the link checker needs to know: a page, with its anchors
 * computed only when a link asks for one (rendering every text's headings would slow every build).
 */
export type LinkTarget = { kind: 'page'; anchors?: () => Set<string> } | { kind: 'missing'; hint?: string };

export interface LinkProblem {
	line: number;
	message: string;
}

/**
 * Checks the links of one file. `resolve` answers for a site path such as
 * "/en/orders/track-your-order/"; `ownAnchors` are the file's own heading ids,
 * for "#fragment" links within the page.
 */
export function checkLinks(links: readonly FoundLink[], resolve: (path: string) => LinkTarget, ownAnchors: () => Set<string>): LinkProblem[] {
	const problems: LinkProblem[] = [];
	for (const { line, target } of links) {
		if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
		const [path = '', fragment] = target.split('#', 2);
		if (path === '') {
			if (fragment && fragment !== 'top' && !ownAnchors().has(fragment)) {
				problems.push({ line, message: `links to "#${fragment}", but this page has no heading with that id${suggest(ownAnchors())}` });
			}
			continue;
		}
		if (!path.startsWith('/')) {
			problems.push({ line, message: `links to "${target}": write links to other help pages from the site root, like /en/orders/track-your-order/` });
			continue;
		}
		const found = resolve(path.split('?')[0] ?? path);
		if (found.kind === 'missing') {
			problems.push({ line, message: `links to "${target}", which is not a page of this help center${found.hint ? `; ${found.hint}` : ''}` });
			continue;
		}
		if (fragment && fragment !== 'top' && found.anchors && !found.anchors().has(fragment)) {
			problems.push({ line, message: `links to "${target}", but that page has no heading with the id "${fragment}"${suggest(found.anchors())}` });
		}
	}
	return problems;
}

function suggest(anchors: Set<string>): string {
	return anchors.size ? ` (its headings: ${[...anchors].map((a) => `#${a}`).join(', ')})` : '';
}
