import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where Astro keeps its cache for shops other than the project's own, inside its default folder. */
const OTHER_SHOPS = 'shops';
/** Astro's default cache folder in a checkout. */
const astroCacheOf = (root: string) => path.join(root, 'node_modules/.astro');
const MARKER = 'help-center-content.txt';

/**
 * Astro's cache folder for a shop: its content store, its copies of built pages and the kept
 * search bundles. The project's own shop (content/) has Astro's default, node_modules/.astro,
 * which CI keeps between runs. Any other shop (the tests' fixtures and copies, the benchmark)
 * has a folder of its own inside it, so building one shop never drops or overwrites another's
 * cache: a test that builds a shop twice finds its store kept, whatever was built in between.
 */
export function shopCacheDir({ root, content }: { root: string; content: string }): string {
	const astroCache = astroCacheOf(root);
	const resolved = path.resolve(root, content);
	if (resolved === path.join(root, 'content')) return astroCache;
	const name = path
		.basename(path.dirname(resolved))
		.replace(/[^a-z0-9]+/gi, '-')
		.slice(0, 40);
	const hash = createHash('sha256').update(resolved).digest('hex').slice(0, 10);
	return path.join(astroCache, OTHER_SHOPS, `${name}-${hash}`);
}

/**
 * Deletes the caches of other shops whose content folder is gone (a test's temporary copy, an
 * earlier benchmark), which would otherwise pile up: each holds a copy of its built pages.
 */
export function forgetRemovedShops(root: string): void {
	const dir = path.join(astroCacheOf(root), OTHER_SHOPS);
	for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
		const marker = path.join(dir, entry, MARKER);
		// No marker yet: a build that has just started; leave it.
		const content = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : undefined;
		if (content !== undefined && !fs.existsSync(content)) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
	}
}

/**
 * Astro keeps its content store between builds and reuses entries whose id
 * and text did not change, without looking at where the file is. Two shops
 * with the same article at different paths (a copy of the shop, the tests'
 * fixture) would then build against the other one's files. So the store is
 * dropped whenever the content folder differs from the last build's.
 */
export function forgetOtherShopsContent({ cacheDir, dotAstroDir, contentDir }: { cacheDir: string; dotAstroDir: string; contentDir: string }): boolean {
	const marker = path.join(cacheDir, MARKER);
	const previous = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : undefined;
	if (previous === contentDir) return false;
	dropContentStore({ cacheDir, dotAstroDir });
	fs.mkdirSync(cacheDir, { recursive: true });
	fs.writeFileSync(marker, contentDir);
	return previous !== undefined;
}

/** Deletes Astro's content store, so the next build loads and renders every file again. */
export function dropContentStore({ cacheDir, dotAstroDir }: { cacheDir: string; dotAstroDir: string }): void {
	for (const file of [
		path.join(cacheDir, 'data-store.json'),
		path.join(dotAstroDir, 'data-store.json'),
		path.join(dotAstroDir, 'content-modules.mjs'),
		path.join(dotAstroDir, 'content-assets.mjs'),
	]) {
		fs.rmSync(file, { force: true });
	}
}
