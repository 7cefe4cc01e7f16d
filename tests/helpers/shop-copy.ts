import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContentError, type ContentProblem } from '../../src/content/problems.js';
import { loadShop } from '../../src/shop/load-shop.js';
import type { ShopPaths } from '../../src/shop/paths.js';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** The fixture shop every engine test that loads a shop starts from. */
export const fixtureShop = {
	content: path.join(projectRoot, 'tests/fixtures/shop/content'),
	locales: path.join(projectRoot, 'tests/fixtures/shop/locales'),
	public: path.join(projectRoot, 'tests/fixtures/shop/public'),
};

/**
 * A copy of the fixture shop in a temp folder, with some content files
 * (relative to content/) added or replaced, so a test can break one thing.
 * `remove()` deletes the copy.
 */
export function copyFixtureShop(files: Record<string, string> = {}, prefix = 'hc-shop-'): ShopPaths & { remove: () => void } {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	const content = path.join(root, 'content');
	fs.cpSync(fixtureShop.content, content, { recursive: true });
	const locales = path.join(root, 'locales');
	fs.cpSync(fixtureShop.locales, locales, { recursive: true });
	const publicDir = path.join(root, 'public');
	fs.cpSync(fixtureShop.public, publicDir, { recursive: true });
	for (const [name, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(content, name)), { recursive: true });
		fs.writeFileSync(path.join(content, name), text);
	}
	return { root, content, locales, public: publicDir, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** The problems the shop check reports for a shop; none when it loads. Anything but a ContentError is a crash and fails the test. */
export function problemsOf(paths: ShopPaths): ContentProblem[] {
	try {
		loadShop(paths, { includeDrafts: false });
	} catch (error) {
		if (error instanceof ContentError) return error.problems;
		throw error;
	}
	return [];
}
