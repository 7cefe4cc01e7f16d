import fs from 'node:fs';
import type { z } from 'zod';
import { problemsFromZod, type ContentProblem } from '../content/problems.js';
import { parseYaml, tooLarge } from '../utils/parse-yaml.js';

/** The shop's largest YAML (markets, shipping zones) is a few dozen kB; a larger file is pasted data or a generated mistake. */
export const YAML_FILE_LIMIT = 1024 * 1024;

const SIZE_ADVICE = 'look for pasted data or repeated blocks, or split the facts into smaller files';

/**
 * Reads a YAML file of the shop and validates it. Problems (missing file,
 * broken YAML with its line, duplicate keys, a file too large, fields that
 * break the schema) are added to `problems`, so one build reports every bad
 * file at once.
 */
export function readYaml<Schema extends z.ZodType>(
	file: string,
	schema: Schema,
	display: (file: string) => string,
	problems: ContentProblem[],
	{ optional = false }: { optional?: boolean } = {},
): z.output<Schema> | undefined {
	const shown = display(file);
	if (!fs.existsSync(file)) {
		if (optional) return undefined;
		problems.push({ file: shown, message: 'is missing; see README.md for what it holds' });
		return undefined;
	}
	const stats = fs.statSync(file);
	if (!stats.isFile()) {
		problems.push({ file: shown, message: 'is a folder, but must be a YAML file; see README.md for what it holds' });
		return undefined;
	}
	// Checked before reading, so a huge file is never loaded into memory.
	if (stats.size > YAML_FILE_LIMIT) {
		problems.push({ file: shown, message: tooLarge(stats.size, YAML_FILE_LIMIT, SIZE_ADVICE) });
		return undefined;
	}
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (error) {
		problems.push({ file: shown, message: `could not be read: ${error instanceof Error ? error.message : String(error)}` });
		return undefined;
	}
	const parsed = parseYaml(text, { maxBytes: YAML_FILE_LIMIT, sizeAdvice: SIZE_ADVICE });
	if (!parsed.ok) {
		problems.push(...parsed.problems.map((message) => ({ file: shown, message })));
		return undefined;
	}
	const checked = schema.safeParse(parsed.data, { reportInput: true });
	if (!checked.success) {
		problems.push(...problemsFromZod(shown, checked.error));
		return undefined;
	}
	return checked.data;
}
