import fs from 'node:fs';
import path from 'node:path';
import { POLICY_PAGES } from '../policies/policy-schema.js';
import { createCatalog } from '../catalog/catalog.js';
import { policyTextFor, type Policies } from '../policies/load-policies.js';
import { checkLinks, findLinks, headingIds, type LinkTarget } from './links.js';
import type { ContentProblem } from './problems.js';
import type { ArticleSource } from './scan-articles.js';
import type { ArticleMove } from './article-moves.js';

export interface SiteLinkInput {
	/** The shop's public/: links may point at its files. */
	publicDir: string;
	/** `<category>/<slug>` of articles whose texts have problems of their own: links to them are not broken, the article is. */
	articlesWithProblems?: readonly string[];
	defaultLocale: string;
	locales: readonly string[];
	categories: readonly string[];
	articles: readonly ArticleSource[];
	policies: Policies;
	hasContactPage: boolean;
	hasContactForm: boolean;
	/** The shop has content/markets.yaml: then /<locale>/markets/ exists. */
	hasMarkets: boolean;
	/** Old addresses of articles that moved: they still lead somewhere. */
	moves?: readonly ArticleMove[];
}

/**
 * Checks every internal link and anchor in the articles and policy texts
 * against the pages the build will make (fallbacks included), and files in
 * public/. Returns one problem per broken link, with file and line.
 */
export function checkSiteLinks(input: SiteLinkInput): ContentProblem[] {
	const catalog = createCatalog({ defaultLocale: input.defaultLocale, locales: input.locales, categories: input.categories, articles: input.articles });
	// The texts as the shop check read them: no file is read a second time.
	const bodies = new Map([...input.articles, ...input.policies.pages].map(({ file, body, bodyLine }) => [file, { body, firstLine: bodyLine }]));
	const bodyOf = (file: string) => bodies.get(file) ?? { body: '', firstLine: 1 };
	const policyPages = POLICY_PAGES.filter((page) => input.policies[page]);
	// Each text's heading ids, rendered once and only if a link asks.
	const anchors = new Map<string, Set<string>>();
	const anchorsOf = (file: string) => () => {
		let ids = anchors.get(file);
		if (!ids) anchors.set(file, (ids = headingIds(bodyOf(file).body)));
		return ids;
	};

	const resolve = (sitePath: string): LinkTarget => {
		const publicFile = path.join(input.publicDir, sitePath);
		if (!sitePath.endsWith('/') && fs.existsSync(publicFile) && fs.statSync(publicFile).isFile()) return { kind: 'page' };
		if (!sitePath.endsWith('/')) return { kind: 'missing', hint: `page addresses end with a slash: ${sitePath}/` };
		const [locale = '', ...rest] = sitePath.split('/').filter(Boolean);
		if (!input.locales.includes(locale)) return { kind: 'missing', hint: `it should start with a language of site.yaml (${input.locales.join(', ')})` };
		const [first, second, ...more] = rest;
		if (more.length > 0) return { kind: 'missing' };
		if (first === undefined) return { kind: 'page' };
		if (second === undefined) {
			if (first === 'search') return { kind: 'page' };
			if (first === 'contact' && input.hasContactPage) return { kind: 'page' };
			if (first === 'markets' && input.hasMarkets) return { kind: 'page' };
			const policy = policyPages.find((page) => page === first);
			if (policy) {
				const text = policyTextFor(input.policies, policy, locale, input.defaultLocale);
				return { kind: 'page', ...(text ? { anchors: anchorsOf(text.source.file) } : {}) };
			}
			if (catalog.categoriesOf(locale).some((c) => c.id === first)) return { kind: 'page' };
			return { kind: 'missing', hint: `there is no category "${first}" with articles in ${locale}` };
		}
		if (first === 'contact' && second === 'sent' && input.hasContactForm) return { kind: 'page' };
		// An old address leads to the article that moved away from it.
		const key = input.moves?.find((move) => move.from === `${first}/${second}`)?.to ?? `${first}/${second}`;
		const article = catalog.article(locale, key);
		if (!article && input.articlesWithProblems?.includes(`${first}/${second}`)) return { kind: 'page' };
		if (!article) return { kind: 'missing', hint: `there is no article ${first}/${second}.mdx in any language` };
		return { kind: 'page', anchors: anchorsOf(article.source.file) };
	};

	const problems: ContentProblem[] = [];
	const files = [...input.articles.map((a) => a.file), ...input.policies.pages.map((p) => p.file)];
	for (const file of files) {
		const { body, firstLine } = bodyOf(file);
		for (const problem of checkLinks(findLinks(body, firstLine), resolve, anchorsOf(file))) {
			problems.push({ file, field: `line ${problem.line}`, message: problem.message });
		}
	}
	return problems;
}
