import i18next from 'i18next';
import type { UiKey } from './engine-strings.js';
import type { UiResources } from './ui-resources.js';

/** Values for a string's {{placeholders}}; `count` also picks the plural form. */
export type TranslateValues = Record<string, unknown>;

/** A UI string in one locale, its placeholders filled in. A key the engine does not have is a type error. */
export type Translate = (key: UiKey, values?: TranslateValues) => string;

/** Namespace used for keys without a "namespace:" prefix (locales/<locale>/common.json). */
export const DEFAULT_NAMESPACE = 'common';

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
			// A string without values is the same on every page: looked up in i18next once. Every
			// page asks for dozens of them (labels, headings), which took about a second of a
			// 3,000-page build.
			const plain = new Map<string, string>();
			t = (key, values) => {
				if (values) return fixed(key, values);
				let text = plain.get(key);
				if (text === undefined) {
					text = fixed(key, {});
					plain.set(key, text);
				}
				return text;
			};
			cache.set(locale, t);
		}
		return t;
	};
}
