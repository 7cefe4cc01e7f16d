import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPageRecords } from '../../src/integration/page-records.js';

/** A manifest as Astro's incremental build writes it, with one route and its pages. */
function manifest(paths: Record<string, { cacheKey: string; outputFile: string; contentHashes?: Record<string, string> }>, dependencyHash = 'code-1') {
	return JSON.stringify({
		version: 1,
		configHash: 'config',
		lockfileHash: 'lock',
		keyDigest: 'changes with every build',
		routes: { 'src/pages/[locale]/[category]/[slug]/index.astro': { dependencyHash, paths } },
	});
}

describe("Astro's record of the pages it built, as the search index reads it", () => {
	let dir = '';
	beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-page-records-'))));
	afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
	const write = (text: string) => fs.writeFileSync(path.join(dir, 'incremental-build.json'), text);

	const track = { cacheKey: 'k1', outputFile: 'he/orders/track/index.html', contentHashes: { 'articles/he/orders/track': 'h1' } };
	const cancel = { cacheKey: 'k2', outputFile: 'he/orders/cancel/index.html' };

	it('knows each page by what made it: the same inputs give the same digest, any changed input another', async () => {
		write(manifest({ '/he/orders/track/': track, '/he/orders/cancel/': cancel }));
		const first = await readPageRecords(dir, { writtenSince: 0 });
		expect([...first.keys()].sort()).toEqual(['he/orders/cancel/index.html', 'he/orders/track/index.html']);
		write(manifest({ '/he/orders/track/': track, '/he/orders/cancel/': cancel }));
		expect(await readPageRecords(dir, { writtenSince: 0 })).toEqual(first);

		const digestsAfter = async (changed: string) => {
			write(changed);
			return (await readPageRecords(dir, { writtenSince: 0 })).get('he/orders/track/index.html');
		};
		const before = first.get('he/orders/track/index.html');
		expect(await digestsAfter(manifest({ '/he/orders/track/': { ...track, cacheKey: 'k1b' } }))).not.toBe(before);
		expect(await digestsAfter(manifest({ '/he/orders/track/': { ...track, contentHashes: { 'articles/he/orders/track': 'h2' } } }))).not.toBe(before);
		expect(await digestsAfter(manifest({ '/he/orders/track/': track }, 'code-2'))).not.toBe(before);
		expect(await digestsAfter(manifest({ '/he/orders/track/': track }))).toBe(before);
	});

	it('knows no page from a record an earlier build wrote (incremental builds since turned off)', async () => {
		write(manifest({ '/he/orders/track/': track }));
		const earlier = new Date(Date.now() - 60_000);
		fs.utimesSync(path.join(dir, 'incremental-build.json'), earlier, earlier);
		expect(await readPageRecords(dir, { writtenSince: Date.now() - 1000 })).toEqual(new Map());
		expect((await readPageRecords(dir, { writtenSince: earlier.getTime() - 1000 })).size).toBe(1);
	});

	it('knows no page when Astro kept no record, or one in a form this engine does not read, so every page is read instead', async () => {
		expect(await readPageRecords(dir, { writtenSince: 0 })).toEqual(new Map());
		write('{"version": 1, "routes": ');
		expect(await readPageRecords(dir, { writtenSince: 0 })).toEqual(new Map());
		write(manifest({ '/he/orders/track/': track }).replace('"version":1', '"version":2'));
		expect(await readPageRecords(dir, { writtenSince: 0 })).toEqual(new Map());
	});
});
