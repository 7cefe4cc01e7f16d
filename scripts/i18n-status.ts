/**
 * Translation status: per language, which articles and policy texts are
 * missing, and which translations are older than a change to their original
 * (from git; commits with "[i18n skip]" in their message do not count).
 *
 *   npm run i18n:status                        a table in the terminal, and for each outdated
 *                                              translation what changed in its original since
 *   npm run i18n:status -- --markdown FILE     also a Markdown report, e.g. for a CI job summary
 */
import fs from 'node:fs';
import path from 'node:path';
import { diffSince } from '../src/content/git-history.js';
import { statusMarkdown, statusText } from '../src/i18n/translation-status.js';
import { loadShop } from '../src/shop/load-shop.js';
import { resolveShopPaths } from '../src/shop/paths.js';

const paths = resolveShopPaths();
const shop = loadShop(paths, { includeDrafts: false });
const locales = shop.site.locales.map((l) => l.code).filter((code) => code !== shop.site.defaultLocale);
for (const notice of shop.notices) console.warn(`Note: ${notice}\n`);
console.log(statusText(shop.translations, locales));
// What a translator of an outdated page has to carry over: the original's changes since the translation.
for (const entry of shop.translations) {
	if (entry.state !== 'outdated' || entry.translationChangedAt === undefined) continue;
	const original = path.resolve(paths.root, entry.original);
	const diff = diffSince(path.dirname(original), path.basename(original), entry.translationChangedAt);
	if (!diff) continue;
	console.log(`\n${entry.translation}: its original ${entry.original} changed since ${entry.translationChanged}:`);
	console.log(diff.replace(/^/gm, '  '));
}
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
