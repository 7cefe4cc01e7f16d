import { isAlias, isCollection, isPair, isScalar, LineCounter, parseDocument, visit, type Alias, type Document, type Node } from 'yaml';

/**
 * Parses the YAML that writers edit (shop files, front matter) within
 * limits, and turns whatever is wrong into sentences for the writer instead
 * of exceptions: a syntax error or a duplicate key with its line, a file too
 * large, and an "alias bomb" (a few lines of `&a`/`*a` that expand to
 * billions of values), which the yaml library stops with a ReferenceError
 * that names no file or line and used to crash the build.
 */

export type YamlResult = { ok: true; data: unknown } | { ok: false; problems: string[] };

export interface YamlLimits {
	/** Larger input is refused unread: no shop file needs more, and parsing it would cost time and memory. */
	maxBytes: number;
	/** What to do about input over maxBytes, appended to the message. */
	sizeAdvice: string;
	/** Lines before the YAML in its file (the "---" above front matter), so messages give the line in the file. */
	lineOffset?: number;
}

/** Uses of one anchor before the yaml library calls it an attack: its own default, named so the locator below agrees with it. */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses `text` into plain data. Problems are phrased to follow the file's
 * name ("content/site.yaml: is not valid YAML on line 3: ...").
 */
export function parseYaml(text: string, limits: YamlLimits): YamlResult {
	const size = Buffer.byteLength(text, 'utf8');
	if (size > limits.maxBytes) return { ok: false, problems: [tooLarge(size, limits.maxBytes, limits.sizeAdvice)] };
	try {
		return parseWithinLimits(text, limits.lineOffset ?? 0);
	} catch (cause) {
		// Input the checks below did not foresee is still the writer's problem, not a crash.
		if (cause instanceof RangeError && /call stack/i.test(cause.message)) return { ok: false, problems: [`could not be read: ${NESTED_TOO_DEEP}`] };
		return { ok: false, problems: [`could not be read: ${cause instanceof Error ? cause.message : String(cause)}`] };
	}
}

function parseWithinLimits(text: string, lineOffset: number): YamlResult {
	const lineCounter = new LineCounter();
	// Duplicate keys are found below, with both lines; the library would report only the second.
	const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;

	const [error] = doc.errors;
	if (error) {
		// The first error is the one to fix; later ones usually follow from it.
		const where = error.linePos ? ` on line ${error.linePos[0].line + lineOffset}` : '';
		return { ok: false, problems: [`is not valid YAML${where}: ${syntaxReason(error.message)}`] };
	}

	const duplicates = duplicateKeys(doc, lineAt);
	if (duplicates.length > 0) return { ok: false, problems: duplicates };

	try {
		return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
	} catch (cause) {
		return { ok: false, problems: [unreadable(doc, cause, lineAt)] };
	}
}

/**
 * The library's reason without its own position: it counts lines from the
 * start of the YAML, which is not the file's line for front matter, and the
 * message names the line already. Its "Maximum call stack size exceeded"
 * means lists or groups nested too deep to read.
 */
function syntaxReason(message: string): string {
	const reason = (message.split('\n')[0] ?? '').replace(/\s*at line \d+, column \d+:?\s*$/, '');
	if (/maximum call stack/i.test(reason)) return NESTED_TOO_DEEP;
	return reason;
}

const NESTED_TOO_DEEP =
	'lists or groups of fields are nested too deeply to read; a shop file needs only a few levels, so look for a long run of [ or { or of ever deeper indentation';

/** Why toJS refused the document (the yaml library throws for alias trouble), with the alias and its line. */
function unreadable(doc: Document.Parsed, cause: unknown, lineAt: (offset: number) => number): string {
	const message = cause instanceof Error ? cause.message : String(cause);
	const lineOf = (alias: Alias | undefined) => (alias?.range ? ` on line ${lineAt(alias.range[0])}` : '');
	if (/excessive alias count/i.test(message)) {
		const alias = excessiveAlias(doc, MAX_ALIAS_COUNT);
		const from = alias ? `from *${alias.source}${lineOf(alias)} on, ` : '';
		return `uses aliases too much: ${from}the repeated values would grow too large to read safely (an "alias bomb"); write the values out instead of repeating *anchors`;
	}
	if (/unresolved alias/i.test(message)) {
		const alias = unresolvedAlias(doc);
		if (alias) return `uses the alias *${alias.source}${lineOf(alias)}, but no &${alias.source} comes before it; put the anchor first, or write the value out`;
	}
	return `could not be read: ${message}`;
}

