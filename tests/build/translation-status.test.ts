import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusMarkdown } from '../../src/i18n/translation-status.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { resolveShopPaths } from '../../src/shop/paths.js';
import { buildSite, projectRoot, readPage } from '../helpers/build-site.js';

// A git repository holding a copy of the fixture shop, with dated commits:
// 2026-01-10 everything; 2026-02-01 the English "track an order" changes (its Hebrew
// translation is now behind); 2026-02-02 a typo fix in the English "start a return"
// marked [i18n skip] (its Russian translation stays up to date).
let repo: string;

function git(args: string[], date?: string) {
	const env = {
		...process.env,
		GIT_AUTHOR_NAME: 'Writer',
		GIT_AUTHOR_EMAIL: 'writer@shop.example',
		GIT_COMMITTER_NAME: 'Writer',
		GIT_COMMITTER_EMAIL: 'writer@shop.example',
	};
	const dated = date ? { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : env;
	const result = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8', env: dated });
	if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

beforeAll(() => {
	repo = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-git-shop-'));
	fs.cpSync(path.join(projectRoot, 'tests/fixtures/shop'), repo, { recursive: true });
	// This article leaves its date to git.
	const cancel = path.join(repo, 'content/articles/en/orders/cancel-an-order.mdx');
	fs.writeFileSync(cancel, fs.readFileSync(cancel, 'utf8').replace(/^updated: .*\n/m, ''));
	git(['init', '-q', '-b', 'main']);
	git(['add', '.']);
	git(['commit', '-q', '-m', 'Help center content'], '2026-01-10T09:00:00Z');
	fs.appendFileSync(
		path.join(repo, 'content/articles/en/orders/track-an-order.mdx'),
		'\nParcels to Israel get a second tracking number from the local carrier.\n',
	);
	git(['commit', '-q', '-am', 'Tracking: explain the second tracking number'], '2026-02-01T09:00:00Z');
	const start = path.join(repo, 'content/articles/en/returns/start-a-return.mdx');
	fs.writeFileSync(start, fs.readFileSync(start, 'utf8').replace('choose the item', 'choose the items'));
	git(['commit', '-q', '-am', 'Fix typo [i18n skip]'], '2026-02-02T09:00:00Z');
});

afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

const shopAt = (root: string) => loadShop(resolveShopPaths({}, root), { includeDrafts: false });

describe('translation status from git', () => {
	it('finds the translation that fell behind its original, but not one behind a change marked [i18n skip]', () => {
		const shop = shopAt(repo);
		const state = (locale: string, key: string) => shop.translations.find((e) => e.locale === locale && e.key === key);
		expect(state('he', 'orders/track-an-order')).toMatchObject({ state: 'outdated', originalChanged: '2026-02-01', translationChanged: '2026-01-10' });
		expect(state('ru', 'returns/start-a-return')).toMatchObject({ state: 'translated' });
		expect(state('ru', 'orders/track-an-order')).toMatchObject({ state: 'missing' });
		expect(state('he', 'policy/returns')).toMatchObject({ state: 'translated' });
		expect(statusMarkdown(shop.translations, ['he', 'ru'])).toContain('| he | `content/articles/he/orders/track-an-order.mdx` | 2026-01-10 | 2026-02-01 |');
	});

	it('dates an article without "updated" by its last commit, in one git call for the whole shop', () => {
		const shop = shopAt(repo);
		expect(shop.articles.find((a) => a.id === 'en/orders/cancel-an-order')?.lastModified).toBe('2026-01-10');
		expect(shop.articles.find((a) => a.id === 'en/orders/track-an-order')?.lastModified).toBe(
			shop.articles.find((a) => a.id === 'en/orders/track-an-order')?.data.updated,
		);
	});

	it('says so on a shallow clone, and then guesses nothing', () => {
		const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-git-shallow-'));
		try {
			const result = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone], { encoding: 'utf8' });
			expect(result.status, result.stderr).toBe(0);
			const shop = shopAt(clone);
			expect(shop.notices.join(' ')).toContain('shallow git clone');
			expect(shop.translations.filter((e) => e.state === 'outdated')).toEqual([]);
			expect(shop.articles.find((a) => a.id === 'en/orders/cancel-an-order')?.lastModified).toBeUndefined();
		} finally {
			fs.rmSync(clone, { recursive: true, force: true });
		}
	});

	it('marks the outdated page for shoppers, linking the original', () => {
		const build = buildSite({ name: 'git-shop', content: path.relative(projectRoot, path.join(repo, 'content')) });
		if (!build.ok) throw new Error(build.output);
		const notice = readPage(build.dir, 'he/orders/track-an-order/index.html').querySelector('.hc-notice');
		expect(notice?.textContent).toContain('לקריאת המקור');
		expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/en/orders/track-an-order/');
		expect(readPage(build.dir, 'ru/returns/start-a-return/index.html').querySelector('.hc-notice')).toBeNull();
		expect(readPage(build.dir, 'en/orders/cancel-an-order/index.html').querySelector('.hc-article__meta time')?.getAttribute('datetime')).toBe('2026-01-10');
	});
});
