/**
 * Translation round trip through XLIFF 2.0, the format translation tools read and write:
 *
 *   npm run translate -- export pl                 one .xlf per article or policy text that Polish lacks
 *                                                  or that is behind its original, in translations/pl/
 *   npm run translate -- export pl --out DIR       somewhere else
 *   npm run translate -- import translations/pl/*.xlf    the translated files back into content/
 *
 * XLIFF rather than gettext PO: its inline codes keep components, <Fact>s, links and code whole
 * (a translator moves them, cannot break them), and every tool that translators use reads it.
 * An outdated text's file starts each unchanged unit from the current translation and shows,
 * for a changed one, the original as it was ("previous-source" notes).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readFileAsOf } from '../src/content/git-history.js';
import { ContentError } from '../src/content/problems.js';
import { loadShop } from '../src/shop/load-shop.js';
import { resolveShopPaths } from '../src/shop/paths.js';
import { exportXliff, importXliff } from '../src/translation/round-trip.js';

const [command, ...rest] = process.argv.slice(2);
const paths = resolveShopPaths();

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

/** A file's text as it was at `time` (Unix seconds), from git. */
function textAt(file: string, time: number): string | undefined {
	const absolute = path.resolve(paths.root, file);
	return readFileAsOf(path.dirname(absolute), path.basename(absolute), time);
}

function exportLocale(locale: string | undefined, out: string): void {
	let shop;
	try {
		shop = loadShop(paths, { includeDrafts: false });
	} catch (error) {
		fail(error instanceof ContentError ? error.message : String(error));
	}
	const { defaultLocale, locales } = shop.site;
	if (!locale || locale === defaultLocale || !locales.some((l) => l.code === locale)) {
		fail(
			`Name a language to translate into: one of ${locales
				.map((l) => l.code)
				.filter((c) => c !== defaultLocale)
				.join(', ')}.`,
		);
	}
	const due = shop.translations.filter((entry) => entry.locale === locale && entry.state !== 'translated');
	const dir = path.join(out, locale);
	fs.mkdirSync(dir, { recursive: true });
	for (const entry of due) {
		const read = (file: string) => fs.readFileSync(path.resolve(paths.root, file), 'utf8');
		const outdated = entry.state === 'outdated' && entry.translation && entry.translationChangedAt !== undefined;
		const xliff = exportXliff({
			key: entry.key,
			originalFile: entry.original,
			original: read(entry.original),
			...(outdated ? { previousOriginal: textAt(entry.original, entry.translationChangedAt!), translation: read(entry.translation!) } : {}),
			srcLang: defaultLocale,
			trgLang: locale,
		});
		const file = path.join(dir, `${entry.key.replace(/\//g, '--')}.xlf`);
		fs.writeFileSync(file, xliff);
		console.log(`  ${path.relative(process.cwd(), file)}  (${entry.state})`);
	}
	console.log(
		due.length === 0
			? `Nothing to translate into ${locale}: every text is translated and up to date.`
			: `${due.length} files for translation into ${locale} in ${path.relative(process.cwd(), dir) || '.'}.`,
	);
}

function importFiles(files: readonly string[]): void {
	if (files.length === 0) fail('Name the translated .xlf files to import.');
	let failed = 0;
	for (const xlf of files) {
		try {
			const { file, text } = importXliff(fs.readFileSync(xlf, 'utf8'), (original) => {
				const absolute = path.resolve(paths.root, original);
				return fs.existsSync(absolute) ? fs.readFileSync(absolute, 'utf8') : undefined;
			});
			const absolute = path.resolve(paths.root, file);
			fs.mkdirSync(path.dirname(absolute), { recursive: true });
			fs.writeFileSync(absolute, text);
			console.log(`  ${xlf} -> ${file}`);
		} catch (error) {
			failed += 1;
			console.error(`${xlf}:\n${(error as Error).message.replace(/^/gm, '  ')}`);
		}
	}
	if (failed > 0) fail(`${failed} of ${files.length} files were not imported; nothing was written for them.`);
	console.log('Imported. npm run check tells whether the translations are valid; commit them when they are.');
}

if (command === 'export') {
	const outAt = rest.indexOf('--out');
	exportLocale(
		rest.find((arg, i) => !arg.startsWith('--') && rest[i - 1] !== '--out'),
		outAt === -1 ? 'translations' : (rest[outAt + 1] ?? fail('--out needs a folder')),
	);
} else if (command === 'import') importFiles(rest);
else fail('Use: npm run translate -- export <language> [--out DIR], or npm run translate -- import FILE.xlf ...');
