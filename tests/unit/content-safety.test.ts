import { afterEach, describe, expect, it } from 'vitest';
import { isCommentOnly, readLiteral } from '../../src/content/literal-expression.js';
import { MDX_COMPONENT_NAMES } from '../../src/content/mdx-component-names.js';
import { checkMarkdownBody, checkMdxBody } from '../../src/content/mdx-safety.js';
import type { ContentProblem } from '../../src/content/problems.js';
import { unsafeUrlScheme } from '../../src/content/url-scheme.js';
import { loadShop } from '../../src/shop/load-shop.js';
import type { ShopPaths } from '../../src/shop/paths.js';
import { copyFixtureShop, problemsOf } from '../helpers/shop-copy.js';

// The body starts on line 7 of its file, as after a five-line front matter and a blank line.
const at = { file: 'content/articles/en/orders/x.mdx', firstLine: 7 };
const check = (body: string) => checkMdxBody(body, at);
/** "line 9: <message>" for each problem, which is how a writer reads them. */
const where = (problems: ContentProblem[]) => problems.map((p) => `${p.field}: ${p.message}`);

describe('MDX texts: content is data, not code', () => {
	it('accepts Markdown, the engine components, comments, allowed HTML and plain attribute values', () => {
		const body = [
			'You can return items within <Fact name="returnWindow" /> <Fact name="returnWindow" country={"IL"} />.',
			'',
			'{/* Check the window with the returns team before the sale. */}',
			'',
			'<Steps>',
			'',
			'1. Open **Orders** in [your account](/en/account/).',
			'2. Press <kbd>Return</kbd>.',
			'',
			'</Steps>',
			'',
			'<Callout type="tip">',
			'',
			'Keep the box: <a href="https://shop.example/boxes" title="Boxes">boxes</a>, <a href="/en/contact/#form">contact</a>, <a href="mailto:help@shop.example">mail</a>.',
			'',
			'</Callout>',
			'',
			'<Video provider="youtube" id="aqz-KE-bpKQ" title="Packing a return" />',
			'',
			'<Callout type={`note`} hidden={false} level={-2.5} tags={["a", \'b\', { n: 1, "m": null, }]}>Text</Callout>',
			'',
			'## Questions <span id="questions"></span>',
			'',
			'<details><summary>More</summary>Text <abbr title="Value added tax">VAT</abbr>.</details>',
			'',
			'| a | b |',
			'| - | - |',
			'| <code>x</code> | <img src="/images/box.png" alt="A box" /> |',
			'',
			'![A box](./box.png) and [a reference][ref].',
			'',
			'[ref]: https://shop.example/',
		].join('\n');
		const result = check(body);
		expect(result.problems).toEqual([]);
		expect(result.components).toEqual(['Callout', 'Fact', 'Steps', 'Video']);
		// Attributes reach the shop check as data: the Callout's literals as the text wrote them.
		expect(result.uses.find((use) => use.name === 'Callout' && use.attributes.type === 'note')).toMatchObject({
			incomplete: false,
			attributes: { type: 'note', hidden: false, level: -2.5, tags: ['a', 'b', { n: 1, m: null }] },
		});
	});

	it('reports no components and no problems for plain text', () => {
		expect(check('Just text with [a link](/en/orders/) & more.\n')).toEqual({ problems: [], components: [], uses: [] });
	});

	it('refuses import lines, naming the components that need no import', () => {
		const { problems } = check('Intro.\n\nimport Chart from "../chart.astro";\n\nText.');
		expect(problems).toEqual([{ file: at.file, field: 'line 9', message: expect.stringContaining('articles cannot import anything') }]);
		for (const name of MDX_COMPONENT_NAMES) expect(problems[0]?.message).toContain(name);
	});

	it('refuses export lines, each on its own line', () => {
		const { problems } = check('import x from "y";\nexport const year = 2026;\n\nText.');
		expect(where(problems)).toEqual([
			expect.stringMatching(/^line 7: "import x from "y";": articles cannot import anything/),
			expect.stringMatching(/^line 8: "export const year = 2026;": articles cannot export code/),
		]);
	});

	it('refuses {expressions} in the text, but not comments', () => {
		const { problems } = check('First line.\n\nYour home is {process.env.HOME} and {/* a note */}.\n\n{// another note\n}\n');
		expect(where(problems)).toEqual([expect.stringMatching(/^line 9: \{process\.env\.HOME\} is code, and code cannot run in articles; write the text itself/)]);
	});

	it.each([
		['<script>alert(1)</script>', 'script', 'scripts cannot run in articles; ask a developer for a component'],
		['<style></style>', 'style', 'styles go in content/theme.css'],
		['<iframe src="https://video.example/embed/1" />', 'iframe', 'use <Video provider="youtube"'],
		['<meta http-equiv="refresh" content="0;url=https://evil.example" />', 'meta', 'page metadata (title, description) comes from the front matter'],
		['<object data="movie.swf"></object>', 'object', 'embedded objects are not allowed'],
		['<embed src="movie.swf" />', 'embed', 'embedded objects are not allowed'],
		['<form action="/x"></form>', 'form', 'use <ContactButton />'],
		['<svg viewBox="0 0 1 1"></svg>', 'svg', 'save the drawing as a file'],
		['<h1>Another title</h1>', 'h1', 'use ## (h2) or lower'],
		['<marquee>Sale</marquee>', 'marquee', 'content/theme.css'],
	])('refuses %s with what to use instead', (element, name, advice) => {
		const { problems } = check(`Text.\n\n${element}\n`);
		expect(problems).toEqual([{ file: at.file, field: 'line 9', message: expect.stringMatching(new RegExp(`^<${name}> is not allowed here: `)) }]);
		expect(problems[0]?.message).toContain(advice);
	});

	it('refuses a stylesheet in the text, and the code that writes it', () => {
		expect(where(check('<style>{"body { display: none }"}</style>').problems)).toEqual([
			'line 7: <style> is not allowed here: styles go in content/theme.css, the shop stylesheet',
			expect.stringMatching(/^line 7: \{"body \{ display: none \}"\} is code/),
		]);
	});

	it('suggests the component when it is written in lower case', () => {
		expect(where(check('<callout type="tip">Hi</callout>').problems)).toEqual([
			'line 7: <callout> is not allowed here: components start with a capital letter: write <Callout>',
		]);
	});

	it('names an unknown component and lists the ones that exist', () => {
		const { problems, components } = check('Text.\n\n<Warnung>Careful</Warnung>\n');
		expect(problems).toEqual([
			{
				file: at.file,
				field: 'line 9',
				message: `<Warnung> is not a component of the help center; the components are ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')} (README "Components for writers")`,
			},
		]);
		expect(components).toEqual([]);
	});

	it('refuses event handlers, inline styles and Astro directives, on the line of the attribute', () => {
		const body = [
			'<Callout',
			'  type="tip"',
			'  onClick={() => fetch("/steal")}',
			'  style="color: red"',
			'>',
			'',
			'Text',
			'',
			'</Callout>',
			'',
			'<span onmouseover="alert(1)" set:html="<b>x</b>">x</span>',
		].join('\n');
		expect(where(check(body).problems)).toEqual([
			'line 9: onClick on <Callout> would run a script, and scripts cannot run in articles; remove it (for a contact button, use <ContactButton />)',
			"line 10: style on <Callout> is not allowed: the site's security policy blocks inline styles; put the style in content/theme.css, the shop stylesheet",
			'line 17: onmouseover on <span> would run a script, and scripts cannot run in articles; remove it (for a contact button, use <ContactButton />)',
			'line 17: set:html on <span> is a directive for developers (client:load adds a script, set:html inserts raw HTML); remove it and write the text inside the element',
		]);
	});

	it('refuses attribute values that are code and spread attributes', () => {
		const body = [
			'<Fact name={names[0]} />',
			'<Fact name={`return${"Window"}`} />',
			'<Callout',
			'  {...props}>',
			'',
			'Text',
			'',
			'</Callout>',
			'<Fact name={getName()} />',
		].join('\n');
		expect(where(check(body).problems)).toEqual([
			expect.stringMatching(/^line 7: name=\{names\[0\]\} on <Fact> is code; attribute values must be plain: name="text"/),
			expect.stringMatching(/^line 8: name=\{`return\$\{"Window"\}`\} on <Fact> is code/),
			'line 10: <Callout {...props}> passes code to the element; write each attribute out with its value, like type="tip"',
			expect.stringMatching(/^line 15: name=\{getName\(\)\} on <Fact> is code/),
		]);
	});

	it('refuses javascript:, vbscript: and data: addresses in Markdown links, images, definitions and attributes', () => {
		const body = [
			'[Click](javascript:alert(1))', // 7
			'',
			'![Logo](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)', // 9
			'',
			'<a href=" JaVaScRiPt:alert(1)">spaced and mixed case</a>', // 11
			'',
			'<a href={"\\u006Aavascript:alert(1)"}>escaped in an expression</a>', // 13
			'',
			'<img src="vbscript:msgbox(1)" alt="" />', // 15
			'',
			'[Later][later]',
			'',
			'[later]: <  JaVaScRiPt:alert(1)>', // 19
		].join('\n');
		expect(where(check(body).problems)).toEqual([
			expect.stringMatching(/^line 7: the link address "javascript:alert\(1\)": javascript: addresses run code when clicked, .*; link to a page instead/),
			expect.stringMatching(/^line 9: the image address "data:image\/svg\+xml;base64,PHN2Zz48L3N2Zz4=": data: addresses .* are not allowed/),
			expect.stringMatching(/^line 11: href="JaVaScRiPt:alert\(1\)" on <a>: javascript: addresses run code/),
			expect.stringMatching(/^line 13: href="javascript:alert\(1\)" on <a>: javascript: addresses run code/),
			expect.stringMatching(/^line 15: src="vbscript:msgbox\(1\)" on <img>: vbscript: addresses run code/),
			expect.stringMatching(/^line 19: the link address "JaVaScRiPt:alert\(1\)": javascript: addresses run code/),
		]);
	});

	it('finds unsafe addresses in plain texts too, written with escapes', () => {
		// Plain Markdown skips the MDX parse; its addresses are still checked.
		expect(where(check('Text.\n\n[Click](javascript:alert(1))\n').problems)).toEqual([
			expect.stringMatching(/^line 9: the link address "javascript:alert\(1\)"/),
		]);
		expect(where(check('Text.\n\n[Click](&#106;avascript:alert(1))\n').problems)).toEqual([
			expect.stringMatching(/^line 9: the link address "javascript:alert\(1\)"/),
		]);
		expect(check('Text about data: it is safe. [Link](https://shop.example/data:x)\n').problems).toEqual([]);
	});

	it('reports broken MDX as a problem with its line instead of failing later', () => {
		expect(where(check('Text.\n\n<Callout type="tip">\n\nNever closed.\n').problems)).toEqual([
			'line 9: is not valid MDX: Expected a closing tag for `<Callout>`. Close every <Component> you open (or write it as <Component />), and write \\< and \\{ for a < or { that is just text',
		]);
	});
});

