import { parse, YAMLParseError } from 'yaml';

export type FrontMatterResult =
	| { ok: true; data: unknown; body: string }
	| { ok: false; message: string };

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown/MDX file into its YAML front matter and body. */
export function readFrontMatter(source: string): FrontMatterResult {
	const match = FENCE.exec(source);
	if (!match) {
		return { ok: false, message: 'must start with front matter: a line "---", the fields (title, description, updated ...), and another "---"' };
	}
	try {
		const data = parse(match[1] ?? '') ?? {};
		return { ok: true, data, body: source.slice(match[0].length) };
	} catch (error) {
		if (error instanceof YAMLParseError) {
			// The YAML line is counted from the front matter; +1 for the opening fence.
			const line = error.linePos?.[0].line;
			const where = line ? ` on line ${line + 1}` : '';
			return { ok: false, message: `front matter is not valid YAML${where}: ${error.message.split('\n')[0]}` };
		}
		throw error;
	}
}
