import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { addToHead, keptSearchFiles, readSearchBundle, searchPageHead, type SearchBundleFiles } from '../../src/integration/search-page-files.js';
import { MIN_PAGES_FOR_COMMON_WORDS } from '../../src/search/common-words.js';
import { CategoryIndex, readPreparedSearch } from '../../src/search/prepared-search.js';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes a file the way Pagefind does: gzip of its signature and JSON. */
const pagefindFile = (value: unknown) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(value)}`));

function bundle(files: Record<string, Buffer | string>): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-bundle-'));
	made.push(dir);
	for (const [name, content] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
		fs.writeFileSync(path.join(dir, name), content);
	}
	return dir;
}

const entry = JSON.stringify({
	version: '1.6.0',
	languages: {
		en: { hash: 'en_1a2b3c', wasm: 'en', page_count: 3 },
		'pt-br': { hash: 'pt-br_4d5e6f', wasm: null, page_count: 1 },
	},
});

describe('reading the search bundle', () => {
	it('names each language’s files and files every page under its category', async () => {
		const dir = bundle({
			'pagefind-entry.json': entry,
			'fragment/en_aaa.pf_fragment': pagefindFile({ url: '/en/orders/a/', content: 'Track an order.', filters: { category: ['Orders'] } }),
			'fragment/en_bbb.pf_fragment': pagefindFile({ url: '/en/returns/b/', content: 'Send it back.', filters: { category: ['Returns'] } }),
			// Pagefind can also store several pages in one file, by id.
			'fragment/en_group.pf_fragment': pagefindFile({ en_ccc: { url: '/en/orders/c/', content: 'Cancel an order.', filters: { category: ['Orders'] } } }),
			'fragment/pt-br_ddd.pf_fragment': pagefindFile({ url: '/pt-br/pedidos/d/', content: 'Rastrear.', filters: { category: ['Pedidos'] } }),
		});
		const files = await readSearchBundle(dir);
		expect(files.languages).toEqual({
			en: {
				meta: 'pagefind.en_1a2b3c.pf_meta',
				wasm: 'wasm.en.pagefind',
				categories: { Orders: ['en_aaa', 'en_ccc'], Returns: ['en_bbb'] },
				// Too few pages to tell which words are common.
				summary: { pageCount: 3, commonWords: [] },
			},
			'pt-br': {
				meta: 'pagefind.pt-br_4d5e6f.pf_meta',
				wasm: 'wasm.unknown.pagefind',
				categories: { Pedidos: ['pt-br_ddd'] },
				summary: { pageCount: 1, commonWords: [] },
			},
		});
		expect(files.cacheTag).toMatch(/^[\da-f]{12}$/);
	});

	it('lists the words on nearly every page of a language, from page titles and text, once it has enough pages', async () => {
		const pages = MIN_PAGES_FOR_COMMON_WORDS;
		const fragments: Record<string, Buffer> = {};
		for (let i = 0; i < pages; i++) {
			// "your" is on every page, "order" in every title, "refund" on 3 pages in 4, "parcel" on one.
			const content = `Your ${i % 4 === 0 ? 'parcel' : 'refund'} arrives soon. ${i === 0 ? 'Parcel lockers.' : ''}`;
			fragments[`fragment/vi_${String(i).padStart(3, '0')}.pf_fragment`] = pagefindFile({
				url: `/vi/a/${i}/`,
				content: `${content} Đơn hàng`,
				meta: { title: `Order ${i}` },
			});
		}
		const files = await readSearchBundle(
			bundle({ 'pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { vi: { hash: 'vi_1', wasm: null, page_count: pages } } }), ...fragments }),
		);
		// Vietnamese also counts pairs of neighbouring syllables, which its queries search for.
		expect(files.languages['vi']?.summary).toEqual({
			pageCount: pages,
			commonWords: ['arrives', 'arrivessoon', 'hàng', 'order', 'soon', 'your', 'đơn', 'đơnhàng'],
		});
	});

	it('gives the entry file a new cache tag whenever it changes', async () => {
		const first = await readSearchBundle(bundle({ 'pagefind-entry.json': entry, 'fragment/.keep': '' }));
		const second = await readSearchBundle(bundle({ 'pagefind-entry.json': entry.replace('en_1a2b3c', 'en_9z9z9z'), 'fragment/.keep': '' }));
		expect(second.cacheTag).not.toBe(first.cacheTag);
	});

	it('keeps what it read beside the bundle for the next build, and reads a kept copy only when it is whole', async () => {
		const dir = bundle({
			'pagefind-entry.json': entry,
			'fragment/en_aaa.pf_fragment': pagefindFile({ url: '/en/orders/a/', content: 'Track an order.', filters: { category: ['Orders'] } }),
		});
		const files = await readSearchBundle(dir);
		expect(keptSearchFiles(JSON.stringify(files))).toEqual(files);
		// Missing, cut short by a crash, or written by an older version: the bundle is made again.
		expect(keptSearchFiles(undefined)).toBeUndefined();
		expect(keptSearchFiles(JSON.stringify(files).slice(0, 40))).toBeUndefined();
		expect(keptSearchFiles(JSON.stringify({ cacheTag: files.cacheTag, languages: { en: { meta: 'x', wasm: 'y', categories: {} } } }))).toBeUndefined();
	});

	it('stops the build naming the file when Pagefind wrote something it does not understand', async () => {
		const dir = bundle({ 'pagefind-entry.json': JSON.stringify({ version: '2.0.0', indexes: {} }), 'fragment/.keep': '' });
		await expect(readSearchBundle(dir)).rejects.toThrow(/pagefind-entry\.json is not what this Pagefind version writes: languages/);
		const broken = bundle({ 'pagefind-entry.json': entry, 'fragment/en_x.pf_fragment': gzipSync('{}') });
		await expect(readSearchBundle(broken)).rejects.toThrow(/en_x\.pf_fragment is not a Pagefind file/);
		const textless = bundle({ 'pagefind-entry.json': entry, 'fragment/en_y.pf_fragment': pagefindFile({ url: '/en/y/' }) });
		await expect(readSearchBundle(textless)).rejects.toThrow(/en_y\.pf_fragment has an unknown shape: content: /);
	});
});

describe("a results page's head", () => {
	const files: SearchBundleFiles = {
		cacheTag: 'abc123def456',
		languages: {
			en: {
				meta: 'pagefind.en_1.pf_meta',
				wasm: 'wasm.en.pagefind',
				categories: { '</script><b>': ['en_1'] },
				summary: { pageCount: 1, commonWords: ['the'] },
			},
		},
	};

	it('preloads the files of the index Pagefind picks for the page’s language, under the base path', () => {
		const head = searchPageHead(files, 'en-GB', '/help/pagefind/');
		expect(head).toContain('<link rel="modulepreload" href="/help/pagefind/pagefind.js">');
		expect(head).toContain('<link rel="preload" as="fetch" crossorigin href="/help/pagefind/pagefind-entry.json?ts=abc123def456">');
		expect(head).toContain('href="/help/pagefind/pagefind.en_1.pf_meta"');
		expect(head).toContain('href="/help/pagefind/wasm.en.pagefind"');
	});

	it('carries the categories as data no category title can break out of', () => {
		const { document } = parseHTML(`<!doctype html><html><head>${searchPageHead(files, 'en', '/pagefind/')}</head><body></body></html>`);
		expect(document.querySelector('b')).toBeNull();
		const prepared = readPreparedSearch(document as unknown as Document);
		expect(prepared).toEqual({ cacheTag: 'abc123def456', pageCount: 1, commonWords: ['the'], categories: { '</script><b>': ['en_1'] } });
	});

	it('goes at the end of <head>; a page without one stops the build', () => {
		expect(addToHead('<html><head><title>x</title></head><body></body></html>', '<meta name="x">', 'en/search/index.html')).toBe(
			'<html><head><title>x</title><meta name="x"></head><body></body></html>',
		);
		expect(() => addToHead('<p>no head</p>', '<meta>', 'en/search/index.html')).toThrow('en/search/index.html has no </head>');
	});
});

describe('categories of results', () => {
	const index = new CategoryIndex({ Orders: ['en_a', 'en_b'], Returns: ['en_c'] });

	it('counts results per category from their ids alone, leaving out ids it does not know', () => {
		expect(index.count(['en_a', 'en_c', 'en_b', 'en_zzz'])).toEqual({ Orders: 2, Returns: 1 });
		expect(index.categoryOf('en_c')).toBe('Returns');
	});
});
