import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { prepareSearchPages } from './search-page-files.js';

/** Folder of the search bundle inside the built site; the search island loads it from here. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Indexes the built HTML with Pagefind's Node API and writes the search
 * bundle into the site. Pages mark what is indexed with data-pagefind-*
 * attributes; Pagefind splits the index by each page's <html lang>. Then
 * each locale's results page learns the bundle's files (search-page-files.ts).
 */
export async function writeSearchIndex(outDir: string, site: { base: string; locales: readonly string[] }, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	let pageCount = 0;
	try {
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		pageCount = added.page_count;
		const written = await index.writeFiles({ outputPath: path.join(outDir, SEARCH_BUNDLE_DIR) });
		if (written.errors.length) throw new Error(`Pagefind could not write the search bundle: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
	await prepareSearchPages(outDir, { ...site, bundleDir: SEARCH_BUNDLE_DIR });
	logger.info(`Search index: ${pageCount} pages in ${Math.round(performance.now() - started)} ms`);
}
