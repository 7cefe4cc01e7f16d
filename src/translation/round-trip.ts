import { stringify } from 'yaml';
import { readFrontMatter, splitFrontMatter } from '../content/front-matter.js';
import { joinBody, segmentBody } from './segments.js';
import { readXliff, writeXliff, type UnitToWrite } from './xliff.js';

/**
 * A text's way to a translator and back: its XLIFF (front matter fields to translate, then the
 * body's segments) and, from the translated XLIFF, the MDX of the translation, with the
 * original's components, facts, links and structure as they are.
 */

/** Front matter fields that belong to the original alone, never copied into a translation. */
const ORIGINAL_ONLY = /^(updated|redirectFrom|owner|reviewBy|draft|needsTranslation)\s*:/;
const TRANSLATED_FIELDS = ['title', 'description', 'keywords'] as const;

/** The original's front matter lines, without the fields that are the original's own (and their block lists). */
export function sharedFrontMatterLines(frontMatter: string): string[] {
	const lines: string[] = [];
	let skipping = false;
	for (const line of frontMatter.split(/\r?\n/)) {
		if (skipping && /^\s+\S/.test(line)) continue;
		skipping = ORIGINAL_ONLY.test(line);
		if (!skipping) lines.push(line);
	}
	return lines;
}

interface Parsed {
	frontMatter: string;
	data: Record<string, unknown>;
	body: string;
}

function parse(source: string, file: string): Parsed {
	const read = readFrontMatter(source);
	const front = splitFrontMatter(source);
	if (!read.ok || !front) throw new Error(`${file}: ${read.ok ? 'has no front matter' : read.message}`);
	return { frontMatter: front.yaml, data: read.data as Record<string, unknown>, body: read.body };
}

function fieldText(data: Record<string, unknown>, field: (typeof TRANSLATED_FIELDS)[number]): string | undefined {
	const value = data[field];
	if (Array.isArray(value)) return value.length > 0 ? value.map(String).join(', ') : undefined;
	return typeof value === 'string' && value.trim() ? value : undefined;
}

/** The units of a text: its translatable front matter fields and its body's segments. */
function unitsOf(parsed: Parsed): { id: string; text: string }[] {
	const fields = TRANSLATED_FIELDS.flatMap((field) => {
		const text = fieldText(parsed.data, field);
		return text === undefined ? [] : [{ id: field, text }];
	});
	return [...fields, ...segmentBody(parsed.body).segments.map((text, i) => ({ id: `b${i + 1}`, text }))];
}

export interface ExportInput {
	key: string;
	/** The original's file, relative to the project, and its text now. */
	originalFile: string;
	original: string;
	/** For an outdated translation: the original's text when the translation last changed, and the translation. */
	previousOriginal?: string | undefined;
	translation?: string | undefined;
	srcLang: string;
	trgLang: string;
}

export function exportXliff(input: ExportInput): string {
	const now = unitsOf(parse(input.original, input.originalFile));
	// Where the previous original and the translation have the same shape, each translated unit
	// is known: a unit whose source did not change starts from it, one that changed shows what it was.
	const before = input.previousOriginal ? unitsOf(parse(input.previousOriginal, input.originalFile)) : undefined;
	const translated = input.translation ? unitsOf(parse(input.translation, input.originalFile)) : undefined;
	const aligned = before && translated && before.map((u) => u.id).join() === translated.map((u) => u.id).join();
	const translationOf = new Map(aligned ? before.map((unit, i) => [unit.text, translated[i]!.text]) : []);
	const previousById = new Map(before?.map((unit) => [unit.id, unit.text]) ?? []);
	const units: UnitToWrite[] = now.map(({ id, text }) => {
		const kept = translationOf.get(text);
		if (kept !== undefined) return { id, source: text, target: kept };
		const previous = before ? (previousById.get(id) ?? '') : undefined;
		return { id, source: text, ...(previous !== undefined && previous !== text ? { previous } : {}) };
	});
	return writeXliff({ key: input.key, original: input.originalFile, srcLang: input.srcLang, trgLang: input.trgLang, units });
}

export interface ImportResult {
	/** Where the translation goes, relative to the project. */
	file: string;
	text: string;
}

/** The translated MDX from a translated XLIFF; throws with every problem, unit by unit. */
export function importXliff(xliff: string, readOriginal: (file: string) => string | undefined): ImportResult {
	const read = readXliff(xliff);
	const source = readOriginal(read.original);
	if (source === undefined) throw new Error(`its original ${read.original} does not exist any more`);
	const parsed = parse(source, read.original);
	const units = unitsOf(parsed);
	const problems = [...read.problems];
	const ids = new Set(units.map((u) => u.id));
	const exported = new Set(read.unitIds);
	if ([...ids].some((id) => !exported.has(id)) || [...exported].some((id) => !ids.has(id))) {
		problems.unshift(
			`${read.original} changed since this file was exported: export it again (npm run translate -- export ${read.trgLang}) and carry the translation over`,
		);
	}
	if (problems.length > 0) throw new Error(problems.join('\n'));

	const target = (id: string) => read.targets.get(id)!;
	const { skeleton, segments } = segmentBody(parsed.body);
	const body = joinBody(
		skeleton,
		segments.map((_, i) => target(`b${i + 1}`)),
	);
	const yamlValue = (value: unknown) => stringify(value, { flowCollectionPadding: false, lineWidth: 0 }).trimEnd();
	const translatedField = (line: string) => TRANSLATED_FIELDS.find((field) => new RegExp(`^${field}\\s*:`).test(line));
	const lines: string[] = [];
	let skipping = false;
	for (const line of sharedFrontMatterLines(parsed.frontMatter)) {
		if (skipping && /^\s+\S/.test(line)) continue;
		const field = translatedField(line);
		skipping = field !== undefined;
		if (!field) lines.push(line);
		else if (field === 'keywords') {
			const keywords = read.targets.has('keywords')
				? target('keywords')
						.split(/\s*,\s*/)
						.filter(Boolean)
				: [];
			lines.push(`keywords: [${keywords.map((k) => yamlValue(k)).join(', ')}]`);
		} else lines.push(`${field}: ${yamlValue(target(field))}`);
	}
	const file = read.original.replace(new RegExp(`/(articles|policies)/${read.srcLang}/`), `/$1/${read.trgLang}/`);
	if (file === read.original) throw new Error(`${read.original} is not a text of the ${read.srcLang} articles or policies`);
	return { file, text: `---\n${lines.join('\n')}\n---\n${body}` };
}