/** "is 1.4 MB, more than the 1 MB allowed; <advice>" */
export function tooLarge(size: number, maxBytes: number, advice: string): string {
	return `is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} allowed; ${advice}`;
}

/** Rounded up, so a file just over the limit never reads as the limit itself ("1.1 MB", not "1 MB"). */
function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${Math.ceil((bytes / (1024 * 1024)) * 10) / 10} MB`;
	return `${Math.ceil(bytes / 1024)} kB`;
}

/**
 * A key twice in the same map: YAML keeps the last one silently, so a writer
 * who added a field again at the end of a long file would see the old value
 * win or lose without knowing why.
 */
function duplicateKeys(doc: Document.Parsed, lineAt: (offset: number) => number): string[] {
	const problems: { line: number; message: string }[] = [];
	visit(doc, {
		Map(_key, map) {
			const seen = new Map<string, number | undefined>();
			for (const pair of map.items) {
				if (!isScalar(pair.key)) continue;
				// Keys become property names, so 1 and "1" are the same key in the data.
				const name = String(pair.key.value);
				const line = pair.key.range ? lineAt(pair.key.range[0]) : undefined;
				if (!seen.has(name)) {
					seen.set(name, line);
					continue;
				}
				const first = seen.get(name);
				const lines = first !== undefined && line !== undefined ? `, on line ${first} and line ${line}` : '';
				problems.push({ line: line ?? 0, message: `has the key "${name}" twice in the same place${lines}; keep one` });
			}
		},
	});
	// Maps are visited outside in; the writer reads the file top down.
	return problems.sort((a, b) => a.line - b.line).map((p) => p.message);
}

interface AnchorUse {
	count: number;
	aliasCount: number;
}

/**
 * The alias at which the yaml library gives up with "Excessive alias count".
 * Its error does not say where, so this counts the way Alias#resolve does:
 * in document order, each use of an anchor counts once, weighted by how many
 * uses the anchored value itself holds.
 */
function excessiveAlias(doc: Document.Parsed, maxAliasCount: number): Alias | undefined {
	const latest = new Map<string, Node>();
	const uses = new Map<Node, AnchorUse>();
	const targets = new Map<Alias, Node>();
	const weight = (node: unknown): number => {
		if (isAlias(node)) {
			const target = targets.get(node);
			const use = target && uses.get(target);
			return use ? use.count * use.aliasCount : 0;
		}
		if (isCollection(node)) {
			let most = 0;
			for (const item of node.items) most = Math.max(most, weight(item));
			return most;
		}
		if (isPair(node)) return Math.max(weight(node.key), weight(node.value));
		return 1;
	};
	let found: Alias | undefined;
	visit(doc, {
		Node(_key, node) {
			if (isAlias(node)) {
				const target = latest.get(node.source);
				const use = target && uses.get(target);
				if (!target || !use) return;
				targets.set(node, target);
				use.count += 1;
				if (use.aliasCount === 0) use.aliasCount = weight(target);
				if (use.count * use.aliasCount > maxAliasCount) {
					found = node;
					return visit.BREAK;
				}
				return;
			}
			if ((isScalar(node) || isCollection(node)) && node.anchor) {
				latest.set(node.anchor, node);
				uses.set(node, { count: 1, aliasCount: 0 });
			}
		},
	});
	return found;
}

/** The first alias whose anchor is not defined before it. */
function unresolvedAlias(doc: Document.Parsed): Alias | undefined {
	const anchors = new Set<string>();
	let found: Alias | undefined;
	visit(doc, {
		Node(_key, node) {
			if (isAlias(node)) {
				if (anchors.has(node.source)) return;
				found = node;
				return visit.BREAK;
			}
			if ((isScalar(node) || isCollection(node)) && node.anchor) anchors.add(node.anchor);
			return;
		},
	});
	return found;
}
