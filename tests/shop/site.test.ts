import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HelpCenter } from '../../src/shop/help-center.js';
import { htmlErrors, listFiles, readPage, resolveUrl, sharedBuild, type BuildResult } from '../helpers/build-site.js';
import { articlePages, SHOP_CONTENT, shopUnderTest } from '../helpers/shop-under-test.js';

// The shop in content/, as `npm start` and the deploy workflow build it.
let hc: HelpCenter;
let site: BuildResult;

beforeAll(() => {
	hc = shopUnderTest();
	site = sharedBuild(SHOP_CONTENT);
	if (!site.ok) throw new Error(site.output);
});

describe('the help center in content/', () => {
	it('has a page for every article in every language of site.yaml, translated or falling back', () => {
		const files = new Set(listFiles(site.dir));
		const pages = articlePages(hc);
		expect(pages.length).toBeGreaterThan(0);
		expect(pages.filter((page) => !files.has(page))).toEqual([]);
	});

	it('is valid HTML on every page, according to the Nu Html Checker', () => {
		expect(htmlErrors(site.dir)).toEqual([]);
	});

	it('has no broken internal link, including the links writers put in articles', () => {
		const broken: string[] = [];
		for (const file of listFiles(site.dir).filter((f) => f.endsWith('.html'))) {
			for (const el of readPage(site.dir, file).querySelectorAll('a[href], link[href]')) {
				const url = el.getAttribute('href') ?? '';
				if (/^([a-z][a-z0-9+.-]*:|#)/i.test(url)) continue;
				if (!resolveUrl(site.dir, '/', url)) broken.push(`${file} -> ${url}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('keeps every article page within its budget: HTML plus CSS under 12.5 kB gzip (13.5 kB with markets), no script file before interaction', () => {
		// A shop with markets has a "Ship to" form in every header and the inline script that shows
		// each shopper their market (about 1 kB gzip together, the script 0.7 kB). A long article's
		// table of contents and the links beside its section headings take about 0.3 kB more.
		const budget = (hc.markets ? 13.5 : 12.5) * 1024;
		const gzipped = new Map<string, number>();
		const size = (file: string) => gzipped.get(file) ?? gzipped.set(file, gzipSync(fs.readFileSync(path.join(site.dir, file))).length).get(file)!;
		const overBudget: string[] = [];
		const loadsScripts: string[] = [];
		for (const page of articlePages(hc)) {
			const doc = readPage(site.dir, page);
			const css = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((link) => (link.getAttribute('href') ?? '').replace(/^\//, ''));
			const bytes = size(page) + css.reduce((sum, file) => sum + size(file), 0);
			if (bytes >= budget) overBudget.push(`${page}: ${bytes} bytes`);
			// Scripts from files, preloaded modules, or islands that wake up on their own would all be requested at once.
			const eager = [...doc.querySelectorAll('script[src], link[rel="modulepreload"], astro-island:not([client="interaction"])')];
			if (eager.length) loadsScripts.push(`${page}: ${eager.map((el) => el.outerHTML.slice(0, 80)).join(', ')}`);
		}
		expect(overBudget).toEqual([]);
		expect(loadsScripts).toEqual([]);
	});
});
