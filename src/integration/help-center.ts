import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { ContentError } from '../content/problems.js';
import { loadShop } from '../shop/load-shop.js';
import { resolveShopPaths } from '../shop/paths.js';
import { hostRules } from './host-rules.js';
import { writeSearchIndex } from './search-index.js';

/**
 * Checks the shop's content before Astro does anything else, so a bad file
 * stops the build with one message naming every file and field at fault,
 * and, once the site is built, writes its search index and host rules.
 */
export default function helpCenter(): AstroIntegration {
	let locales: string[] = [];
	let base = '/';
	return {
		name: 'help-center',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, addClientDirective }) => {
				addClientDirective({ name: 'interaction', entrypoint: fileURLToPath(new URL('../islands/interaction-directive.ts', import.meta.url)) });
				const shop = loadOrExplain(command === 'dev');
				locales = shop.site.locales.map((l) => l.code);
				base = config.base;
				updateConfig({ site: process.env.SITE_URL || config.site || shop.site.url });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				await fs.writeFile(`${out}/_redirects`, hostRules({ base, locales }).netlifyRedirects);
				await writeSearchIndex(out, logger);
			},
		},
	};
}

function loadOrExplain(includeDrafts: boolean) {
	try {
		return loadShop(resolveShopPaths(), { includeDrafts });
	} catch (error) {
		if (error instanceof ContentError) {
			throw new AstroError(error.message, 'Fix the files listed above; the contract is described in README.md ("Writing content").');
		}
		throw error;
	}
}
