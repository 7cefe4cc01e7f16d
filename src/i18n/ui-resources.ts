import fs from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../content/problems.js';

/** A namespace's strings as i18next reads them: nested objects of strings. */
export interface StringTree {
	[key: string]: string | StringTree;
}
/** locale -> namespace (file name without .json) -> strings. */
export type UiResources = Record<string, Record<string, StringTree>>;

/**
 * Reads the shop's own UI strings, locales/<locale>/*.json, for every
 * configured locale. Both the folder and each locale's files are optional: the
 * engine has strings for its languages, and a shop writes only what it changes.
 */
export function readUiResources(
	dir: string,
	locales: readonly string[],
	display: (file: string) => string,
): { resources: UiResources; problems: ContentProblem[] } {
	const resources: UiResources = {};
	const problems: ContentProblem[] = [];
	for (const locale of locales) {
		const folder = path.join(dir, locale);
		if (!fs.existsSync(folder)) continue;
		const namespaces: Record<string, StringTree> = (resources[locale] = {});
		for (const name of fs
			.readdirSync(folder)
			.filter((n) => n.endsWith('.json'))
			.sort()) {
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
