import { markdownToMdast, mdxToMdast, type MdastNode as Nodes, type MdxJsxAttributeUnion } from 'satteri';
import { ALLOWED_HTML_ELEMENTS, refusedElementAdvice } from './html-elements.js';
import { isCommentOnly, readLiteral, type Literal } from './literal-expression.js';
import { isMdxComponentName, MDX_COMPONENT_NAMES, type MdxComponentName } from './mdx-component-names.js';
import { isPlainMarkdown } from './plain-markdown.js';
import type { ContentProblem } from './problems.js';
import { addressesIn, unsafeUrlAdvice, unsafeUrlScheme, URL_ATTRIBUTES } from './url-scheme.js';

/**
 * Content is data, not code. Writers' texts may use Markdown, the engine's
 * components and a few HTML elements; nothing in them may run: no imports or
 * exports, no {expressions}, no scripts or event handlers, no inline styles
 * (the strict Content-Security-Policy would block them anyway), no
 * javascript: links. A text that breaks this is a problem for its writer,
 * with the line and what to use instead, like every other content problem.
 */

/** Where a body is: the file shown to writers, and the line of the file the body starts on (after the front matter). */
export interface BodyLocation {
	file: string;
	firstLine: number;
}

/** One use of an engine component in a text, with its attributes as plain values, for checking them against the shop. */
export interface ComponentUse {
	name: MdxComponentName;
	/** The line of the file the component starts on. */
	line: number;
	attributes: Record<string, Literal>;
	/** An attribute was code or a spread, reported already: its value is unknown, so the attributes cannot be checked further. */
	incomplete: boolean;
}

export interface MdxCheck {
	problems: ContentProblem[];
	/** The engine's components the text uses, sorted: a page with a <Video> needs the video host in its security policy. */
	components: MdxComponentName[];
	uses: ComponentUse[];
}

/** The body is not the whole file: front matter is cut off, so the parser must not look for it. */
const PARSE_OPTIONS = { features: { frontmatter: false } };

/** Checks the body of an .mdx text (article or policy page). */
export function checkMdxBody(body: string, at: BodyLocation): MdxCheck {
	// Most articles are plain text; they need only the check of their addresses, which is cheaper.
	if (isPlainMarkdown(body)) return { problems: checkPlainMarkdownLinks(body, at), components: [], uses: [] };
	const tree = parse(body, at, mdxToMdast);
	if (!tree.ok) return { problems: [tree.problem], components: [], uses: [] };
	const found = new Findings(at, body);
	walk(tree.root, found);
	const components = [...new Set(found.uses.map((use) => use.name))].sort();
	return { problems: found.problems, components, uses: found.uses };
}

/** Checks the body of a plain Markdown (.md) text, such as an announcement: no HTML, no unsafe addresses. */
export function checkMarkdownBody(body: string, at: BodyLocation): ContentProblem[] {
	const tree = parse(body, at, markdownToMdast);
	if (!tree.ok) return [tree.problem];
	const found = new Findings(at, body);
	walk(tree.root, found, { htmlRefused: 'announcements are plain Markdown, and HTML is not allowed in them; write the text with Markdown only (**bold**, [a link](/en/contact/))' });
	return found.problems;
}

/**
 * A plain body has no HTML, components or expressions, so only its link and
 * image addresses can be unsafe. An unsafe scheme needs its name and a colon
 * in the text, or an escape (`&#106;`, `\:`) that Markdown turns into them;
 * a body with neither is safe without parsing it.
 */
function checkPlainMarkdownLinks(body: string, at: BodyLocation): ContentProblem[] {
	if (!/(?:javascript|vbscript|data)\s*:|[&\\]/i.test(body)) return [];
	return checkMarkdownBody(body, at);
}

type ParseResult = { ok: true; root: Nodes } | { ok: false; problem: ContentProblem };

