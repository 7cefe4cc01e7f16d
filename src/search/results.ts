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
		excerpt: honestExcerpt(sanitizeExcerpt(data.excerpt), data.meta.searchWords, data.meta.description),
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

/**
 * An excerpt without the article's hidden search words. Those words (the
 * keywords, with their deliberate misspellings, and the accent-free copies
 * of the text) sit last in the indexed text so they match, but a shopper
 * should only ever see the article's own sentences. Pagefind picks its
 * window around the matches, so the window may end in those words, or lie
 * in them entirely; then the article's description stands in.
 */
export function honestExcerpt(excerpt: string, searchWords: string | undefined, description: string | undefined): string {
	if (!searchWords) return excerpt;
	const hidden = words(searchWords);
	const shown = excerpt.split(/\s+/).filter(Boolean);
	const plain = shown.map((word) => normalize(word.replace(/<\/?mark>/g, '')));
	// The longest run at the end of the excerpt that starts the hidden words.
	let cut = shown.length;
	for (let start = 0; start < shown.length; start += 1) {
		const tail = plain.slice(start).filter(Boolean);
		if (tail.length > 0 && tail.every((word, i) => hidden[i] === word)) {
			cut = start;
			break;
		}
	}
	const own = shown.slice(0, cut);
	// A window inside the hidden words, or one whose match was only there, shows the description.
	const inside = cut === shown.length && containsRun(hidden, plain.filter(Boolean));
	if (inside || !own.some((word) => word.includes('<mark>'))) return description ? sanitizeExcerpt(description) : own.join(' ').replace(/<\/?mark>/g, '');
	return own.join(' ').replace(/[,;:]$/, '');
}

function normalize(word: string): string {
	return word
		.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, ' ')
		.replace(/[\p{P}\p{S}]/gu, '')
		.toLocaleLowerCase();
}

function words(text: string): string[] {
	return text.split(/\s+/).map(normalize).filter(Boolean);
}

/** Whether `run` appears in `list` as consecutive items. */
function containsRun(list: readonly string[], run: readonly string[]): boolean {
	if (run.length === 0) return false;
	for (let i = 0; i + run.length <= list.length; i += 1) if (run.every((word, j) => list[i + j] === word)) return true;
	return false;
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
