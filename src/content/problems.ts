import type { z } from 'zod';

/**
 * One thing wrong with the shop's content, phrased for the writer who must fix
 * it: which file, which field, what was expected.
 */
export interface ContentProblem {
	/** Path of the file, relative to the project root, e.g. `content/articles/en/orders/x.mdx`. */
	file: string;
	/** Dotted path of the field inside the file, or undefined for the file as a whole. */
	field?: string;
	message: string;
	/**
	 * Set when the problem is only that the text is in a language site.yaml
	 * does not list: the shop check reports these once per language, with the
	 * command that fixes them, instead of once per text.
	 */
	unlistedLocale?: string;
}

/** Thrown when the content contract is broken. Its message lists every problem at once. */
export class ContentError extends Error {
	readonly problems: ContentProblem[];

	constructor(problems: ContentProblem[]) {
		super(formatProblems(problems));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

export function formatProblem({ file, field, message }: ContentProblem): string {
	return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;
}

export function formatProblems(problems: ContentProblem[]): string {
	const files = new Set(problems.map((p) => p.file)).size;
	const heading =
		problems.length === 1
			? 'The help center content has a problem:'
			: `The help center content has ${problems.length} problems in ${files} file${files === 1 ? '' : 's'}:`;
	return [heading, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}

/** Turns zod issues into problems for one file. Expects `reportInput: true` parsing. */
export function problemsFromZod(file: string, error: z.ZodError, fieldPrefix = ''): ContentProblem[] {
	return error.issues.map((issue) => {
		const path = issue.path.map(String);
		const field = [fieldPrefix, ...path].filter(Boolean).join('.');
		return { file, field: field || undefined, message: describeIssue(issue) };
	});
}

function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') {
		return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
	}
	// Checks across fields (custom issues on an object) word their own message.
	const acrossFields = issue.code === 'custom' && typeof issue.input === 'object' && !(issue.input instanceof Date);
	const got = !acrossFields && 'input' in issue ? describeInput(issue.input) : '';
	return got ? `${issue.message} (found ${got})` : issue.message;
}

function describeInput(input: unknown): string {
	if (input === undefined) return '';
	if (typeof input === 'string') {
		const shown = input.length > 60 ? `${input.slice(0, 57)}...` : input;
		return JSON.stringify(shown);
	}
	if (input instanceof Date) return input.toISOString().slice(0, 10);
	if (Array.isArray(input)) return 'a list';
	if (input === null) return 'nothing';
	if (typeof input === 'object') return 'a group of fields';
	return String(input);
}
