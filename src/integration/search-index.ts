import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_DIR, searchBundlePath } from '../search/bundle-path.js';
import { digestOf } from '../utils/digest.js';
import { inBatches } from '../utils/in-batches.js';
import { readPageRecords } from './page-records.js';
import { keptSearchFiles, prepareSearchPages, readSearchBundle, type SearchBundleFiles } from './search-page-files.js';

export { SEARCH_BUNDLE_DIR };

export interface SearchIndexOptions {
	base: string;
	locales: readonly string[];
	/** Where each language's bundle is kept for the next build, with a digest of the pages it was made from. */
	cacheDir: string;
	/** Take bundles from the last build where the pages are the same; false indexes every language afresh. */
	reuse: boolean;
	/** The project's package-lock.json, whose text changes with Pagefind's version. */
	lockfile: string;
	/** When this build started (ms since the epoch): Astro's record of its pages counts only if written since. */
	buildStarted: number;
}

/** Pagefind's settings for every index; a change to them makes every kept bundle stale. */
const INDEX_CONFIG = {};

/**
 * Bytes of index per chunk file; Pagefind's default makes chunks four to five times as large.
 * Every word of a query costs the download of the chunk that holds it, so small chunks make a
 * first search light: at 500 articles per language a Vietnamese query of four syllables and
 * their pairs fetched 81 kB of index at the default, 25 kB at this size, for the same results.
 * A language's index is then about four times as many files with the same bytes in all.
 * Pagefind takes the size only from its environment (where it calls it unstable), which the
 * service that the Node API starts inherits.
 */
export const INDEX_CHUNK_BYTES = 4000;

/**
 * Indexes the built HTML with Pagefind's Node API: one bundle per language, in
 * pagefind/<locale>/, made from that language's pages. Pages mark what is indexed with
 * data-pagefind-* attributes. A language whose pages are byte for byte those of the last
 * build gets that build's bundle back from the cache instead, which is what a fresh index of
 * the same pages would be. Then each locale's results page learns its bundle's files
 * (search-page-files.ts).
 */
export async function writeSearchIndex(
	outDir: string,
	{ base, locales, cacheDir, reuse, lockfile, buildStarted }: SearchIndexOptions,
	logger: AstroIntegrationLogger,
): Promise<void> {
	const started = performance.now();
	const fresh = new Set<string>();
	const bundles = new Map<string, SearchBundleFiles>();
	const records = await readPageRecords(cacheDir, { writtenSince: buildStarted });
	try {
		// Two languages at a time: Pagefind's service indexes on another thread while this one reads and copies files.
		await inBatches(locales, 2, async (locale) => {
			const bundleDir = path.join(outDir, searchBundlePath(locale));
			const kept = path.join(cacheDir, 'help-center-search', locale);
			const pages = await pagesDigest(outDir, locale, lockfile, records);
			const keptBundle = path.join(kept, 'bundle');
			const keptFiles = path.join(kept, 'search-files.json');
			let files = reuse && (await readText(path.join(kept, 'pages.txt'))) === pages ? keptSearchFiles(await readText(keptFiles)) : undefined;
			if (!files) {
				fresh.add(locale);
				await fs.rm(kept, { recursive: true, force: true });
				await indexLanguage(outDir, locale, keptBundle);
				// Read once, when the bundle is made: a kept bundle's files need no second reading.
				files = await readSearchBundle(keptBundle);
				await fs.writeFile(keptFiles, JSON.stringify(files));
				// Last: a bundle counts as kept only once all of it is written.
				await fs.writeFile(path.join(kept, 'pages.txt'), pages);
			}
			bundles.set(locale, files);
			await linkTree(keptBundle, bundleDir);
		});
	} finally {
		if (fresh.size > 0) await pagefind.close();
	}
	await prepareSearchPages(outDir, { base, bundles });
	const indexed = locales.filter((locale) => fresh.has(locale));
	const reused = locales.filter((locale) => !fresh.has(locale));
	logger.info(
		`Search index: ${indexed.length ? `indexed ${indexed.join(', ')}` : 'nothing to index'}${reused.length ? `; kept ${reused.join(', ')} from the last build` : ''} (${Math.round(performance.now() - started)} ms)`,
	);
}

/**
 * Pagefind's ready-made search interfaces and its web worker: the help center has its own
 * search box and results page, and runs Pagefind on the page's thread (pagefind-client.ts).
 */
const UNUSED_BUNDLE_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
	'pagefind-worker.js',
];

async function indexLanguage(outDir: string, locale: string, bundleDir: string): Promise<void> {
	process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_BYTES);
	const { index, errors } = await pagefind.createIndex(INDEX_CONFIG);
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: outDir, glob: `${locale}/**/*.html` });
	if (added.errors.length) throw new Error(`Pagefind could not index the ${locale} pages: ${added.errors.join('; ')}`);
	const written = await index.writeFiles({ outputPath: bundleDir });
	if (written.errors.length) throw new Error(`Pagefind could not write the ${locale} search bundle: ${written.errors.join('; ')}`);
	await index.deleteIndex();
	await Promise.all(UNUSED_BUNDLE_FILES.map((file) => fs.rm(path.join(bundleDir, file), { force: true })));
}

/**
 * Puts the files of a kept bundle into the site as hard links: thousands of small files, which
 * neither the build nor a host changes in place. Copies where links cannot be made (another disk).
 */
async function linkTree(from: string, to: string): Promise<void> {
	const files = (await fs.readdir(from, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
	const dirs = new Set(files.map((entry) => path.join(to, path.relative(from, entry.parentPath))));
	for (const dir of dirs) await fs.mkdir(dir, { recursive: true });
	await inBatches(files, 64, async (entry) => {
		const source = path.join(entry.parentPath, entry.name);
		const target = path.join(to, path.relative(from, source));
		await fs.link(source, target).catch(() => fs.copyFile(source, target));
	});
}

/**
 * A digest of every page of a language as built, with what makes Pagefind index them the way it
 * does. A page Astro recorded is known by what made it (page-records.ts); any other (a redirect
 * page, or every page when Astro kept no record) by its bytes.
 */
async function pagesDigest(outDir: string, locale: string, lockfile: string, records: ReadonlyMap<string, string>): Promise<string> {
	const root = path.join(outDir, locale);
	const files = (await fs.readdir(root, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
	const digests = new Map<string, string>();
	await inBatches(files, 64, async (file) => {
		const record = records.get(`${locale}/${file.split(path.sep).join('/')}`);
		digests.set(
			file,
			record !== undefined
				? `made:${record}`
				: `bytes:${createHash('sha256')
						.update(await fs.readFile(path.join(root, file)))
						.digest('hex')}`,
		);
	});
	return digestOf(
		await readText(lockfile),
		INDEX_CONFIG,
		INDEX_CHUNK_BYTES,
		files.map((file) => [file, digests.get(file)]),
	);
}

async function readText(file: string): Promise<string | undefined> {
	return fs.readFile(file, 'utf8').catch(() => undefined);
}
