import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { ENGINE_LANGUAGES, engineLanguageFor } from '../i18n/engine-strings.js';
import { languageCodeProblem } from '../i18n/locales.js';
import { displayPath, type ShopPaths } from './paths.js';

/**
 * Adds a language to a shop or removes one, in every file that names it:
 * site.yaml (the list, contact topics), categories, policy facts, channels,
 * and the folders of texts and UI strings. YAML files are edited in place,
 * so comments and layout stay as the shop wrote them.
 */

export interface LocaleChange {
	/** Files changed or removed, as shown to the operator. */
	changed: string[];
	removed: string[];
}

/** A change to a YAML file's text: the range [start, end) is replaced. */
interface TextEdit {
	start: number;
	end: number;
	text: string;
}

/**
 * Edits a YAML file of the shop as text, at the places the parsed document
 * points to, so everything else (comments, spacing, quoting) stays byte for
 * byte as the shop wrote it and the diff shows only the language's lines.
 */
function editYaml(file: string, findEdits: (doc: Document.Parsed, source: string) => TextEdit[]): boolean {
	if (!fs.existsSync(file)) return false;
	const source = fs.readFileSync(file, 'utf8');
	const doc = parseDocument(source);
	if (doc.errors.length > 0) throw new Error(`${file} is not valid YAML; fix it first (npm run check names the line)`);
	const edits = findEdits(doc, source).sort((a, b) => b.start - a.start);
	if (edits.length === 0) return false;
	let text = source;
	for (const edit of edits) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
	fs.writeFileSync(file, text);
	return true;
}

/** Removes whole lines from the one `start` is on to the one `end` is on. */
function removeLines(source: string, start: number, end: number): TextEdit {
	const lineStart = source.lastIndexOf('\n', start - 1) + 1;
	const newline = source.indexOf('\n', Math.max(end - 1, start));
	return { start: lineStart, end: newline === -1 ? source.length : newline + 1, text: '' };
}

/** Removes one item of a flow list ("[en, ru, cs]") with the comma that goes with it. */
function removeFlowItem(source: string, start: number, end: number): TextEdit {
	const after = /^\s*,\s*/.exec(source.slice(end));
	if (after) return { start, end: end + after[0].length, text: '' };
	const before = /,\s*$/.exec(source.slice(0, start));
	return { start: before ? start - before[0].length : start, end, text: '' };
}

type Ranged = { range?: [number, number, number] | null };
const rangeOf = (node: unknown): [number, number] | undefined => {
	const range = (node as Ranged | null)?.range;
	return range ? [range[0], range[1]] : undefined;
};

/** The edit that removes an item of a list, block or flow. */
function removeItem(source: string, list: YAMLSeq, item: unknown): TextEdit | undefined {
	const range = rangeOf(item);
	if (!range) return undefined;
	return list.flow ? removeFlowItem(source, range[0], range[1]) : removeLines(source, range[0], range[1]);
}

/** The edit that removes a key and its value from a map, block or flow. */
function removePair(source: string, map: YAMLMap, pair: Pair): TextEdit | undefined {
	const start = rangeOf(pair.key)?.[0];
	const end = rangeOf(pair.value)?.[1] ?? rangeOf(pair.key)?.[1];
	if (start === undefined || end === undefined) return undefined;
	return map.flow ? removeFlowItem(source, start, end) : removeLines(source, start, end);
}

function listedCodes(doc: Document.Parsed): string[] {
	const list = doc.get('locales');
	if (!isSeq(list)) return [];
	return list.items.map((item) => (isScalar(item) ? String(item.value) : isMap(item) ? String(item.get('code')) : ''));
}

