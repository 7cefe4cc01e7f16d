import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, projectRoot, type BuildResult } from '../helpers/build-site.js';
import { copyFixtureShop } from '../helpers/shop-copy.js';

/**
 * The pages a build rendered and the ones it copied from the last build, from Astro's log. Astro
 * writes "├─ <page>" when it starts a page and "(restored)" at once after it for a copied one; a
 * rendered page's time comes when it is done, after other pages' lines and log times (pages render side by side).
 */
function pagesOf(build: BuildResult): { rendered: string[]; restored: string[] } {
	const rendered: string[] = [];
	const restored: string[] = [];
	for (const [, page, copied] of build.output.matchAll(/[├└]─ (\S+?\.html)( \(restored\))?/g)) {
		(copied ? restored : rendered).push(page ?? '');
	}
	return { rendered: rendered.sort(), restored };
}

describe('a build after writers’ edits', () => {
	const shop = copyFixtureShop({}, 'hc-incremental-');
	const content = path.relative(projectRoot, shop.content);
	let edited: BuildResult;
	let full: BuildResult;

	beforeAll(() => {
		const first = buildSite({ name: 'incremental', content });
		if (!first.ok) throw new Error(first.output);
		// A sentence added to a Russian article, and a Hebrew title reworded.
		fs.appendFileSync(path.join(shop.content, 'articles/ru/returns/start-a-return.mdx'), '\nЭтикетка действует 30 дней.\n');
		const hebrew = path.join(shop.content, 'articles/he/orders/track-an-order.mdx');
		fs.writeFileSync(hebrew, fs.readFileSync(hebrew, 'utf8').replace(/^title: .*$/m, 'title: איפה ההזמנה שלי?'));
		edited = buildSite({ name: 'incremental', content, incremental: true });
		if (!edited.ok) throw new Error(edited.output);
		full = buildSite({ name: 'incremental-full', content });
		if (!full.ok) throw new Error(full.output);
	});
	afterAll(() => shop.remove());

	it('renders only the pages that show what changed, and copies the others from the last build', () => {
		const hebrewPages = listFiles(full.dir)
			.filter((file) => file.startsWith('he/') && file.endsWith('.html'))
			.map((file) => `/${file}`);
		const { rendered, restored } = pagesOf(edited);
		expect(rendered).toEqual(
			[
				// The edited article (English and Arabic show their own text or the English one).
				'/ru/returns/start-a-return/index.html',
				// Every Hebrew page may list the retitled article.
				...hebrewPages,
				// Pages without a cache key: the language chooser at the root and its 404.
				'/index.html',
				'/404.html',
			].sort(),
		);
		expect(restored.length).toBeGreaterThan(20);
		expect(fs.readFileSync(path.join(edited.dir, 'ru/returns/start-a-return/index.html'), 'utf8')).toContain('Этикетка действует 30 дней.');
	});

	it('indexes only the languages whose pages changed for search, and keeps the others’ search bundles', () => {
		expect(edited.output).toMatch(/Search index: indexed he, ru; kept en, ar from the last build/);
	});

	it('builds the same site, byte for byte, as a full build of the same content', () => {
		const files = listFiles(full.dir);
		expect(listFiles(edited.dir)).toEqual(files);
		const different = files.filter((file) => !fs.readFileSync(path.join(edited.dir, file)).equals(fs.readFileSync(path.join(full.dir, file))));
		expect(different).toEqual([]);
	});
});