describe('plain Markdown texts (announcements)', () => {
	const md = { file: 'content/announcements/en/sale.md', firstLine: 5 };

	it('accepts Markdown with links', () => {
		expect(checkMarkdownBody('Deliveries take **two days longer**. See [shipping](/en/shipping/) or <https://shop.example/>.\n', md)).toEqual([]);
	});

	it('refuses HTML and unsafe links, with their lines', () => {
		expect(where(checkMarkdownBody('Sale!\n\n<script>alert(1)</script>\n\nNow <b>half</b> price, [details](javascript:alert(1)).\n', md))).toEqual([
			'line 7: <script>alert(1)</script>: announcements are plain Markdown, and HTML is not allowed in them; write the text with Markdown only (**bold**, [a link](/en/contact/))',
			'line 9: <b>: announcements are plain Markdown, and HTML is not allowed in them; write the text with Markdown only (**bold**, [a link](/en/contact/))',
			expect.stringMatching(/^line 9: the link address "javascript:alert\(1\)": javascript: addresses run code/),
		]);
	});
});

describe('plain attribute values', () => {
	it.each([
		['3', 3],
		[' -2.5e1 ', -25],
		['0x1F', 31],
		['1_000', 1000],
		['"a \\"quoted\\" word"', 'a "quoted" word'],
		["'it\\'s'", "it's"],
		['`two\nlines`', 'two\nlines'],
		['"\\u006A\\x61\\u{76}"', 'jav'],
		['true', true],
		['false', false],
		['null', null],
		['/* a note */ 5', 5],
		['[1, "a", [true], ]', [1, 'a', [true]]],
		['{ a: 1, "b": [null], \'c\': { d: -1 }, 2: "two", }', { a: 1, b: [null], c: { d: -1 }, 2: 'two' }],
	])('accepts %s', (source, value) => {
		expect(readLiteral(source)).toEqual({ ok: true, value });
	});

	it.each([
		'',
		'x',
		'process.env.HOME',
		'undefined',
		'NaN',
		'`a ${b}`',
		'1 + 2',
		'alert(1)',
		'() => 1',
		'{a}',
		'{...a}',
		'{[a]: 1}',
		'{ a() {} }',
		'[1,,2]',
		'"unterminated',
		'"two\nlines"',
		'3px',
		'-"a"',
		'"\\1"',
		'/* unclosed',
		'1 // fine\n, 2',
		`${'['.repeat(40)}${']'.repeat(40)}`,
	])('refuses %j', (source) => {
		expect(readLiteral(source)).toEqual({ ok: false });
	});

	it('tells comments from code', () => {
		expect(isCommentOnly('/* note */')).toBe(true);
		expect(isCommentOnly(' // note\n')).toBe(true);
		expect(isCommentOnly('')).toBe(true);
		expect(isCommentOnly('/* note */ x')).toBe(false);
		expect(isCommentOnly('/* unclosed')).toBe(false);
	});
});

