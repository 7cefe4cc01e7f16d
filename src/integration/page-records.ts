import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { digestOf } from '../utils/digest.js';

/**
 * What Astro's incremental build (experimental.incrementalBuild) records, in its cache folder, for
 * every page it rendered or copied: the page's cache key, its route's code and the content it
 * rendered. Astro copies a page from its last build when these are unchanged, trusting that they
 * make the same page; the search index trusts the same, instead of reading every page again to
 * learn whether a language changed (most of a second on 3,000 pages, on every build).
 */
const manifestSchema = z.object({
	version: z.literal(1),
	configHash: z.string(),
	lockfileHash: z.string(),
	routes: z.record(
		z.string(),
		z.object({
			dependencyHash: z.string(),
			paths: z.record(
				z.string(),
				z.object({
					cacheKey: z.string(),
					outputFile: z.string(),
					contentHashes: z.record(z.string(), z.string()).optional(),
				}),
			),
		}),
	),
});

const MANIFEST_FILE = 'incremental-build.json';

/**
 * A digest of what made each page, by its file in the built site ("he/orders/x/index.html"):
 * equal digests, equal pages. Empty when this build wrote no record this engine knows how to
 * read (incremental builds off, leaving an earlier build's record; another format): every page
 * is then read instead.
 */
export async function readPageRecords(cacheDir: string, { writtenSince }: { writtenSince: number }): Promise<Map<string, string>> {
	const file = path.join(cacheDir, MANIFEST_FILE);
	const written = await fs.stat(file).catch(() => undefined);
	if (!written || written.mtimeMs < writtenSince) return new Map();
	const text = await fs.readFile(file, 'utf8').catch(() => undefined);
	if (text === undefined) return new Map();
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return new Map();
	}
	const manifest = manifestSchema.safeParse(json);
	if (!manifest.success) return new Map();
	const { configHash, lockfileHash, routes } = manifest.data;
	const records = new Map<string, string>();
	for (const [route, { dependencyHash, paths }] of Object.entries(routes)) {
		for (const [pathname, { cacheKey, outputFile, contentHashes }] of Object.entries(paths)) {
			records.set(outputFile, digestOf(configHash, lockfileHash, route, dependencyHash, pathname, cacheKey, contentHashes ?? {}));
		}
	}
	return records;
}
