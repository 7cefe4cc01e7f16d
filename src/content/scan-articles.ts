import fs from 'node:fs';
import path from 'node:path';
import { articleFrontmatterSchema, type ArticleFrontmatter } from './article-schema.js';
import { readFrontMatter, type FrontMatterParser } from './front-matter.js';
import { isHiddenPath } from './content-files.js';
import { checkMdxBody, type ComponentUse } from './mdx-safety.js';
import { problemsFromZod, type ContentProblem } from './problems.js';
import { digestOf } from '../utils/digest.js';

/** One article file as found on disk, validated. */
export interface ArticleSource {
	/** `<locale>/<category>/<slug>`: also the id in Astro's `articles` collection. */
	id: string;
	locale: string;
	category: string;
	slug: string;
	/** `<category>/<slug>`: shared by all translations of an article. */
	key: string;
	/** Path relative to the project root, for messages. */
	file: string;
	/** Changes whenever the file's text does: the article's page is built again then. */
	digest: string;
	data: ArticleFrontmatter;
	/** The text below the front matter, and the file's line it starts on: the link check reads it here. */
	body: string;
	bodyLine: number;
	/** The engine's components the text uses (e.g. ["Fact", "Video"]), sorted: a page with a video needs the video host in its security policy. */
	components: string[];
	/** Each component in the text with its attributes, checked against the shop once everything is loaded. */
	componentUses: ComponentUse[];
	/** Last change shown to shoppers: front-matter `updated`, else the file's last commit (not on shallow clones). */
	lastModified?: string;
}

export interface ScanOptions {
	/** content/articles folder. */
	dir: string;
	locales: readonly string[];
	/** The category ids; undefined when categories.yaml could not be read, so its problem is not repeated for every article. */
	categories: readonly string[] | undefined;
	/** Turns an absolute path into the path shown to writers. */
	display: (file: string) => string;
	/** Reads front matter YAML; by default parses it (the shop check passes one that remembers earlier builds'). */
	parseFrontMatter?: FrontMatterParser;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads every article under content/articles/<locale>/<category>/<slug>.mdx and
 * checks it against the content contract. Collects all problems instead of
 * stopping at the first, so a writer can fix them in one pass.
 */
export function scanArticles({ dir, locales, categories, display, parseFrontMatter }: ScanOptions): {
	articles: ArticleSource[];
	/** `<category>/<slug>` of articles in the right place whose text has problems: their pages exist once those are fixed. */
	withProblems: string[];
	problems: ContentProblem[];
} {
	const articles: ArticleSource[] = [];
	const withProblems: string[] = [];
	const problems: ContentProblem[] = [];
	if (!fs.existsSync(dir)) return { articles, withProblems, problems };

	const files = fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();

	for (const absolute of files) {
		const file = display(absolute);
		const relative = path.relative(dir, absolute);
		if (isHiddenPath(relative)) continue;
		const parts = relative.split(path.sep);
		const name = parts.at(-1) ?? '';
		if (!name.endsWith('.mdx')) {
			problems.push({ file, message: 'is not an .mdx file; articles must be named <slug>.mdx' });
			continue;
		}
		if (parts.length !== 3) {
			problems.push({ file, message: 'must be at content/articles/<locale>/<category>/<slug>.mdx' });
			continue;
		}
		const [locale, category] = parts as [string, string, string];
		const slug = name.slice(0, -'.mdx'.length);
		let misplaced = false;
		if (!locales.includes(locale)) {
			problems.push({ file, message: `is in the folder "${locale}", which is not a locale in site.yaml (${locales.join(', ')})`, unlistedLocale: locale });
			misplaced = true;
		}
		if (categories && !categories.includes(category)) {
			problems.push({
				file,
				message: `is in the folder "${category}", which is not a category in categories.yaml (${categories.join(', ')}); move the file or add the category`,
			});
			misplaced = true;
		}
		if (!SLUG.test(slug)) {
			problems.push({ file, message: `has the file name "${name}"; use lowercase letters, digits and dashes, like "track-your-order.mdx"` });
			misplaced = true;
		}

		const text = fs.readFileSync(absolute, 'utf8');
		const frontMatter = readFrontMatter(text, parseFrontMatter);
		if (!frontMatter.ok) {
			problems.push(...frontMatter.messages.map((message) => ({ file, message })));
			if (!misplaced) withProblems.push(`${category}/${slug}`);
			continue;
		}
		const parsed = articleFrontmatterSchema.safeParse(frontMatter.data, { reportInput: true });
		if (!parsed.success) problems.push(...problemsFromZod(file, parsed.error));
		// The body is checked even when the front matter is wrong, so the writer sees both at once.
		const body = checkMdxBody(frontMatter.body, { file, firstLine: frontMatter.bodyLine });
		problems.push(...body.problems);
		if (!parsed.success || misplaced || body.problems.length > 0) {
			if (!misplaced) withProblems.push(`${category}/${slug}`);
			continue;
		}
		articles.push({
			id: `${locale}/${category}/${slug}`,
			locale,
			category,
			slug,
			key: `${category}/${slug}`,
			file,
			digest: digestOf(text),
			data: parsed.data,
			body: frontMatter.body,
			bodyLine: frontMatter.bodyLine,
			components: body.components,
			componentUses: body.uses,
		});
	}
	return { articles, withProblems, problems };
}
