import fs from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../content/problems.js';

/** A namespace's strings as i18next reads them: nested objects of strings. */
export interface StringTree {
	[key: string]: string | StringTree;
}
/** locale -> namespace (file name without .json) -> strings. */
export type UiResources = Record<string, Record<string, StringTree>>;

/** Reads locales/<locale>/*.json for every configured locale. */
export function readUiResources(
	dir: string,
	locales: readonly string[],
	display: (file: string) => string,
): { resources: UiResources; problems: ContentProblem[] } {
	const resources: UiResources = {};
	const problems: ContentProblem[] = [];
	for (const locale of locales) {
		const folder = path.join(dir, locale);
		if (!fs.existsSync(folder)) {
			problems.push({
				file: `${display(folder)}/`,
				message: `is missing: every locale in site.yaml needs its UI strings; copy another locale's folder and translate it`,
			});
			continue;
		}
		const namespaces: Record<string, StringTree> = (resources[locale] = {});
		for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
			const file = path.join(folder, name);
			try {
				const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
				const shapeProblem = checkTree(parsed);
				if (shapeProblem) {
					problems.push({ file: display(file), field: shapeProblem.field, message: shapeProblem.message });
					continue;
				}
				namespaces[name.slice(0, -'.json'.length)] = parsed as StringTree;
			} catch (error) {
				problems.push({ file: display(file), message: `is not valid JSON: ${(error as Error).message}` });
			}
		}
	}
	return { resources, problems };
}

function checkTree(value: unknown, prefix = ''): { field?: string; message: string } | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return { field: prefix || undefined, message: 'must be a group of keys with text values' };
	}
	for (const [key, child] of Object.entries(value)) {
		const field = prefix ? `${prefix}.${key}` : key;
		if (typeof child === 'string') continue;
		const problem = checkTree(child, field);
		if (problem) return problem;
	}
	return undefined;
}

/** Flattens nested strings to dotted keys: { a: { b: 'x' } } -> { 'a.b': 'x' }. */
export function flattenStrings(tree: StringTree, prefix = ''): Map<string, string> {
	const flat = new Map<string, string>();
	for (const [key, value] of Object.entries(tree)) {
		const dotted = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') flat.set(dotted, value);
		else for (const [k, v] of flattenStrings(value, dotted)) flat.set(k, v);
	}
	return flat;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Every locale must have the reference locale's keys, and every plural key in
 * all the plural forms its language uses (Intl.PluralRules: Russian, Polish
 * and Czech need one, few, many and other; Vietnamese only other).
 */
export function checkUiParity(
	resources: UiResources,
	referenceLocale: string,
	fileOf: (locale: string, namespace: string) => string,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const reference = resources[referenceLocale] ?? {};
	for (const [locale, namespaces] of Object.entries(resources)) {
		const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
		for (const [namespace, tree] of Object.entries(reference)) {
			const file = fileOf(locale, namespace);
			const own = namespaces[namespace];
			if (!own) {
				if (locale !== referenceLocale) problems.push({ file, message: `is missing; ${fileOf(referenceLocale, namespace)} has it` });
				continue;
			}
			const ownKeys = flattenStrings(own);
			const expected = new Set<string>();
			for (const key of flattenStrings(tree).keys()) {
				const plural = PLURAL_SUFFIX.exec(key);
				if (!plural) expected.add(key);
				else for (const category of categories) expected.add(key.replace(PLURAL_SUFFIX, `_${category}`));
			}
			for (const key of expected) {
				if (ownKeys.has(key)) continue;
				const plural = PLURAL_SUFFIX.exec(key);
				problems.push({
					file,
					field: key,
					message: plural
						? `is missing: ${locale} needs the plural form "${plural[1]}" (it uses ${categories.join(', ')})`
						: `is missing; ${fileOf(referenceLocale, namespace)} has it`,
				});
			}
			for (const key of ownKeys.keys()) {
				const base = key.replace(PLURAL_SUFFIX, '_other');
				if (!expected.has(key) && !expected.has(base)) {
					problems.push({ file, field: key, message: `is not used: ${fileOf(referenceLocale, namespace)} has no such key` });
				}
			}
		}
	}
	return problems;
}
