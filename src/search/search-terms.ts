/**
 * Extra words put in a page's search index so shoppers find it the way they
 * type. Pagefind has no stemmer for Hebrew, Czech, Polish or Vietnamese, and
 * matches a query as a word prefix, so:
 * - text is also indexed without diacritics ("vrátit" -> "vratit", "trả hàng" -> "tra hang"),
 *   as many shoppers type on phones without them;
 * - Hebrew words are also indexed without their one-letter prefixes
 *   ("למשלוח" -> "משלוח"), which are written joined to the word;
 * - Vietnamese words are made of syllables written apart ("hoàn tiền", refund),
 *   so pairs of neighbouring syllables are also indexed as one token
 *   ("hoàntiền"); the search box adds the same pairs to a query (see
 *   syllablePairs), which ranks pages with the phrase above pages that merely
 *   contain its common syllables.
 */
export function searchTerms(locale: string, texts: readonly string[]): string[] {
	const terms = new Set<string>();
	const language = locale.toLowerCase().split('-')[0];
	for (const text of texts) {
		const folded = foldDiacritics(text);
		if (folded !== text) terms.add(folded);
		if (usesSyllablePairs(locale)) {
			for (const pair of syllablePairs(text)) {
				terms.add(pair);
				terms.add(foldDiacritics(pair));
			}
		}
		if (language === 'he') {
			for (const word of text.split(/[\s,.;:!?()"'״׳-]+/)) {
				for (const variant of hebrewPrefixVariants(word)) terms.add(variant);
			}
		}
	}
	return [...terms];
}

/** Languages written in syllables separated by spaces, where a word is often two of them. */
export function usesSyllablePairs(locale: string): boolean {
	return locale.toLowerCase().split('-')[0] === 'vi';
}

/** "Chưa nhận được hàng" -> ["chưanhận", "nhậnđược", "đượchàng"]. */
export function syllablePairs(text: string): string[] {
	const syllables = text
		.toLocaleLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	return syllables.slice(1).map((syllable, i) => `${syllables[i]}${syllable}`);
}

/** Removes accents and tone marks: "Objednávka" -> "Objednavka", "đơn hàng" -> "don hang". */
export function foldDiacritics(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Mn}/gu, '')
		.replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
		.replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
		.normalize('NFC');
}

const HEBREW_LETTERS = /^[\u05D0-\u05EA]+$/;
const PREFIXES = 'והבלמשכ';

/**
 * The word without a joined prefix: "למשלוח" -> "משלוח", "ובמשלוח" -> "במשלוח",
 * "משלוח". One letter of ו ה ב ל מ ש כ, or two when the first is ו or ש
 * ("and", "that"), as long as three letters remain.
 */
export function hebrewPrefixVariants(word: string): string[] {
	if (!HEBREW_LETTERS.test(word)) return [];
	const variants: string[] = [];
	if (PREFIXES.includes(word[0] ?? '') && word.length - 1 >= 3) {
		variants.push(word.slice(1));
		if ('וש'.includes(word[0] ?? '') && PREFIXES.includes(word[1] ?? '') && word.length - 2 >= 3) variants.push(word.slice(2));
	}
	return variants;
}
