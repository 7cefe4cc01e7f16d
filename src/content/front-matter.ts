import { parseYaml, type YamlResult } from '../utils/parse-yaml.js';

export type FrontMatterResult =
	| {
			ok: true;
			data: unknown;
			body: string;
			/** The line of the file the body starts on, so problems found in the body can name the line in the file. */
			bodyLine: number;
	  }
	| {
			ok: false;
			/** Every problem, each phrased to follow the file's name. */
			messages: string[];
			/** The same, in one sentence, for callers that report one line per file. */
			message: string;
	  };

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The raw front matter block of a file, unparsed, and everything after it: for tools that edit
 * front matter line by line (keywords, translations) and must leave the rest byte for byte.
 */
export function splitFrontMatter(source: string): { yaml: string; block: string; rest: string } | undefined {
	const match = FENCE.exec(source);
	return match ? { yaml: match[1] ?? '', block: match[0], rest: source.slice(match[0].length) } : undefined;
}

/** Front matter holds a few fields; anything this large is a mistake (a pasted document, a missing closing "---"). */
export const FRONT_MATTER_LIMIT = 64 * 1024;

/** The YAML between the "---" lines as data, or what is wrong with it in sentences for the writer. */
export type FrontMatterParser = (yaml: string) => YamlResult;

/** Parses front matter YAML within its limits; a line number in a message is the line in the file. */
export const parseFrontMatterYaml: FrontMatterParser = (yaml) =>
	parseYaml(yaml, {
		maxBytes: FRONT_MATTER_LIMIT,
		sizeAdvice: 'keep only the fields (title, description, updated ...) between the "---" lines and put the text below them',
		// The YAML starts on line 2, after the opening "---".
		lineOffset: 1,
	});

/**
 * Splits a Markdown/MDX file into its YAML front matter and body. Never throws for bad input.
 * `parse` is where the YAML is read: the shop check passes one that remembers earlier builds'.
 */
export function readFrontMatter(source: string, parse: FrontMatterParser = parseFrontMatterYaml): FrontMatterResult {
	const split = splitFrontMatter(source);
	if (!split) {
		return failed(['must start with front matter: a line "---", the fields (title, description, updated ...), and another "---"']);
	}
	const parsed = parse(split.yaml);
	if (!parsed.ok) return failed(parsed.problems.map((problem) => `front matter ${problem}`));
	const bodyLine = 1 + countNewlines(split.block);
	return { ok: true, data: parsed.data ?? {}, body: split.rest, bodyLine };
}

function failed(messages: string[]): FrontMatterResult {
	return { ok: false, messages, message: messages.join('; ') };
}

function countNewlines(text: string): number {
	let count = 0;
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count += 1;
	return count;
}
