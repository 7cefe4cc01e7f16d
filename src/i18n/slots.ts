import type { UiKey } from './engine-strings.js';
import type { Translate } from './translator.js';

const MARKER = '\u{E000}';

/**
 * Splits a translated sentence around one placeholder so markup can stand in
 * its place, wherever each language puts it: "Updated {{date}}" and
 * "עודכן ב-{{date}}" both become [before, after] around a <time> element.
 */
export function translateAround(t: Translate, key: UiKey, placeholder: string, options: Record<string, unknown> = {}): [string, string] {
	const text = t(key, { ...options, [placeholder]: MARKER });
	const index = text.indexOf(MARKER);
	if (index === -1) return [text, ''];
	return [text.slice(0, index), text.slice(index + MARKER.length)];
}
