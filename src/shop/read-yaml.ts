import fs from 'node:fs';
import { parse, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { problemsFromZod, type ContentProblem } from '../content/problems.js';

/**
 * Reads a YAML file of the shop and validates it. Problems (missing file,
 * broken YAML with its line, fields that break the schema) are added to
 * `problems`, so one build reports every bad file at once.
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
	let data: unknown;
	try {
		data = parse(fs.readFileSync(file, 'utf8'));
	} catch (error) {
		if (!(error instanceof YAMLParseError)) throw error;
		const line = error.linePos?.[0].line;
		problems.push({ file: shown, message: `is not valid YAML${line ? ` on line ${line}` : ''}: ${error.message.split('\n')[0]}` });
		return undefined;
	}
	const parsed = schema.safeParse(data, { reportInput: true });
	if (!parsed.success) {
		problems.push(...problemsFromZod(shown, parsed.error));
		return undefined;
	}
	return parsed.data;
}
