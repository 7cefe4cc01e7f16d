import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFrontmatterSchema } from './content/article-schema.js';
import { mdxLoader } from './content/mdx-loader.js';
import { announcementSchema } from './announcements/announcements.js';
import { POLICY_PAGES, policyPageSchema } from './policies/policy-schema.js';
import { resolveShopPaths } from './shop/paths.js';

const { content } = resolveShopPaths();

export const collections = {
	// Ids are the file paths without extension ("he/returns/how-to-return-an-item"),
	// the same ids the catalog uses, so a page finds its text with getEntry().
	articles: defineCollection({
		loader: mdxLoader({ base: path.join(content, 'articles'), files: /^[^/]+\/[^/]+\/[^/]+\.mdx$/ }),
		schema: articleFrontmatterSchema,
	}),
	// The prose of the returns and shipping pages: "<locale>/returns", "<locale>/shipping".
	policies: defineCollection({
		loader: mdxLoader({ base: path.join(content, 'policies'), files: new RegExp(`^[^/]+/(?:${POLICY_PAGES.join('|')})\\.mdx$`) }),
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
