/** A search hit as the search UI shows it, independent of Pagefind's shapes. */
export interface SearchHit {
	url: string;
	title: string;
	/** Category title in the page's language. */
	category: string;
	/** HTML excerpt from Pagefind: text escaped by Pagefind, matches wrapped in <mark>. */
	excerpt: string;
	/** Language of the text when it is not the page's (an untranslated article). */
	textLang?: string;
}

/** What Pagefind's result.data() resolves to (the parts used here). */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[]>;
}

export function toSearchHit(data: PagefindResultData): SearchHit {
	return {
		url: data.url,
		title: data.meta.title ?? data.url,
		category: data.meta.category ?? data.filters?.category?.[0] ?? '',
		excerpt: sanitizeExcerpt(data.excerpt),
		...(data.meta.textLang ? { textLang: data.meta.textLang } : {}),
	};
}

/**
 * Pagefind escapes page text in excerpts and adds only <mark>. Keep exactly
 * that: escape everything, then bring back bare <mark> and </mark>, so an
 * excerpt can never inject markup into the page.
 */
export function sanitizeExcerpt(excerpt: string): string {
	const escaped = excerpt
		.replace(/&(?!(?:amp|lt|gt|quot|#39|#x27);)/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
	return escaped.replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');
}

/** Payload of the search event and beacon: no personal data, no identifiers. */
export interface SearchReport {
	locale: string;
	query: string;
	resultCount: number;
}

/** Name of the DOM event fired on `document` after each settled search. */
export const SEARCH_EVENT = 'helpcenter:search';

/** "/en/contact/#contact-form" + "lost parcel" -> "/en/contact/?q=lost%20parcel#contact-form". */
export function withQuestion(url: string, question: string): string {
	const [path = '', fragment] = url.split('#', 2);
	return `${path}?q=${encodeURIComponent(question)}${fragment ? `#${fragment}` : ''}`;
}
