import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/** Folder of the search bundle inside the built site; the search island loads it from here. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Indexes the built HTML with Pagefind's Node API and writes the search
 * bundle into the site. Pages mark what is indexed with data-pagefind-*
 * attributes; Pagefind splits the index by each page's <html lang>.
 */
export async function writeSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: path.join(outDir, SEARCH_BUNDLE_DIR) });
		if (written.errors.length) throw new Error(`Pagefind could not write the search bundle: ${written.errors.join('; ')}`);
		logger.info(`Search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
	} finally {
		await pagefind.close();
	}
}
