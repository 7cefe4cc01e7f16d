import { splitFrontMatter } from '../../content/front-matter.js';
import type { KeywordSuggestion } from './suggest-fixes.js';

/**
 * The report's keyword suggestions as a patch for review (`npm run report --
 * --suggest-keywords`): each article's front matter gets the missed query in its `keywords`
 * line, and the language's search-quality set (content/search-queries/<locale>.yaml) gets the
 * query with the article it should find, so it stays found. Nothing is written to the articles
 * or committed: a writer reads the patch and applies it with `git apply`.
 */

/** A YAML flow-list item: plain when that is safe, else double-quoted. */
function yamlItem(text: string): string {
	return /^[^\s,:[\]{}#&*!|>'"%@`?-][^,:[\]{}#]*$/.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}

/** The MDX source with `query` added to its front matter's keywords, written as the file writes them. */
export function addKeyword(source: string, query: string): string {
	const front = splitFrontMatter(source);
	if (!front) throw new Error('has no front matter to add keywords to');
	const lines = front.yaml.split('\n');
	const at = lines.findIndex((line) => /^keywords\s*:/.test(line));
	if (at === -1) {
		// After the description, where writers put keywords; else last.
		const description = lines.findIndex((line) => /^description\s*:/.test(line));
		lines.splice(description === -1 ? lines.length : description + 1, 0, `keywords: [${yamlItem(query)}]`);
	} else {
		const inline = /^(keywords\s*:\s*\[)(.*?)(\]\s*)$/.exec(lines[at]!);
		if (inline) {
			const items = inline[2]!.trim();
			lines[at] = `${inline[1]}${items ? `${items}, ` : ''}${yamlItem(query)}${inline[3]}`;
		} else {
			// A block list: the new item after the last "- " line below it.
			let last = at;
			while (/^\s+-\s/.test(lines[last + 1] ?? '')) last += 1;
			const indent = last > at ? /^(\s+)-/.exec(lines[last]!)![1]! : '  ';
			lines.splice(last + 1, 0, `${indent}- ${yamlItem(query)}`);
		}
	}
	return source.replace(front.yaml, lines.join('\n'));
}

/** The search-quality set with one more query, in the file's one-line style. */
export function addSearchQuery(yaml: string, query: string, article: string): string {
	const line = `- { q: ${yamlItem(query)}, expect: ${article}, kind: miss }\n`;
	return yaml === '' || yaml.endsWith('\n') ? `${yaml}${line}` : `${yaml}\n${line}`;
}

/**
 * A unified diff of one file that `git apply` takes: the changed lines between the longest
 * common beginning and end, with three lines of context.
 */
export function unifiedDiff(file: string, before: string, after: string): string {
	if (before === after) return '';
	// A last line without a newline differs from the same line with one: it is marked so, as git marks it.
	const NO_NEWLINE = '\u0000';
	const split = (text: string) => (text === '' ? [] : (text.endsWith('\n') ? text.slice(0, -1) : `${text}${NO_NEWLINE}`).split('\n'));
	const a = split(before);
	const b = split(after);
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
	let end = 0;
	while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
	const context = 3;
	const from = Math.max(0, start - context);
	const aTo = Math.min(a.length, a.length - end + context);
	const bTo = Math.min(b.length, b.length - end + context);
	const lines = [
		...a.slice(from, start).map((line) => ` ${line}`),
		...a.slice(start, a.length - end).map((line) => `-${line}`),
		...b.slice(start, b.length - end).map((line) => `+${line}`),
		...a.slice(a.length - end, aTo).map((line) => ` ${line}`),
	];
	const range = (first: number, count: number) => `${count === 0 ? first : first + 1},${count}`;
	const isNew = before === '';
	return [
		`diff --git a/${file} b/${file}`,
		...(isNew ? ['new file mode 100644', '--- /dev/null'] : [`--- a/${file}`]),
		`+++ b/${file}`,
		`@@ -${range(from, aTo - from)} +${range(from, bTo - from)} @@`,
		...lines.map((line) => (line.endsWith(NO_NEWLINE) ? `${line.slice(0, -1)}\n\\ No newline at end of file` : line)),
		'',
	].join('\n');
}

/** The whole patch: every suggested keyword, and each query in its language's search-quality set. */
export function keywordPatch(
	suggestions: readonly KeywordSuggestion[],
	{ read, queriesFile }: { read: (file: string) => string | undefined; queriesFile: (locale: string) => string },
): string {
	const changed = new Map<string, { before: string; after: string }>();
	const edit = (file: string, change: (text: string) => string) => {
		const entry = changed.get(file) ?? { before: read(file) ?? '', after: read(file) ?? '' };
		entry.after = change(entry.after);
		changed.set(file, entry);
	};
	for (const suggestion of suggestions) {
		edit(suggestion.file, (text) => addKeyword(text, suggestion.query));
		edit(queriesFile(suggestion.locale), (text) => addSearchQuery(text, suggestion.query, suggestion.article));
	}
	return [...changed].map(([file, { before, after }]) => unifiedDiff(file, before, after)).join('');
}
