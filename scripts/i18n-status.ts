/**
 * Translation status: per language, which articles and policy texts are
 * missing, and which translations are older than a change to their original
 * (from git; commits with "[i18n skip]" in their message do not count).
 *
 *   npm run i18n:status                        a table in the terminal
 *   npm run i18n:status -- --markdown FILE     also a Markdown report, e.g. for a CI job summary
 */
import fs from 'node:fs';
import { statusMarkdown, statusText } from '../src/i18n/translation-status.js';
import { loadShop } from '../src/shop/load-shop.js';
import { resolveShopPaths } from '../src/shop/paths.js';

const shop = loadShop(resolveShopPaths(), { includeDrafts: false });
const locales = shop.site.locales.map((l) => l.code).filter((code) => code !== shop.site.defaultLocale);
for (const notice of shop.notices) console.warn(`Note: ${notice}\n`);
console.log(statusText(shop.translations, locales));
const markdownAt = process.argv.indexOf('--markdown');
if (markdownAt !== -1) {
	const file = process.argv[markdownAt + 1];
	if (!file) {
		console.error('--markdown needs a file name, e.g. --markdown translation-status.md');
		process.exit(2);
	}
	fs.writeFileSync(file, statusMarkdown(shop.translations, locales));
	console.log(`\nMarkdown report written to ${file}`);
}
