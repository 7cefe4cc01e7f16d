import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FRONT_MATTER_CACHE_FILE, openFrontMatterCache } from '../../src/content/front-matter-cache.js';
import { readFrontMatter } from '../../src/content/front-matter.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { copyFixtureShop } from '../helpers/shop-copy.js';

const ARTICLE = (title: string) => `---\ntitle: ${title}\ndescription: Where the parcel is.\nkeywords: [parcel, tracking]\norder: 2\n---\n\nOpen the email.\n`;

describe('front matter kept between builds', () => {
	let dir = '';
	beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-front-matter-'))));
	afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

	/** What the cache file keeps; nothing when no file was written. */
	const stored = (): { entries: Record<string, string> } => {
		const file = path.join(dir, FRONT_MATTER_CACHE_FILE);
		return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { entries: {} };
	};
	/** One build: reads the texts through the cache, as the shop check does, and saves it. */
	const build = (...texts: string[]) => {
		const cache = openFrontMatterCache(dir);
		const results = texts.map((text) => readFrontMatter(text, cache.parse));
		cache.save();
		return results;
	};

	it('gives the data the parser gives, the same on the build that parsed it and the next one that kept it', () => {
		const parsed = readFrontMatter(ARTICLE('Track a parcel'));
		expect(build(ARTICLE('Track a parcel'))).toEqual([parsed]);
		const written = fs.statSync(path.join(dir, FRONT_MATTER_CACHE_FILE)).mtimeMs;
		const [again] = build(ARTICLE('Track a parcel'));
		expect(again).toEqual(parsed);
		// Nothing new to keep: the file is not written again.
		expect(fs.statSync(path.join(dir, FRONT_MATTER_CACHE_FILE)).mtimeMs).toBe(written);
		// Each file gets its own object, even with the same front matter.
		const [first, second] = build(ARTICLE('Track a parcel'), ARTICLE('Track a parcel'));
		expect(first?.ok && second?.ok && first.data !== second.data).toBe(true);
	});

	it('parses an edited front matter and forgets the one no file has any more', () => {
		build(ARTICLE('Track a parcel'), ARTICLE('Cancel an order'));
		expect(Object.keys(stored().entries)).toHaveLength(2);
		const [edited] = build(ARTICLE('Track a parcel or a return'), ARTICLE('Cancel an order'));
		expect(edited?.ok && (edited.data as { title: string }).title).toBe('Track a parcel or a return');
		expect(Object.values(stored().entries).map((json) => (JSON.parse(json) as { title: string }).title)).toEqual([
			'Track a parcel or a return',
			'Cancel an order',
		]);
	});

	it('never keeps front matter with a problem, so its message is the parser’s every time', () => {
		const broken = '---\ntitle: One\ntitle: Two\n---\nText\n';
		const [first] = build(broken);
		const [second] = build(broken);
		expect(first).toEqual(readFrontMatter(broken));
		expect(second).toEqual(first);
		expect(first?.ok).toBe(false);
		expect(stored().entries).toEqual({});
	});

	it('keeps only what JSON gives back as it was (YAML .nan and .inf are parsed every time)', () => {
		const [special] = build('---\ntitle: Odd\norder: .inf\n---\nText\n');
		expect(special?.ok && (special.data as { order: number }).order).toBe(Infinity);
		expect(stored().entries).toEqual({});
	});

	it('ignores a damaged cache file or one written under other reading rules', () => {
		fs.writeFileSync(path.join(dir, FRONT_MATTER_CACHE_FILE), '{"version": "an older engine", "entries": {"x": "{}"}}');
		expect(build(ARTICLE('Track a parcel'))).toEqual([readFrontMatter(ARTICLE('Track a parcel'))]);
		expect(Object.keys(stored().entries)).not.toContain('x');
		fs.writeFileSync(path.join(dir, FRONT_MATTER_CACHE_FILE), '{"version": ');
		expect(build(ARTICLE('Track a parcel'))).toEqual([readFrontMatter(ARTICLE('Track a parcel'))]);
	});

	it('loads a shop to the same result with the cache as without it, before and after it is filled', () => {
		const copy = copyFixtureShop({}, 'hc-front-matter-shop-');
		try {
			const plain = loadShop(copy, { includeDrafts: false });
			const filling = loadShop(copy, { includeDrafts: false, cacheDir: dir });
			const filled = loadShop(copy, { includeDrafts: false, cacheDir: dir });
			expect(Object.keys(stored().entries).length).toBe(plain.articles.length);
			expect(filling.articles).toEqual(plain.articles);
			expect(filled.articles).toEqual(plain.articles);
		} finally {
			copy.remove();
		}
	});
});
