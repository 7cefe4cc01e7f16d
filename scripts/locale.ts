/**
 * Adds or removes a language of the shop, in every file that names it:
 *
 *   npm run locale -- add fr
 *   npm run locale -- remove ru
 *
 * Then checks the shop as the build does, so what is left is known to build.
 */
import path from 'node:path';
import { ContentError } from '../src/content/problems.js';
import { loadShop } from '../src/shop/load-shop.js';
import { resolveShopPaths } from '../src/shop/paths.js';
import { addLocale, removeLocale } from '../src/shop/shop-locales.js';

const USAGE = 'Usage: npm run locale -- add <code>   or   npm run locale -- remove <code>   (codes such as fr, de, pt-BR)';

function main(): number {
	const [action, code, ...rest] = process.argv.slice(2);
	if (!code || rest.length > 0 || (action !== 'add' && action !== 'remove')) {
		console.error(USAGE);
		return 2;
	}
	const paths = resolveShopPaths();
	const change = action === 'add' ? addLocale(paths, code) : removeLocale(paths, code);
	for (const file of change.changed) console.log(`changed  ${file}`);
	for (const file of change.removed) console.log(`removed  ${file}`);
	try {
		loadShop(paths, { includeDrafts: true });
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		// Usually a link in another language's text to a page that is gone now.
		console.error(`\nThe shop needs one more change before it builds:\n${error.message}`);
		return 1;
	}
	console.log(
		action === 'add'
			? `\n${code} is a language of the shop. Its pages show the default language's texts until you translate them (npm run i18n:status lists them).`
			: `\n${code} is removed; the shop builds.`,
	);
	return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
	try {
		process.exitCode = main();
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exitCode = 1;
	}
}