describe('address schemes', () => {
	it.each([
		['javascript:alert(1)', 'javascript'],
		[' JaVaScRiPt:alert(1)', 'javascript'],
		['java\tscr\nipt:alert(1)', 'javascript'],
		['\u0001\u0000javascript:alert(1)', 'javascript'],
		['VBScript:msgbox(1)', 'vbscript'],
		['data:text/html,<script>alert(1)</script>', 'data'],
	])('finds %j unsafe', (url, scheme) => {
		expect(unsafeUrlScheme(url)).toBe(scheme);
	});

	it.each(['https://shop.example/', '/en/orders/', '#top', 'mailto:help@shop.example', 'tel:+420123', './javascript:x', 'javascript-guide/', ''])(
		'lets %j through',
		(url) => {
			expect(unsafeUrlScheme(url)).toBeUndefined();
		},
	);
});

describe('texts in a shop', () => {
	let copy: ReturnType<typeof copyFixtureShop> | undefined;
	afterEach(() => copy?.remove());

	/** A copy of the fixture shop with some files added or replaced. */
	function shopWith(files: Record<string, string>): ShopPaths {
		copy = copyFixtureShop(files, 'hc-safety-');
		return copy;
	}

	it('loads the fixture shop with the components each text uses', () => {
		const shop = loadShop(shopWith({}), { includeDrafts: false });
		expect(shop.articles.find((a) => a.id === 'en/orders/cancel-an-order')?.components).toEqual(['Callout', 'ContactButton', 'Steps', 'Video']);
		expect(shop.articles.find((a) => a.id === 'en/orders/track-an-order')?.components).toEqual([]);
		expect(shop.policies.pages.find((p) => p.id === 'en/returns')?.components).toEqual(['Fact', 'ReturnChecker', 'ReturnConditions', 'ReturnCosts']);
	});

	it('names the file and the line in the file, front matter included, for articles, policy texts and announcements', () => {
		const problems = problemsOf(
			shopWith({
				'articles/en/orders/unsafe.mdx': '---\ntitle: Unsafe\ndescription: Runs code.\nupdated: 2026-10-01\n---\n\nIntro.\n\n<script>alert(1)</script>\n',
				'policies/en/returns.mdx':
					'---\ntitle: Returns policy\ndescription: Returns.\n---\n\nWithin <Fact name="returnWindow" />.\n\n<iframe src="https://video.example/1" />\n',
				'announcements/en/holiday-delays.md': '---\nstart: 2020-01-01\nend: 2099-12-31\n---\nDeliveries take <b>two days</b> longer.\n',
			}),
		);
		expect(problems).toEqual([
			{
				file: 'content/articles/en/orders/unsafe.mdx',
				field: 'line 9',
				message: '<script> is not allowed here: scripts cannot run in articles; ask a developer for a component',
			},
			{ file: 'content/policies/en/returns.mdx', field: 'line 8', message: expect.stringMatching(/^<iframe> is not allowed here: use <Video/) },
			{ file: 'content/announcements/en/holiday-delays.md', field: 'line 5', message: expect.stringMatching(/^<b>: announcements are plain Markdown/) },
		]);
	});
});
