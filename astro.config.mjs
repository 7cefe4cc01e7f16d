// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { shopCacheDir } from './src/integration/content-cache.ts';
import helpCenter from './src/integration/help-center.ts';
import { resolveShopPaths } from './src/shop/paths.ts';

/**
 * "content-he-returns" for content/articles/he/returns/x.mdx; other modules split as usual.
 * @param {string} id
 */
function articleChunk(id) {
	const match = /articles\/([^/]+)\/([^/]+)\/[^/]+\.mdx/.exec(id);
	return match ? `content-${match[1]}-${match[2]}` : null;
}

// Deploy settings come from the environment so one checkout can build for any host:
//   BASE_PATH=/help/          serve the help center under a sub-path
//   SITE_URL=https://...      public address (defaults to `url` in content/site.yaml)
//   HELP_CENTER_OUT_DIR=dist  where the built site goes
export default defineConfig({
	base: process.env.BASE_PATH || '/',
	// node_modules/.astro for the shop in content/; its own folder inside that for any other shop.
	cacheDir: shopCacheDir(resolveShopPaths(process.env, fileURLToPath(new URL('.', import.meta.url)))),
	outDir: process.env.HELP_CENTER_OUT_DIR || './dist',
	trailingSlash: 'always',
	// `preserve` keeps src/pages/[locale]/404.astro as <locale>/404.html, where hosts look for it.
	// Stylesheets stay files, cached between pages: an inlined <style> would also add its hash to
	// every page's Content-Security-Policy (Astro lists the site's style hashes on each page).
	// Four pages render side by side: while one waits for its file to be written or its article
	// read from the content store, another renders (about a second less for 3,000 pages).
	build: { format: 'preserve', inlineStylesheets: 'never', concurrency: 4 },
	integrations: [helpCenter(), mdx(), react()],
	// Code blocks stay plain <pre><code>, styled by the stylesheet: syntax colours come as inline
	// style attributes, which the pages' Content-Security-Policy blocks (style-src has no
	// 'unsafe-inline'), and a shopper's help text needs no colours in its codes.
	markdown: { syntaxHighlight: false },
	// Host-agnostic static output; nothing here needs a server.
	output: 'static',
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				output: {
					// One chunk per locale and category for the compiled articles instead of one per
					// article: thousands of tiny chunks make the bundling step twice as slow.
					codeSplitting: {
						groups: [{ name: (id) => articleChunk(id) }],
					},
				},
				// Every MDX article triggers a harmless notice about Astro's own "use astro:head-inject"
				// directive; with thousands of articles it buries real messages.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	prefetch: false,
	experimental: {
		// Pages whose cacheKey (src/shop/page-cache-keys.ts) and code are unchanged since the last build,
		// kept with Astro's cache in node_modules/.astro, are copied from it instead of rendered again.
		incrementalBuild: true,
	},
});
