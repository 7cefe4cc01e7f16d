import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, projectRoot, readPage, resolveUrl, type BuildResult } from '../helpers/build-site.js';

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
		const jar = path.join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');
		const result = spawnSync('java', ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'gnu', site.dir], { encoding: 'utf8' });
		if (result.error) throw new Error(`The HTML check needs Java (java on the PATH): ${result.error.message}`);
		expect(`${result.stdout}${result.stderr}`.trim().split('\n').filter(Boolean)).toEqual([]);
		expect(result.status).toBe(0);
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

	it('keeps an article page within its size budget: HTML plus CSS under 12 kB gzip', () => {
		const page = 'en/returns/how-to-return-an-item/index.html';
		const html = fs.readFileSync(path.join(site.dir, page));
		const css = [...readPage(site.dir, page).querySelectorAll('link[rel="stylesheet"]')].map((link) => fs.readFileSync(path.join(site.dir, link.getAttribute('href') ?? '')));
		const bytes = gzipSync(html).length + css.reduce((sum, file) => sum + gzipSync(file).length, 0);
		expect(bytes).toBeLessThan(12 * 1024);
	});
});
