import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetOtherShopsContent, forgetRemovedShops, shopCacheDir } from '../../src/integration/content-cache.js';
import { hoistIslandStyle } from '../../src/integration/island-style.js';

describe('island style', () => {
	it("moves Astro's island style from inside the body into the head, once", async () => {
		const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
		const html = `<html><head><title>x</title></head><body><main><p>a</p>${style}<astro-island></astro-island></main></body></html>`;
		expect(hoistIslandStyle(html)).toBe(`<html><head><title>x</title>${style}</head><body><main><p>a</p><astro-island></astro-island></main></body></html>`);
		expect(hoistIslandStyle(hoistIslandStyle(html))).toBe(hoistIslandStyle(html));
	});
});

describe('content store between builds', () => {
	it("is dropped when the content folder changes, so a copy of a shop never builds against the other one's files", async () => {
		const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-cache-'));
		const cacheDir = path.join(root, 'node_modules/.astro');
		const dotAstroDir = path.join(root, '.astro');
		fs.mkdirSync(cacheDir, { recursive: true });
		fs.mkdirSync(dotAstroDir, { recursive: true });
		const store = path.join(cacheDir, 'data-store.json');
		const modules = path.join(dotAstroDir, 'content-modules.mjs');
		forgetOtherShopsContent({ cacheDir, dotAstroDir, contentDir: '/shop/a' });
		fs.writeFileSync(store, '{}');
		fs.writeFileSync(modules, 'export default new Map();');
		expect(forgetOtherShopsContent({ cacheDir, dotAstroDir, contentDir: '/shop/a' })).toBe(false);
		expect(fs.existsSync(store)).toBe(true);
		expect(forgetOtherShopsContent({ cacheDir, dotAstroDir, contentDir: '/tmp/copy-of-a' })).toBe(true);
		expect(fs.existsSync(store)).toBe(false);
		expect(fs.existsSync(modules)).toBe(false);
		fs.rmSync(root, { recursive: true, force: true });
	});
});

describe('caches of several shops in one checkout', () => {
	it('gives the shop in content/ Astro’s own cache folder and every other shop a folder of its own', async () => {
		const root = '/project';
		expect(shopCacheDir({ root, content: '/project/content' })).toBe('/project/node_modules/.astro');
		const fixture = shopCacheDir({ root, content: '/project/tests/fixtures/shop/content' });
		const copy = shopCacheDir({ root, content: '/tmp/hc-shop-1/content' });
		expect(fixture).toMatch(/^\/project\/node_modules\/\.astro\/shops\/shop-[\da-f]{10}$/);
		expect(copy).toMatch(/^\/project\/node_modules\/\.astro\/shops\/hc-shop-1-[\da-f]{10}$/);
		// Two shops in folders of the same name still get two caches.
		expect(shopCacheDir({ root, content: '/elsewhere/shop/content' })).not.toBe(fixture);
	});

	it('deletes the caches of shops whose content folder is gone, and keeps the others', async () => {
		const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shop-caches-'));
		const kept = path.join(root, 'kept/content');
		const gone = path.join(root, 'gone/content');
		fs.mkdirSync(kept, { recursive: true });
		for (const content of [kept, gone]) {
			const cacheDir = shopCacheDir({ root, content });
			forgetOtherShopsContent({ cacheDir, dotAstroDir: path.join(root, '.astro'), contentDir: content });
			fs.writeFileSync(path.join(cacheDir, 'data-store.json'), '{}');
		}
		// A build that has just made its folder and not yet named its shop.
		const starting = path.join(root, 'node_modules/.astro/shops/starting-0123456789');
		fs.mkdirSync(starting, { recursive: true });
		forgetRemovedShops(root);
		expect(fs.existsSync(path.join(shopCacheDir({ root, content: kept }), 'data-store.json'))).toBe(true);
		expect(fs.existsSync(shopCacheDir({ root, content: gone }))).toBe(false);
		expect(fs.existsSync(starting)).toBe(true);
		fs.rmSync(root, { recursive: true, force: true });
	});
});

describe('one build at a time in a checkout', () => {
	it('makes a second build wait until the first lets go, and takes over a lock its holder left when killed', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-lock-'));
		const lock = path.join(dir, '.astro/build.lock');
		const lockModule = new URL('../../scripts/build-lock.mjs', import.meta.url).href;
		/** A second build: takes the lock, says so, lets go. */
		const second = () => {
			const child = spawn(
				process.execPath,
				[
					'--input-type=module',
					'-e',
					`const { waitForLock } = await import(${JSON.stringify(lockModule)}); const unlock = waitForLock(${JSON.stringify(lock)}); console.log('building'); unlock();`,
				],
				{ stdio: ['ignore', 'pipe', 'inherit'] },
			);
			let output = '';
			child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
			const done = new Promise<number | null>((resolve) => child.on('exit', resolve));
			return { output: () => output, done };
		};
		// This test process holds the lock, as a running build would.
		fs.mkdirSync(path.dirname(lock), { recursive: true });
		fs.writeFileSync(lock, String(process.pid));
		const waiting = second();
		await expect.poll(waiting.output).toContain('Another build of this project is running');
		expect(waiting.output()).not.toContain('building');
		fs.rmSync(lock);
		expect(await waiting.done).toBe(0);
		expect(waiting.output()).toContain('building');
		expect(fs.existsSync(lock)).toBe(false);
		// A lock whose process has ended (killed mid-build): taken over at once.
		const ended = spawn(process.execPath, ['-e', '']);
		await new Promise((resolve) => ended.on('exit', resolve));
		fs.writeFileSync(lock, String(ended.pid));
		const next = second();
		expect(await next.done).toBe(0);
		expect(next.output()).toBe('building\n');
		fs.rmSync(dir, { recursive: true, force: true });
	});
});

describe('the configuration', () => {
	it('is loaded by Node itself with the hook npm run build gives Astro, so no build waits for a Vite server to load it', async () => {
		const hook = new URL('../../scripts/ts-imports.mjs', import.meta.url).href;
		const config = new URL('../../astro.config.mjs', import.meta.url).href;
		// What Astro tries first; when it throws (an engine module Node cannot run as TypeScript), Astro falls back to Vite, a second slower.
		const loaded = spawnSync(
			process.execPath,
			[
				'--import',
				hook,
				'--input-type=module',
				'-e',
				`const { default: config } = await import(${JSON.stringify(config)}); console.log(config.integrations.map((i) => i.name).join(','));`,
			],
			{ encoding: 'utf8' },
		);
		expect(loaded.stderr).toBe('');
		expect(loaded.stdout.trim()).toBe('help-center,@astrojs/mdx,@astrojs/react');
	});
});
