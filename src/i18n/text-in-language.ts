import type { TextDirection } from './locales.js';

/**
 * A piece of text with the language it is actually written in: a missing
 * translation falls back to the default language's text, and a page that
 * shows it must mark it, or a right-to-left page moves its punctuation
 * ("?How do I get an invoice") and screen readers read it with the wrong voice.
 */
export interface TextInLanguage {
	text: string;
	lang: string;
}

/** The text for `locale`, or the default locale's when the writer gave none, with the language it is in. */
export function pickText(text: Readonly<Record<string, string>>, locale: string, defaultLocale: string): TextInLanguage {
	if (text[locale] !== undefined) return { text: text[locale], lang: locale };
	return { text: text[defaultLocale] ?? '', lang: defaultLocale };
}

/** The `lang` and `dir` attributes for text in `textLang` inside a page (or element) in `aroundLang`: none when they are the same. */
export function languageAttributes(textLang: string, aroundLang: string, directionOf: (code: string) => TextDirection): { lang?: string; dir?: TextDirection } {
	return textLang === aroundLang ? {} : { lang: textLang, dir: directionOf(textLang) };
}
