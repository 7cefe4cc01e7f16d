/**
 * Which HTML elements writers may put in MDX texts. Markdown covers most
 * needs; these are for what it lacks (a keyboard key, a definition list, a
 * table cell spanning columns). Everything else is refused, with what to use
 * instead: an element that runs or loads something (script, iframe, object,
 * form) would bypass the site's security policy and the components that do
 * the same job safely and in every language.
 */
export const ALLOWED_HTML_ELEMENTS: ReadonlySet<string> = new Set([
	'a',
	'abbr',
	'b',
	'bdi',
	'bdo',
	'blockquote',
	'br',
	'caption',
	'cite',
	'code',
	'dd',
	'del',
	'details',
	'dfn',
	'div',
	'dl',
	'dt',
	'em',
	'figcaption',
	'figure',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'hr',
	'i',
	'img',
	'ins',
	'kbd',
	'li',
	'mark',
	'ol',
	'p',
	'pre',
	'q',
	's',
	'samp',
	'small',
	'span',
	'strong',
	'sub',
	'summary',
	'sup',
	'table',
	'tbody',
	'td',
	'tfoot',
	'th',
	'thead',
	'time',
	'tr',
	'u',
	'ul',
	'var',
	'wbr',
]);

const FRONT_MATTER = 'page metadata (title, description) comes from the front matter at the top of the file';
const ASK_A_DEVELOPER = 'ask a developer for a component';

/** What to use instead of an element writers may not use, by element. */
const ADVICE: ReadonlyMap<string, string> = new Map([
	['script', `scripts cannot run in articles; ${ASK_A_DEVELOPER}`],
	['noscript', 'every page already works without JavaScript; write the text as it is'],
	['style', 'styles go in content/theme.css, the shop stylesheet'],
	['link', `a link to a page is written [text](/en/contact/), styles go in content/theme.css, and ${FRONT_MATTER}`],
	['meta', FRONT_MATTER],
	['base', FRONT_MATTER],
	['title', FRONT_MATTER],
	['head', FRONT_MATTER],
	['html', 'write only the text; the page around it comes from the engine'],
	['body', 'write only the text; the page around it comes from the engine'],
	['h1', 'the title from the front matter is the page\'s only level-1 heading; use ## (h2) or lower'],
	['iframe', 'use <Video provider="youtube" id="..." title="..." /> for a video; for anything else, ' + ASK_A_DEVELOPER],
	['frame', `${ASK_A_DEVELOPER}`],
	['frameset', `${ASK_A_DEVELOPER}`],
	['video', 'use <Video provider="youtube" id="..." title="..." />'],
	['audio', `${ASK_A_DEVELOPER}`],
	['object', 'embedded objects are not allowed; use <Video> for a video, a link for a document, or ' + ASK_A_DEVELOPER],
	['embed', 'embedded objects are not allowed; use <Video> for a video, a link for a document, or ' + ASK_A_DEVELOPER],
	['applet', `${ASK_A_DEVELOPER}`],
	['form', 'use <ContactButton /> to send shoppers to the contact form'],
	['input', 'use <ContactButton /> to send shoppers to the contact form'],
	['button', 'use <ContactButton /> to send shoppers to the contact form'],
	['select', 'use <ContactButton /> to send shoppers to the contact form'],
	['textarea', 'use <ContactButton /> to send shoppers to the contact form'],
	['svg', 'save the drawing as a file next to the article and show it as an image: ![What it shows](./drawing.svg)'],
	['math', 'save the formula as an image next to the article: ![What it shows](./formula.png)'],
	['picture', 'use a Markdown image, ![What it shows](./photo.png): the build makes it the right size for every screen'],
	['source', 'use a Markdown image, ![What it shows](./photo.png): the build makes it the right size for every screen'],
	['canvas', ASK_A_DEVELOPER],
	['template', ASK_A_DEVELOPER],
	['slot', ASK_A_DEVELOPER],
	['center', 'the look of the page comes from the stylesheet; styles go in content/theme.css'],
	['font', 'the look of the page comes from the stylesheet; styles go in content/theme.css'],
	['marquee', 'the look of the page comes from the stylesheet; styles go in content/theme.css'],
	['blink', 'the look of the page comes from the stylesheet; styles go in content/theme.css'],
]);

/** Why an element is refused and what to use instead, for the writer's message. */
export function refusedElementAdvice(name: string): string {
	const advice = ADVICE.get(name);
	if (advice) return advice;
	return `the HTML allowed in articles is ${[...ALLOWED_HTML_ELEMENTS].join(', ')}; for anything else, ${ASK_A_DEVELOPER}`;
}
