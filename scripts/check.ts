/**
 * `npm run check`: the shop check every build runs first (content, links,
 * components and their attributes, UI strings and their placeholders, theme),
 * with every problem at once, and the articles due for review by owner (front
 * matter `reviewBy`); then `astro check` for the TypeScript.
 */
import path from 'node:path';
import { overdueReviews } from '../src/content/freshness.js';
import { ContentError } from '../src/content/problems.js';
import { loadShop } from '../src/shop/load-shop.js';
import { resolveShopPaths } from '../src/shop/paths.js';

function main(): number {
	try {
		const shop = loadShop(resolveShopPaths(), { includeDrafts: true });
		for (const notice of shop.notices) console.warn(notice);
		console.log(`The shop is valid: ${shop.articles.length} article texts in ${shop.site.locales.length} languages.`);
		const overdue = overdueReviews(shop.articles, new Date().toISOString().slice(0, 10));
		if (overdue.length > 0) {
			console.log(`\nDue for review (front matter reviewBy has passed):`);
			for (const group of overdue) {
				console.log(`  ${group.owner ?? 'No owner'}:`);
				for (const article of group.articles) console.log(`    ${article.file} (review by ${article.reviewBy})`);
			}
		}
		return 0;
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		console.error(error.message);
		return 1;
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) process.exitCode = main();
