import i18next from 'i18next';
import type { UiKey } from './engine-strings.js';
import type { UiResources } from './ui-resources.js';

/** Values for a string's {{placeholders}}; `count` also picks the plural form. */
export type TranslateValues = Record<string, unknown>;

/** A UI string in one locale, its placeholders filled in. A key the engine does not have is a type error. */
export type Translate = (key: UiKey, values?: TranslateValues) => string;

/** Namespace used for keys without a "namespace:" prefix (locales/<locale>/common.json). */
export const DEFAULT_NAMESPACE = 'common';

/** Strings remembered per locale: more than a site's labels and headings, bounded on huge sites. */
const MAX_REMEMBERED = 20_000;

/** The key and its values as one text, or undefined when a value is not a plain string, number or boolean. */
function lookupId(key: string, values: TranslateValues | undefined): string | undefined {
	if (!values) return key;
	let id = key;
	for (const name in values) {
		const value = values[name];
		if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
		// A separator no UI string or value holds: "a" + "b:c" and "a:b" + "c" stay apart.
		id += `\u0000${name}\u0000${typeof value}\u0000${String(value)}`;
	}
	return id;
}

/**
 * One i18next instance for the whole build; pages ask for a translator bound to
 * their locale. Plural forms follow Intl.PluralRules: `t('articleCount', { count })`.
 */
export function createTranslator(resources: UiResources, defaultLocale: string): (locale: string) => Translate {
	const instance = i18next.createInstance();
	const namespaces = [...new Set(Object.values(resources).flatMap((ns) => Object.keys(ns)))];
	void instance.init({
		resources,
		lng: defaultLocale,
		fallbackLng: defaultLocale,
		ns: namespaces.length ? namespaces : [DEFAULT_NAMESPACE],
		defaultNS: DEFAULT_NAMESPACE,
		initAsync: false,
		// Astro escapes everything it renders; escaping here would double-escape.
		interpolation: { escapeValue: false },
		returnNull: false,
	});
	const cache = new Map<string, Translate>();
	return (locale) => {
		let t = cache.get(locale);
		if (!t) {
			const fixed = instance.getFixedT(locale);
			// A string is the same on every page that asks with the same values: looked up in i18next
			// once. Every page asks for dozens (labels, headings, "All in {{category}}"), which took
			// over a second of a 3,000-page build.
			const known = new Map<string, string>();
			t = (key, values) => {
				const id = lookupId(key, values);
				if (id === undefined) return fixed(key, values ?? {});
				let text = known.get(id);
				if (text === undefined) {
					text = fixed(key, values ?? {});
					if (known.size < MAX_REMEMBERED) known.set(id, text);
				}
				return text;
			};
			cache.set(locale, t);
		}
		return t;
	};
}
