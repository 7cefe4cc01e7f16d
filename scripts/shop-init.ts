/**
 * Replaces the sample shop with a minimal one of your own:
 *
 *   npm run shop:init -- --name "My Shop" --locales de,en,ar [--url https://help.example.com]
 *
 * The first language is the default. The new shop builds as it is; the
 * values to change are marked FILL IN. It refuses to run over uncommitted
 * changes to content/ or locales/, so nothing written by hand is lost.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../src/content/problems.js';
import { loadShop } from '../src/shop/load-shop.js';
import { resolveShopPaths, type ShopPaths } from '../src/shop/paths.js';
import { starterShop, type StarterOptions } from '../src/starter/starter-shop.js';

/** Uncommitted changes in the shop's folders, as `git status` lists them; undefined when the project is not a git repository. */
export function uncommittedChanges(paths: ShopPaths): string[] | undefined {
	const folders = [paths.content, paths.locales].map((folder) => path.relative(paths.root, folder));
	const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', ...folders], { cwd: paths.root, encoding: 'utf8' });
	if (status.error || status.status !== 0) return undefined;
	return status.stdout.split('\n').filter(Boolean);
}

/** Writes the starter shop over the shop folders. Returns what it wrote, relative to the root. */
export function initShop(paths: ShopPaths, options: StarterOptions, { force = false } = {}): string[] {
	const files = starterShop(options);
	if (!force) {
		const changes = uncommittedChanges(paths);
		if (changes === undefined && fs.existsSync(paths.content)) {
			throw new Error(
				'This folder is not a git repository, so shop:init cannot tell whether content/ holds unsaved work. Commit it first, or run again with --force to replace it.',
			);
		}
		if (changes && changes.length > 0) {
			throw new Error(
				`content/ or locales/ have changes that are not committed, and shop:init would replace them:\n${changes.map((c) => `  ${c}`).join('\n')}\nCommit or stash them first (or run again with --force to throw them away).`,
			);
		}
	}
	fs.rmSync(paths.content, { recursive: true, force: true });
	fs.rmSync(paths.locales, { recursive: true, force: true });
	const written: string[] = [];
	for (const [file, text] of files) {
		const target = path.join(paths.content, file);
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.writeFileSync(target, text);
		written.push(path.relative(paths.root, target).split(path.sep).join('/'));
	}
	return written;
}

function main(): void {
	const { values } = parseArgs({
		options: { name: { type: 'string' }, locales: { type: 'string' }, url: { type: 'string' }, force: { type: 'boolean', default: false } },
		strict: true,
	});
	const paths = resolveShopPaths();
	const options: StarterOptions = {
		name: values.name ?? '',
		locales: (values.locales ?? '')
			.split(',')
			.map((code) => code.trim())
			.filter(Boolean),
		...(values.url ? { url: values.url } : {}),
		today: new Date().toISOString().slice(0, 10),
	};
	const written = initShop(paths, options, { force: values.force });
	// The starter must pass the same check as every build; a failure here is a bug in the engine, not the owner's.
	loadShop(paths, { includeDrafts: false });
	console.log(`Wrote a help center for ${options.name} in ${options.locales.join(', ')}:\n${written.map((f) => `  ${f}`).join('\n')}`);
	console.log('\nNext: search the files for FILL IN and put in your own facts, then run npm start to see it, and npm test before you deploy.');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
	try {
		main();
	} catch (error) {
		console.error(error instanceof ContentError || error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