export function addLocale(paths: ShopPaths, code: string): LocaleChange {
	const problem = languageCodeProblem(code);
	if (problem) throw new Error(`${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`);
	const ownStrings = path.join(paths.locales, code, 'common.json');
	if (!engineLanguageFor(code) && !fs.existsSync(ownStrings)) {
		throw new Error(
			`The engine has no UI strings for "${code}" (it speaks ${ENGINE_LANGUAGES.join(', ')}). Translate src/i18n/translations/en.json into ${displayPath(paths, ownStrings)} first, then run this again.`,
		);
	}
	const site = path.join(paths.content, 'site.yaml');
	editYaml(site, (doc, source) => {
		if (listedCodes(doc).includes(code)) throw new Error(`"${code}" is already a language of the shop.`);
		const list = doc.get('locales');
		const last = isSeq(list) ? list.items.at(-1) : undefined;
		const range = rangeOf(last);
		if (!isSeq(list) || !range) throw new Error('content/site.yaml has no list of locales');
		if (list.flow) return [{ start: range[1], end: range[1], text: `, ${code}` }];
		// A new line like the last one: "  - code: fr" or "  - fr", at the same indentation.
		const lineStart = source.lastIndexOf('\n', range[0] - 1) + 1;
		const prefix = source.slice(lineStart, range[0]);
		const lineEnd = source.indexOf('\n', range[1] - 1);
		const at = lineEnd === -1 ? source.length : lineEnd + 1;
		return [{ start: at, end: at, text: `${lineEnd === -1 ? '\n' : ''}${prefix}${isMap(last) ? `code: ${code}` : code}\n` }];
	});
	return { changed: [displayPath(paths, site)], removed: [] };
}

export function removeLocale(paths: ShopPaths, code: string): LocaleChange {
	const site = path.join(paths.content, 'site.yaml');
	const siteDoc = parseDocument(fs.readFileSync(site, 'utf8'));
	if (!listedCodes(siteDoc).includes(code) && !fs.existsSync(path.join(paths.content, 'articles', code))) {
		throw new Error(`"${code}" is not a language of the shop (${listedCodes(siteDoc).join(', ')}).`);
	}
	if (String(siteDoc.get('defaultLocale')) === code) {
		throw new Error(
			`"${code}" is the default language, which every other falls back to. Make another language the default first (defaultLocale in content/site.yaml, with its texts), then remove "${code}".`,
		);
	}
	const changed: string[] = [];
	const note = (file: string, edited: boolean) => edited && changed.push(displayPath(paths, file));

	note(
		site,
		editYaml(site, (doc, source) => {
			const list = doc.get('locales');
			const index = listedCodes(doc).indexOf(code);
			const item = isSeq(list) && index !== -1 ? removeItem(source, list, list.items[index]) : undefined;
			return [...(item ? [item] : []), ...localizedTextEdits(doc, source, code)];
		}),
	);
	for (const file of ['categories.yaml', 'markets.yaml', 'policies/returns.yaml', 'policies/shipping.yaml', 'policies/payments.yaml']) {
		const absolute = path.join(paths.content, file);
		note(
			absolute,
			editYaml(absolute, (doc, source) => localizedTextEdits(doc, source, code)),
		);
	}
	const channels = path.join(paths.content, 'contact/channels.yaml');
	note(
		channels,
		editYaml(channels, (doc, source) => {
			const edits = localizedTextEdits(doc, source, code);
			const order = doc.get('order');
			const orderPair = isMap(order) ? order.items.find((pair) => isScalar(pair.key) && pair.key.value === code) : undefined;
			const orderEdit = isMap(order) && orderPair ? removePair(source, order, orderPair) : undefined;
			if (orderEdit) edits.push(orderEdit);
			return edits;
		}),
	);

	const removed: string[] = [];
	for (const folder of [
		path.join(paths.content, 'articles', code),
		path.join(paths.content, 'policies', code),
		path.join(paths.content, 'announcements', code),
		path.join(paths.content, 'search-queries', `${code}.yaml`),
		path.join(paths.locales, code),
	]) {
		if (!fs.existsSync(folder)) continue;
		fs.rmSync(folder, { recursive: true, force: true });
		removed.push(displayPath(paths, folder));
	}
	return { changed, removed };
}

/**
 * Edits that delete the language's entry from every text given per language:
 * a map with the code as a key whose value is text, next to other entries
 * that are text too ({ en: Orders, pl: Zamówienia }).
 */
function localizedTextEdits(doc: Document.Parsed, source: string, code: string): TextEdit[] {
	const edits: TextEdit[] = [];
	visit(doc, {
		Map(_key, map) {
			const isText = map.items.length > 1 && map.items.every((pair) => isScalar(pair.key) && isScalar(pair.value) && typeof pair.value.value === 'string');
			const pair = isText ? map.items.find((p) => isScalar(p.key) && p.key.value === code) : undefined;
			const edit = pair && removePair(source, map, pair);
			if (edit) edits.push(edit);
		},
	});
	return edits;
}
