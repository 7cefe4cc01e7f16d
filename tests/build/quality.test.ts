import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dropContentStore, shopCacheDir } from '../../src/integration/content-cache.js';
import { buildSite, htmlErrors, listFiles, projectRoot, type BuildResult } from '../helpers/build-site.js';

const FIXTURE = 'tests/fixtures/shop/content';
let first: BuildResult;
let second: BuildResult;
let storedBetweenBuilds = false;

beforeAll(() => {
	// The first build starts from nothing; the second reuses what the first stored (rendered texts).
	const cacheDir = shopCacheDir({ root: projectRoot, content: FIXTURE });
	dropContentStore({ cacheDir, dotAstroDir: path.join(projectRoot, '.astro') });
	first = buildSite({ name: 'quality-a', content: FIXTURE, base: '/help/' });
	if (!first.ok) throw new Error(first.output);
	storedBetweenBuilds = fs.existsSync(path.join(cacheDir, 'data-store.json'));
	second = buildSite({ name: 'quality-b', content: FIXTURE, base: '/help/' });
	if (!second.ok) throw new Error(second.output);
});

function digest(dir: string): Record<string, string> {
	return Object.fromEntries(
		listFiles(dir).map((file) => [
			file,
			createHash('sha256')
				.update(fs.readFileSync(path.join(dir, file)))
				.digest('hex'),
		]),
	);
}

describe('the built site', () => {
	it('is byte-identical across two builds of the same input, the first from scratch', () => {
		expect(storedBetweenBuilds).toBe(true);
		const a = digest(first.dir);
		const b = digest(second.dir);
		expect(Object.keys(b)).toEqual(Object.keys(a));
		const differing = Object.keys(a).filter((file) => a[file] !== b[file]);
		expect(differing).toEqual([]);
	});

	it('is valid HTML according to the Nu Html Checker', () => {
		expect(htmlErrors(first.dir)).toEqual([]);
	});
});
