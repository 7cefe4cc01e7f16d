import { describe, expect, it } from 'vitest';

describe('island style', () => {
	it("moves Astro's island style from inside the body into the head, once", async () => {
		const { hoistIslandStyle } = await import('../../src/integration/island-style.js');
		const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
		const html = `<html><head><title>x</title></head><body><main><p>a</p>${style}<astro-island></astro-island></main></body></html>`;
		expect(hoistIslandStyle(html)).toBe(`<html><head><title>x</title>${style}</head><body><main><p>a</p><astro-island></astro-island></main></body></html>`);
		expect(hoistIslandStyle(hoistIslandStyle(html))).toBe(hoistIslandStyle(html));
	});
});

describe('content store between builds', () => {
	it("is dropped when the content folder changes, so a copy of a shop never builds against the other one's files", async () => {
		const fs = await import('node:fs');
		const os = await import('node:os');
		const path = await import('node:path');
		const { forgetOtherShopsContent } = await import('../../src/integration/content-cache.js');
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
