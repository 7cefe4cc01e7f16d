import GithubSlugger from 'github-slugger';

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
const FENCE = /^\s*(```|~~~)/;

/** Links in a Markdown or MDX body, with their line numbers (counted in the whole file). */
export function findLinks(body: string, firstLine = 1): FoundLink[] {
	const links: FoundLink[] = [];
	let inFence = false;
	body.split('\n').forEach((text, index) => {
		if (FENCE.test(text)) {
			inFence = !inFence;
			return;
		}
		if (inFence) return;
		// Code spans show link syntax as an example; they are not links.
		const line = text.replace(/`[^`]*`/g, '');
		for (const pattern of [MARKDOWN_LINK, HREF]) {
			for (const match of line.matchAll(pattern)) if (match[1]) links.push({ line: firstLine + index, target: match[1] });
		}
	});
	return links;
}

/** The ids Astro gives the headings of a Markdown or MDX body (the same slugs, in order), plus explicit id="..." attributes. */
export function headingIds(body: string): Set<string> {
	const slugger = new GithubSlugger();
	const ids = new Set<string>();
	let inFence = false;
	for (const line of body.split('\n')) {
		if (FENCE.test(line)) inFence = !inFence;
		if (inFence) continue;
		const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
		if (heading?.[1]) ids.add(slugger.slug(plainText(heading[1])));
		for (const match of line.matchAll(/\bid\s*=\s*["']([^"']+)["']/g)) if (match[1]) ids.add(match[1]);
	}
	return ids;
}

/** Heading text as it reads once rendered: without emphasis, code marks or link syntax. */
function plainText(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/(\*\*|__|\*|_|`)/g, '');
}

/** What a site path leads to, as far as the link checker needs to know. */
export type LinkTarget = { kind: 'page'; anchors?: Set<string> } | { kind: 'missing'; hint?: string };

export interface LinkProblem {
	line: number;
	message: string;
}

/**
 * Checks the links of one file. `resolve` answers for a site path such as
 * "/en/orders/track-your-order/"; `ownAnchors` are the file's own heading ids,
 * for "#fragment" links within the page.
 */
export function checkLinks(links: readonly FoundLink[], resolve: (path: string) => LinkTarget, ownAnchors: Set<string>): LinkProblem[] {
	const problems: LinkProblem[] = [];
	for (const { line, target } of links) {
		if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
		const [path = '', fragment] = target.split('#', 2);
		if (path === '') {
			if (fragment && fragment !== 'top' && !ownAnchors.has(fragment)) {
				problems.push({ line, message: `links to "#${fragment}", but this page has no heading with that id${suggest(ownAnchors)}` });
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
		if (fragment && fragment !== 'top' && found.anchors && !found.anchors.has(fragment)) {
			problems.push({ line, message: `links to "${target}", but that page has no heading with the id "${fragment}"${suggest(found.anchors)}` });
		}
	}
	return problems;
}

function suggest(anchors: Set<string>): string {
	return anchors.size ? ` (its headings: ${[...anchors].map((a) => `#${a}`).join(', ')})` : '';
}
