export type TextDirection = 'ltr' | 'rtl';

export interface LocaleInfo {
	code: string;
	/** The language's name in itself, e.g. "עברית". */
	label: string;
	dir: TextDirection;
}

/** A language's writing direction from Intl's locale data (also in the browser, for islands). */
export function textDirection(code: string): TextDirection {
	const intl = new Intl.Locale(code) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
	// getTextInfo() is the current name; older engines expose a textInfo getter.
	const textInfo = intl.getTextInfo?.() ?? intl.textInfo;
	return textInfo?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** Fills in what site.yaml may leave out (label, direction) from Intl's locale data. */
export function describeLocale(entry: { code: string; label?: string; dir?: TextDirection }): LocaleInfo {
	const dir = entry.dir ?? textDirection(entry.code);
	const name = new Intl.DisplayNames([entry.code], { type: 'language' }).of(entry.code) ?? entry.code;
	// Language names are lowercase in many languages ("русский"); a switcher lists them like titles.
	const label = entry.label ?? name.charAt(0).toLocaleUpperCase(entry.code) + name.slice(1);
	return { code: entry.code, label, dir };
}

/** What is wrong with a language code someone typed, as a sentence; undefined when it is a canonical BCP 47 code. */
export function languageCodeProblem(code: string): string | undefined {
	let canonical: string | undefined;
	try {
		canonical = Intl.getCanonicalLocales(code)[0];
	} catch {
		const guess = code.replace(/_/g, '-');
		if (guess !== code && languageCodeProblem(guess) === undefined) return `write "${guess}" instead of "${code}"`;
		return `"${code}" is not a language code; write codes such as fr, de, pt-BR`;
	}
	return canonical === code ? undefined : `write "${canonical}" instead of "${code}"`;
}
