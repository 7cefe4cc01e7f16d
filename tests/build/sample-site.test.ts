import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, htmlErrors, listFiles, projectRoot, readPage, resolveUrl, type BuildResult } from '../helpers/build-site.js';

// The sample help center in content/, as `npm start` builds it.
let site: BuildResult;

beforeAll(() => {
	site = buildSite({ name: 'sample', content: 'content' });
	if (!site.ok) throw new Error(site.output);
});

describe('the sample help center', () => {
	it('has every article in all six languages, translated or falling back', () => {
		const files = listFiles(site.dir);
		const english = files.filter((f) => /^en\/[^/]+\/[^/]+\/index\.html$/.test(f)).map((f) => f.slice(3));
		expect(english.length).toBeGreaterThanOrEqual(15);
		for (const locale of ['he', 'ru', 'pl', 'cs', 'vi']) {
			for (const article of english) expect(files, locale).toContain(`${locale}/${article}`);
		}
	});

	it('is valid HTML on every page, in all six languages, according to the Nu Html Checker', () => {
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

	it('keeps every article page, in all six languages, within its budget: HTML plus CSS under 12 kB gzip, no script file before interaction', () => {
		// Every English article exists in all six languages, translated or falling back.
		const englishTexts = fs.readdirSync(path.join(projectRoot, 'content/articles/en'), { recursive: true }).filter((f) => String(f).endsWith('.mdx'));
		const articles = listFiles(site.dir).filter((f) => /^[a-z]{2}\/[^/]+\/[^/]+\/index\.html$/.test(f) && !/^[a-z]{2}\/contact\//.test(f));
		expect(articles).toHaveLength(englishTexts.length * 6);
		const gzipped = new Map<string, number>();
		const size = (file: string) => gzipped.get(file) ?? gzipped.set(file, gzipSync(fs.readFileSync(path.join(site.dir, file))).length).get(file)!;
		const overBudget: string[] = [];
		const loadsScripts: string[] = [];
		for (const page of articles) {
			const doc = readPage(site.dir, page);
			const css = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((link) => (link.getAttribute('href') ?? '').replace(/^\//, ''));
			const bytes = size(page) + css.reduce((sum, file) => sum + size(file), 0);
			if (bytes >= 12 * 1024) overBudget.push(`${page}: ${bytes} bytes`);
			// Scripts from files, preloaded modules, or islands that wake up on their own would all be requested at once.
			const eager = [...doc.querySelectorAll('script[src], link[rel="modulepreload"], astro-island:not([client="interaction"])')];
			if (eager.length) loadsScripts.push(`${page}: ${eager.map((el) => el.outerHTML.slice(0, 80)).join(', ')}`);
		}
		expect(overBudget).toEqual([]);
		expect(loadsScripts).toEqual([]);
	});
});