function parse(body: string, at: BodyLocation, parser: typeof mdxToMdast): ParseResult {
	try {
		return { ok: true, root: parser(body, PARSE_OPTIONS) };
	} catch (error) {
		// The parser's message starts with "line:column: "; the line is counted in the body.
		const message = error instanceof Error ? error.message : String(error);
		const where = /^(\d+):\d+:\s*/.exec(message);
		const line = where ? at.firstLine + Number(where[1]) - 1 : at.firstLine;
		// Positions and rule names in parentheses ("(1:1)", "(mdx-jsx:unexpected-character)") mean nothing to a writer.
		const reason = message.slice(where?.[0].length ?? 0).replace(/\s*\((?:\d+:\d+|[\w-]+:[\w-]+)\)/g, '');
		return {
			ok: false,
			problem: {
				file: at.file,
				field: `line ${line}`,
				message: `is not valid MDX: ${reason}. Close every <Component> you open (or write it as <Component />), and write \\< and \\{ for a < or { that is just text`,
			},
		};
	}
}

/** What the walk found: problems with their file line, and the components used. */
class Findings {
	readonly problems: ContentProblem[] = [];
	readonly uses: ComponentUse[] = [];
	readonly #at: BodyLocation;
	readonly #body: string;

	constructor(at: BodyLocation, body: string) {
		this.#at = at;
		this.#body = body;
	}

	/** The file line of a line counted in the body (1 = the body's first line). */
	line(bodyLine: number | undefined): number {
		return this.#at.firstLine + (bodyLine ?? 1) - 1;
	}

