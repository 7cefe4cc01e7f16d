import fs from 'node:fs';
import path from 'node:path';

/**
 * Astro keeps its content store between builds and reuses entries whose id
 * and text did not change, without looking at where the file is. Two shops
 * with the same article at different paths (a copy of the shop, the tests'
 * fixture) would then build against the other one's files. So the store is
 * dropped whenever the content folder differs from the last build's.
 */
export function forgetOtherShopsContent({ cacheDir, dotAstroDir, contentDir }: { cacheDir: string; dotAstroDir: string; contentDir: string }): boolean {
	const marker = path.join(cacheDir, 'help-center-content.txt');
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
