import type { ContentProblem } from '../content/problems.js';
import type { PluralForms } from './plural-forms.js';
import { ENGINE_LANGUAGES, engineLanguageFor, ENGINE_STRINGS, REFERENCE_LANGUAGE, REFERENCE_STRINGS, type UiKey } from './engine-strings.js';
import { DEFAULT_NAMESPACE } from './translator.js';
import { flattenStrings, type StringTree, type UiResources } from './ui-resources.js';
import { memoized } from '../utils/memoized.js';

/**
 * The UI strings of each of the shop's languages: the engine's, with the
 * shop's own (locales/<code>/common.json) laid over them key by key. Checked
 * against the reference language: every key present in the plural forms the
 * language uses, no key the engine does not know, and every {{placeholder}}
 * the same as the reference's, since the engine fills them in by name.
 */
export interface UiStringsInput {
	locales: readonly string[];
	/** What the shop wrote, per locale and namespace (file name). */
	overrides: UiResources;
	/** The shop's file for a locale's strings, as shown to writers. */
	fileOf: (locale: string, namespace: string) => string;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const REFERENCE = flattenStrings(REFERENCE_STRINGS);
/** Plural keys by their base: 'category.articleCount' -> the reference's 'category.articleCount_other'. */
const PLURAL_BASES = new Set([...REFERENCE.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')));

export function resolveUiStrings({ locales, overrides, fileOf }: UiStringsInput): { resources: UiResources; problems: ContentProblem[] } {
	const resources: UiResources = {};
	const problems: ContentProblem[] = [];
	for (const locale of locales) {
		const file = fileOf(locale, DEFAULT_NAMESPACE);
		const language = engineLanguageFor(locale);
		const own = overrides[locale] ?? {};
		for (const namespace of Object.keys(own)) {
			if (namespace !== DEFAULT_NAMESPACE) {
				problems.push({ file: fileOf(locale, namespace), message: `is not read: the UI strings a shop changes go in ${file}` });
			}
		}
		const shopStrings = flattenStrings(own[DEFAULT_NAMESPACE] ?? {});
		const expected = expectedKeys(locale);
		for (const [key, text] of shopStrings) {
			const problem = checkShopString(locale, key, text, expected);
			if (problem) problems.push({ file, field: key, message: problem });
		}
		const merged = mergeTrees(language ? ENGINE_STRINGS[language] : {}, own[DEFAULT_NAMESPACE] ?? {});
		const present = flattenStrings(merged);
		const missing = [...expected.keys()].filter((key) => !present.has(key));
		if (missing.length > 0) problems.push({ file, message: missingMessage(locale, language, missing, shopStrings.size) });
		resources[locale] = { [DEFAULT_NAMESPACE]: merged };
	}
	return { resources, problems };
}

const EMPTY_TREE: StringTree = {};
const pluralCategories = memoized((locale: string) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories);

/** Each locale's strings flattened once: pages ask for plural forms on every page of a build. */
const flattened = new WeakMap<StringTree, Map<string, string>>();

function flatStrings(tree: StringTree): Map<string, string> {
	let flat = flattened.get(tree);
	if (!flat) {
		flat = flattenStrings(tree);
		flattened.set(tree, flat);
	}
	return flat;
}

/** A plural UI string's templates by plural category in a locale, for code that formats counts itself (islands, policy facts). */
export function pluralFormsOf(resources: UiResources, locale: string, key: UiKey): PluralForms {
	const strings = flatStrings(resources[locale]?.[DEFAULT_NAMESPACE] ?? EMPTY_TREE);
	const forms: PluralForms = {};
	for (const category of pluralCategories(locale)) {
		const template = strings.get(`${key}_${category}`);
		if (template !== undefined) forms[category] = template;
	}
	return forms;
}

/** The keys a language needs, each with the reference string whose placeholders it must keep. */
export function expectedKeys(locale: string): Map<string, string> {
	const categories = pluralCategories(locale);
	const expected = new Map<string, string>();
	for (const [key, text] of REFERENCE) {
		if (!PLURAL_SUFFIX.test(key)) expected.set(key, text);
		else if (key.endsWith('_other')) for (const category of categories) expected.set(key.replace(PLURAL_SUFFIX, `_${category}`), text);
	}
	return expected;
}

function checkShopString(locale: string, key: string, text: string, expected: ReadonlyMap<string, string>): string | undefined {
	const reference = expected.get(key);
	if (reference === undefined) {
		const base = key.replace(PLURAL_SUFFIX, '');
		if (PLURAL_SUFFIX.test(key) && PLURAL_BASES.has(base)) {
			const categories = pluralCategories(locale);
			return `is a plural form ${locale} does not use; it uses ${categories.map((c) => `${base}_${c}`).join(', ')}`;
		}
		if (PLURAL_BASES.has(key)) return `counts something, so it needs its plural forms instead: ${key}_other and the others ${locale} uses`;
		return `is not a UI string of the engine; check the spelling (src/i18n/translations/${REFERENCE_LANGUAGE}.json lists every key)`;
	}
	return placeholderProblem(locale, key, text, reference);
}

/** The names in {{name}} and {{name, format}}. */
export function placeholderNames(text: string): Set<string> {
	return new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? ''));
}

/**
 * A string must use the reference's placeholders and no others: an unknown
 * one would show "{{datum}}" to shoppers, a lost one loses the value. A plural
 * form that stands for one number only (English "one", Arabic "two") may leave
 * out {{count}}: "a day". Russian "one" is also 21 and 31, so it may not.
 */
export function placeholderProblem(locale: string, key: string, text: string, reference: string): string | undefined {
	const want = placeholderNames(reference);
	const got = placeholderNames(text);
	const category = PLURAL_SUFFIX.exec(key)?.[1] as Intl.LDMLPluralRule | undefined;
	const optional = new Set(category && isOneNumber(locale, category) ? ['count'] : []);
	const unknown = [...got].filter((name) => !want.has(name));
	const lost = [...want].filter((name) => !got.has(name) && !optional.has(name));
	if (unknown.length === 0 && lost.length === 0) return undefined;
	const list = (names: string[]) => names.map((n) => `{{${n}}}`).join(', ');
	const has = want.size > 0 ? `the engine fills in ${list([...want])}` : 'the engine fills in no placeholders here';
	const parts = [unknown.length > 0 ? `uses ${list(unknown)}, which the engine does not fill in` : '', lost.length > 0 ? `lacks ${list(lost)}` : ''].filter(
		Boolean,
	);
	return `${parts.join(' and ')}; ${has}, by these names (see src/i18n/translations/${REFERENCE_LANGUAGE}.json)`;
}

/** Whether a plural category holds a single whole number in a language (checked up to 1000, past every rule's period). */
function isOneNumber(locale: string, category: Intl.LDMLPluralRule): boolean {
	const rules = new Intl.PluralRules(locale);
	let numbers = 0;
	for (let n = 0; n <= 1000 && numbers < 2; n += 1) if (rules.select(n) === category) numbers += 1;
	return numbers === 1;
}

function missingMessage(locale: string, language: string | undefined, missing: string[], written: number): string {
	if (!language && written === 0) {
		return (
			`is needed: the engine has no UI strings for "${locale}", so all ${missing.length} must be written here, translated from ` +
			`src/i18n/translations/${REFERENCE_LANGUAGE}.json (keys ${missing.slice(0, 3).join(', ')} ...). The engine speaks ${ENGINE_LANGUAGES.join(', ')}`
		);
	}
	const where = language ? `the engine's ${language} strings lack them` : `the engine has no UI strings for "${locale}"`;
	return `lacks ${missing.length} UI string${missing.length === 1 ? '' : 's'} (${where}): ${missing.join(', ')}`;
}

/** `over` laid over `base`, key by key, at every depth. */
function mergeTrees(base: StringTree, over: StringTree): StringTree {
	const merged: StringTree = { ...base };
	for (const [key, value] of Object.entries(over)) {
		const below = merged[key];
		merged[key] = typeof value === 'object' && typeof below === 'object' ? mergeTrees(below, value) : value;
	}
	return merged;
}
