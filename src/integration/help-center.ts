import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { ContentError } from '../content/problems.js';
import { contentSecurityPolicy } from '../security/content-security-policy.js';
import { buildRobots, buildSitemap, sitemapLine } from '../seo/sitemap.js';
import { createHelpCenter } from '../shop/help-center.js';
import { loadShop, type LoadOptions, type Shop } from '../shop/load-shop.js';
import { resolveShopPaths, type ShopPaths } from '../shop/paths.js';
import { shareShop } from '../shop/shared-shop.js';
import { headersFile, hostRules } from './host-rules.js';
import { redirectPages } from './redirect-pages.js';
import { forgetOtherShopsContent, forgetRemovedShops } from './content-cache.js';
import { countShopChanges } from './shop-watch.js';
import { writeSearchIndex } from './search-index.js';
import { insightsCspSources } from '../insights/insights-config.js';

/**
 * Checks the shop's content before Astro does anything else, so a bad file
 * stops the build with one message naming every file and field at fault,
 * and, once the site is built, writes its search index and host rules.
 */
export default function helpCenter(): AstroIntegration {
	let shop: Shop | undefined;
	let base = '/';
	let siteUrl = '';
	let cacheDir = '';
	let reuseSearch = true;
	let lockfile = '';
	let buildStarted = 0;
	let shopPaths: ShopPaths | undefined;
	return {
		name: 'help-center',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, addClientDirective, logger }) => {
				addClientDirective({ name: 'interaction', entrypoint: fileURLToPath(new URL('../islands/interaction-directive.ts', import.meta.url)) });
				const root = fileURLToPath(config.root);
				shopPaths = resolveShopPaths(process.env, root);
				if (command === 'build') forgetRemovedShops(root);
				forgetOtherShopsContent({
					cacheDir: fileURLToPath(config.cacheDir),
					dotAstroDir: fileURLToPath(new URL('.astro/', config.root)),
					contentDir: shopPaths.content,
				});
				shop = loadOrExplain(shopPaths, { includeDrafts: command === 'dev', cacheDir: fileURLToPath(config.cacheDir) });
				shareShop(shop);
				for (const notice of shop.notices) logger.warn(notice);
				base = config.base;
				cacheDir = fileURLToPath(config.cacheDir);
				// `astro build --force` renders every page afresh: the search is indexed afresh too.
				reuseSearch = !process.argv.includes('--force');
				lockfile = fileURLToPath(new URL('package-lock.json', config.root));
				siteUrl = process.env.SITE_URL || config.site || shop.site.url;
				const csp = contentSecurityPolicy({
					insights: insightsCspSources(shop.site.insights),
					contactForm: shop.site.contactForm,
				});
				updateConfig({
					site: siteUrl,
					// The shop's own public/ (logo, favicon, images), next to its content.
					publicDir: pathToFileURL(`${shopPaths.public}/`),
					security: {
						csp: { algorithm: 'SHA-256', scriptDirective: { resources: csp.scriptResources, hashes: csp.scriptHashes }, directives: csp.directives },
					},
				});
			},
			'astro:server:setup': ({ server }) => {
				if (!shopPaths) return;
				const { content, locales, public: publicDir } = shopPaths;
				countShopChanges(server.watcher, [content, locales, publicDir]);
			},
			'astro:build:start': () => {
				buildStarted = Date.now();
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				if (!shop) return;
				if (shop.site.contactForm?.target === 'local') {
					logger.warn(
						'The contact form posts to the local receiver, which only `npm start` runs. Before you deploy, choose a target in content/site.yaml (contactForm.target; see README "Contact form").',
					);
				}
				const locales = shop.site.locales.map((l) => l.code);
				await fs.writeFile(`${out}/_redirects`, hostRules({ base, locales, moves: shop.moves }).netlifyRedirects);
				// A shop's own public/_headers wins.
				if (!(await fs.stat(`${out}/_headers`).catch(() => undefined))) await fs.writeFile(`${out}/_headers`, headersFile({ base, locales }));
				const hc = createHelpCenter(shop);
				const { catalog, categories, policyPages, policies } = hc;
				for (const page of redirectPages(hc, shop.moves, { base, siteUrl })) {
					await fs.mkdir(path.dirname(path.join(out, page.file)), { recursive: true });
					await fs.writeFile(path.join(out, page.file), page.html);
				}
				const policyDates = policyPages.map((page) => ({ page, updated: policies[page]!.updated }));
				await fs.writeFile(`${out}/sitemap.xml`, buildSitemap({ catalog, categories: categories.map((c) => c.id), siteUrl, base, policies: policyDates }));
				// Crawlers read robots.txt only at the host's root. Under a base path the help center
				// does not own that file, so the operator adds the sitemap line to the one the host has.
				if (base.replace(/\/+$/, '') !== '') {
					logger.info(`Served under ${base}: add this line to robots.txt at the root of the host, where crawlers read it:\n  ${sitemapLine(siteUrl, base)}`);
				} else if (!(await fs.stat(`${out}/robots.txt`).catch(() => undefined))) {
					// A shop's own public/robots.txt wins.
					await fs.writeFile(`${out}/robots.txt`, buildRobots(siteUrl, base));
				}
				await writeSearchIndex(out, { base, locales, cacheDir, reuse: reuseSearch, lockfile, buildStarted }, logger);
			},
		},
	};
}

function loadOrExplain(paths: ShopPaths, options: LoadOptions) {
	try {
		return loadShop(paths, options);
	} catch (error) {
		if (error instanceof ContentError) {
			throw new AstroError(error.message, 'Fix the files listed above; the contract is described in README.md ("Writing content").');
		}
		throw error;
	}
}
