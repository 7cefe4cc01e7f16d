import { escapeHtml } from '../utils/escape-html.js';

/**
 * Ways through a long text: its table of contents, from the headings Astro rendered, and a
 * link beside each section heading that a shopper or an agent can copy to point at that
 * section. Plain functions over rendered headings and HTML, for the article page and tests.
 */

export interface RenderedHeading {
	depth: number;
	slug: string;
	text: string;
}

export interface TocEntry {
	slug: string;
	text: string;
	/** The `###` sections inside a `##` one. */
	children: { slug: string; text: string }[];
}

/** A table of contents is worth its room from three sections on. */
export const TOC_MIN_SECTIONS = 3;

/** The `##` sections with their `###` ones, or nothing when the text has fewer than three. */
export function tableOfContents(headings: readonly RenderedHeading[], minSections = TOC_MIN_SECTIONS): TocEntry[] {
	const entries: TocEntry[] = [];
	for (const heading of headings) {
		if (heading.depth === 2) entries.push({ slug: heading.slug, text: heading.text, children: [] });
		else if (heading.depth === 3) entries.at(-1)?.children.push({ slug: heading.slug, text: heading.text });
	}
	return entries.length >= minSections ? entries : [];
}

/** The markup of a section heading's link: after the heading, not inside it, so the heading reads as its own text. */
export function sectionLinkHtml(slug: string, label: string): string {
	return `<a class="hc-anchor" href="#${escapeHtml(slug)}" aria-label="${escapeHtml(label)}" data-pagefind-ignore>#</a>`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };

/** The text of some rendered HTML: tags dropped, the common entities read. */
export function textOfHtml(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.trim();
}

/**
 * Rendered Markdown with a link beside each `##` and `###` heading (MDX texts get the same from
 * the SectionHeading component). The Markdown renderer writes headings as <hN id="…">.
 */
export function addSectionLinks(html: string, label: (section: string) => string): string {
	return html.replace(
		/<h([23]) id="([^"]+)">([\s\S]*?)<\/h\1>/g,
		(heading: string, _depth: string, slug: string, inner: string) => `<div class="hc-heading">${heading}${sectionLinkHtml(textOfHtml(slug), label(textOfHtml(inner)))}</div>`,
	);
}
