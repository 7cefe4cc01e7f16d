/**
 * Whether the body of an .mdx file is plain Markdown: no components, HTML,
 * expressions, imports or exports, and nothing MDX reads differently from
 * Markdown (MDX has no indented code blocks; HTML and <autolinks> need a `<`),
 * and no images, which MDX imports and optimizes.
 *
 * Such a body renders to the same HTML either way, so it can be rendered once
 * into the content store instead of being compiled into a JavaScript module
 * that the build has to bundle: on a site with thousands of articles that is
 * most of the build's time and memory. When in doubt the answer is no, and
 * the file goes through MDX, which always works.
 */
export function isPlainMarkdown(body: string): boolean {
	// `<` starts JSX and HTML; braces start expressions. Inside code they are harmless,
	// but telling code apart would need a parser, and MDX renders those files right too.
	if (/[<{}]/.test(body)) return false;
	// Images next to the text are imported and optimized by Astro's MDX pipeline.
	if (body.includes('![')) return false;
	return !body.split(/\r?\n/).some((line) => /^(?:import|export)\b/.test(line) || /^(?: {4}|\t)/.test(line));
}
