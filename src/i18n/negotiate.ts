/** Old codes browsers may still report, mapped to the current ones. */
const LEGACY: Record<string, string> = { iw: 'he', in: 'id', ji: 'yi' };

/**
 * Picks the help center locale for a browser's preferred languages
 * (navigator.languages): an exact match first, then the same language in
 * another region ("pl-PL" -> "pl", "pt" -> "pt-BR"), else the default.
 */
export function negotiateLocale(preferred: readonly string[], available: readonly string[], fallback: string): string {
	const normalized = available.map((code) => code.toLowerCase());
	const language = (tag: string) => {
		const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
		return LEGACY[primary] ?? primary;
	};
	for (const wanted of preferred) {
		const exact = normalized.indexOf(wanted.toLowerCase());
		if (exact !== -1) return available[exact] as string;
		const sameLanguage = normalized.findIndex((code) => language(code) === language(wanted));
		if (sameLanguage !== -1) return available[sameLanguage] as string;
	}
	return fallback;
}
