/**
 * Scaffolds an article with valid front matter:
 *
 *   npm run new -- returns/refund-to-gift-card          in the default locale
 *   npm run new -- returns/refund-to-gift-card --locale pl
 *
 * The article starts as a draft (shown by `npm run dev`, left out of builds)
 * so a half-written page is never published. A translation of an article that
 * exists in the default locale starts from the original's text, marked
 * `needsTranslation: true`, which keeps it out of builds until the translator
 * has replaced the text and removed the mark.
 */
import fs from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../src/content/front-matter.js';
import { ContentError } from '../src/content/problems.js';
import { loadShop } from '../src/shop/load-shop.js';
import { resolveShopPaths } from '../src/shop/paths.js';
import { sharedFrontMatterLines } from '../src/translation/round-trip.js';

export function scaffold(args: readonly string[], today: Date = new Date()): { file: string; text: string } {
	const target = args.find((arg) => !arg.startsWith('--'));
	const localeFlag = args.indexOf('--locale');
	const paths = resolveShopPaths();
	const shop = loadShop(paths, { includeDrafts: true });
	const locale = localeFlag === -1 ? shop.site.defaultLocale : args[localeFlag + 1];
	const categories = shop.categories.map((c) => c.id);
	const match = /^([a-z0-9-]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(target ?? '');
	if (!match) throw new Error('Name the article as <category>/<slug>, e.g. "npm run new -- returns/refund-to-gift-card".');
	const [, category, slug] = match as unknown as [string, string, string];
	if (!categories.includes(category)) throw new Error(`"${category}" is not a category in content/categories.yaml (${categories.join(', ')}).`);
	if (!locale || !shop.site.locales.some((l) => l.code === locale)) {
		throw new Error(`--locale must be one of ${shop.site.locales.map((l) => l.code).join(', ')}.`);
	}
	const file = path.join(paths.content, 'articles', locale, category, `${slug}.mdx`);
	if (fs.existsSync(file)) throw new Error(`${path.relative(paths.root, file)} already exists.`);
	const original = shop.articles.find((a) => a.locale === shop.site.defaultLocale && a.key === `${category}/${slug}`);
	if (original && locale !== shop.site.defaultLocale) return { file, text: fromOriginal(fs.readFileSync(path.resolve(paths.root, original.file), 'utf8')) };
	const title = slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ');
	const text = `---
title: ${title}
description: ${title}.
keywords: []
updated: ${today.toISOString().slice(0, 10)}
draft: true
---

Write the answer here. Remove \`draft: true\` above when the article is ready.
`;
	return { file, text };
}

/**
 * A translation's first version: the original's front matter and text, marked as waiting for its
 * translator. The original's date, old addresses, owner and review day are its own, not the
 * translation's, and a draft mark would hide what the marker says.
 */
export function fromOriginal(source: string): string {
	const front = splitFrontMatter(source);
	if (!front) throw new Error('The original has no front matter to start from.');
	const lines = sharedFrontMatterLines(front.yaml);
	return `---\n${lines.join('\n')}\nneedsTranslation: true # the text below is the original's: translate the title, description, keywords and text, then remove this line\n---\n${front.rest}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
	try {
		const { file, text } = scaffold(process.argv.slice(2));
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, text);
		const marker = text.includes('needsTranslation: true')
			? 'the original text to translate; left out of builds until you remove "needsTranslation: true"'
			: 'a draft until you remove "draft: true"';
		console.log(`Created ${path.relative(process.cwd(), file)} (${marker}).`);
	} catch (error) {
		console.error(error instanceof ContentError ? error.message : `${(error as Error).message}`);
		process.exit(1);
	}
}
