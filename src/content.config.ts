import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFrontmatterSchema } from './content/article-schema.js';
import { mdxLoader, type KnownText } from './content/mdx-loader.js';
import { announcementSchema } from './announcements/announcement-schema.js';
import { POLICY_PAGES, policyPageSchema } from './policies/policy-schema.js';
import { resolveShopPaths } from './shop/paths.js';
import { sharedShop } from './shop/shared-shop.js';

const { content } = resolveShopPaths();

/**
 * The texts the integration's shop check read and validated, by path from the project root:
 * the loaders take them from there instead of reading and parsing every file again.
 */
let checked: { shop: object; texts: Map<string, KnownText> } | undefined;
function checkedText(filePath: string): KnownText | undefined {
	const shop = sharedShop();
	if (!shop) return undefined;
	if (checked?.shop !== shop) checked = { shop, texts: new Map([...shop.articles, ...shop.policies.pages].map((text) => [text.file, text])) };
	return checked.texts.get(filePath);
}

export const collections = {
	// Ids are the file paths without extension ("he/returns/how-to-return-an-item"),
	// the same ids the catalog uses, so a page finds its text with getEntry().
	articles: defineCollection({
		loader: mdxLoader({ base: path.join(content, 'articles'), files: /^[^/]+\/[^/]+\/[^/]+\.mdx$/, known: checkedText }),
		schema: articleFrontmatterSchema,
	}),
	// The prose of the returns and shipping pages: "<locale>/returns", "<locale>/shipping".
	policies: defineCollection({
		loader: mdxLoader({ base: path.join(content, 'policies'), files: new RegExp(`^[^/]+/(?:${POLICY_PAGES.join('|')})\\.mdx$`), known: checkedText }),
		schema: policyPageSchema,
	}),
	// Banners: "<locale>/<name>", Markdown.
	announcements: defineCollection({
		loader: glob({
			pattern: '*/*.md',
			base: path.join(content, 'announcements'),
			generateId: ({ entry }) => entry.replace(/\.md$/, ''),
		}),
		schema: announcementSchema,
	}),
};