	add(bodyLine: number | undefined, message: string): void {
		this.problems.push({ file: this.#at.file, field: `line ${this.line(bodyLine)}`, message });
	}

	/**
	 * The body line an attribute is on. Attributes carry no position of their
	 * own, and a tag may span lines, so this looks for the attribute's text
	 * from where the tag starts; failing that, the tag's line.
	 */
	attributeLine(node: Nodes, pattern: RegExp): number | undefined {
		const start = node.position?.start;
		if (start?.offset === undefined) return start?.line;
		const end = node.position?.end.offset ?? this.#body.length;
		const index = this.#body.slice(start.offset, end).search(pattern);
		if (index === -1) return start.line;
		return start.line + countLines(this.#body.slice(start.offset, start.offset + index));
	}
}

function countLines(text: string): number {
	let count = 0;
	for (const char of text) if (char === '\n') count += 1;
	return count;
}

function walk(node: Nodes, found: Findings, options: { htmlRefused?: string } = {}): void {
	const line = node.position?.start.line;
	switch (node.type) {
		case 'mdxjsEsm':
			checkEsm(node.value, line, found);
			return;
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			if (!isCommentOnly(node.value)) {
				found.add(
					line,
					`{${shorten(node.value)}} is code, and code cannot run in articles; write the text itself, use <Fact name="..." /> for a policy value, {/* ... */} for a note to other writers, or \\{ for a brace that is just text`,
				);
			}
			return;
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			checkElement(node, found);
			break;
		case 'html':
			// A closing tag belongs to an opening one, which is reported already.
			if (!/^<\/[\w-]+\s*>$/.test(node.value)) found.add(line, `${shorten(node.value)}: ${options.htmlRefused ?? 'raw HTML is not allowed here'}`);
			return;
		case 'link':
		case 'image':
		case 'definition':
			checkUrl(node.url, line, `the ${node.type === 'image' ? 'image' : 'link'} address "${shorten(node.url)}"`, found);
			break;
		default:
			break;
	}
	if ('children' in node) for (const child of node.children) walk(child, found, options);
}

/** import and export lines: one problem per statement, on its own line. */
function checkEsm(value: string, line: number | undefined, found: Findings): void {
	let reported = false;
	value.split('\n').forEach((text, index) => {
		const keyword = /^\s*(import|export)\b/.exec(text)?.[1];
		if (!keyword) return;
		reported = true;
		const at = (line ?? 1) + index;
		if (keyword === 'import') {
			found.add(
				at,
				`"${shorten(text.trim())}": articles cannot import anything. The engine's components (${MDX_COMPONENT_NAMES.join(', ')}) work without an import; remove the line`,
			);
		} else {
			found.add(at, `"${shorten(text.trim())}": articles cannot export code, and code does not belong in content; write the text itself, or use <Fact name="..." /> for a policy value`);
		}
	});
	if (!reported) found.add(line, 'import and export lines are code, and code does not belong in articles; remove them');
}

type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function checkElement(node: JsxElement, found: Findings): void {
	const line = node.position?.start.line;
	let use: ComponentUse | undefined;
	// <>...</> (a fragment) only groups text.
	if (node.name !== null) {
		const name = node.name;
		if (/^[A-Z]/.test(name)) {
			if (isMdxComponentName(name)) {
				use = { name, line: found.line(line), attributes: {}, incomplete: false };
				found.uses.push(use);
			} else {
				found.add(
					line,
					`<${name}> is not a component of the help center; the components are ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')} (README "Components for writers")`,
				);
			}
		} else if (!ALLOWED_HTML_ELEMENTS.has(name)) {
			const component = MDX_COMPONENT_NAMES.find((n) => n.toLowerCase() === name.toLowerCase());
			const advice = component ? `components start with a capital letter: write <${component}>` : refusedElementAdvice(name.toLowerCase());
			found.add(line, `<${name}> is not allowed here: ${advice}`);
		}
	}
	for (const attribute of node.attributes) {
		const value = checkAttribute(node, attribute, found);
		if (!use) continue;
		if (value === undefined || attribute.type === 'mdxJsxExpressionAttribute') use.incomplete = true;
		else use.attributes[attribute.name] = value;
	}
}

/** Reports what is wrong with an attribute; returns its value when it is plain data (a bare attribute is true). */
function checkAttribute(node: JsxElement, attribute: MdxJsxAttributeUnion, found: Findings): Literal | undefined {
	const tag = node.name ?? '';
	if (attribute.type === 'mdxJsxExpressionAttribute') {
		found.add(
			found.attributeLine(node, /\{\s*\.\.\./),
			`<${tag} {${shorten(attribute.value)}}> passes code to the element; write each attribute out with its value, like type="tip"`,
		);
		return undefined;
	}
	const { name, value } = attribute;
	const line = found.attributeLine(node, new RegExp(`(?<=\\s)${name.replace(/[^\w]/g, '\\$&')}(?=[\\s=/>]|$)`));
	const lower = name.toLowerCase();
	if (lower.startsWith('on')) {
		found.add(line, `${name} on <${tag}> would run a script, and scripts cannot run in articles; remove it (for a contact button, use <ContactButton />)`);
		return undefined;
	}
	if (lower === 'style') {
		found.add(line, `style on <${tag}> is not allowed: the site's security policy blocks inline styles; put the style in content/theme.css, the shop stylesheet`);
		return undefined;
	}
	// Astro directives such as set:html (raw HTML) or client:load (scripts) are for developers.
	if (name.includes(':') && lower !== 'xlink:href') {
		found.add(line, `${name} on <${tag}> is a directive for developers (client:load adds a script, set:html inserts raw HTML); remove it and write the text inside the element`);
		return undefined;
	}
	// A bare attribute (<details open>) is true.
	if (value === null || value === undefined) return true;
	let data: Literal;
	if (typeof value === 'string') data = value;
	else {
		const literal = readLiteral(value.value);
		if (!literal.ok) {
			found.add(
				line,
				`${name}={${shorten(value.value)}} on <${tag}> is code; attribute values must be plain: ${name}="text", ${name}={3}, ${name}={true} or a list of those`,
			);
			return undefined;
		}
		data = literal.value;
	}
	if (URL_ATTRIBUTES.has(lower)) {
		if (typeof data !== 'string' && typeof data !== 'number') {
			found.add(line, `${name} on <${tag}> must be an address in quotes, like ${name}="/en/contact/"`);
			return undefined;
		}
		for (const address of addressesIn(lower, String(data))) checkUrl(address, line, `${name}="${shorten(address)}" on <${tag}>`, found);
	}
	return data;
}

function checkUrl(url: string, line: number | undefined, what: string, found: Findings): void {
	const scheme = unsafeUrlScheme(url);
	if (scheme) found.add(line, `${what}: ${unsafeUrlAdvice(scheme)}`);
}

/** Code quoted in a message, cut short: the writer needs to recognize it, not read it all. */
function shorten(text: string): string {
	const oneLine = text.replace(/\s+/g, ' ').trim();
	return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}
