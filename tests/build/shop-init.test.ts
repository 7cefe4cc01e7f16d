import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadShop } from '../../src/shop/load-shop.js';
import type { ShopPaths } from '../../src/shop/paths.js';
import { initShop } from '../../scripts/shop-init.js';
import { buildSite, outputRoot, projectRoot, readPage, type BuildResult } from '../helpers/build-site.js';

// A shop owner's first step: a German, English and Arabic help center in place of the sample.
const LOCALES = ['de', 'en', 'ar'];
const root = path.join(outputRoot, 'starter-project');
const paths: ShopPaths = { root, content: path.join(root, 'content'), locales: path.join(root, 'locales'), public: path.join(root, 'public') };
let site: BuildResult;

function git(args: string[]) {
	const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(result.stderr);
}

beforeAll(() => {
	fs.rmSync(root, { recursive: true, force: true });
	fs.mkdirSync(root, { recursive: true });
	// The sample shop, committed, as a fresh clone has it.
	fs.cpSync(path.join(projectRoot, 'tests/fixtures/shop/content'), paths.content, { recursive: true });
	git(['init', '-q']);
	git(['-c', 'user.name=Owner', '-c', 'user.email=owner@example.com', 'add', '.']);
	git(['-c', 'user.name=Owner', '-c', 'user.email=owner@example.com', 'commit', '-q', '-m', 'sample']);
	initShop(paths, { name: 'Nordlicht Outdoor', locales: LOCALES, url: 'https://hilfe.nordlicht.example', today: '2026-12-05' });
	site = buildSite({ name: 'starter', content: path.relative(projectRoot, paths.content) });
	if (!site.ok) throw new Error(site.output);
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('npm run shop:init', () => {
	it('writes a shop that passes the shop check, with the default language first and nothing of the sample left', () => {
		const shop = loadShop(paths, { includeDrafts: false });
		expect(shop.site).toMatchObject({ name: 'Nordlicht Outdoor', url: 'https://hilfe.nordlicht.example', defaultLocale: 'de' });
		expect(shop.site.locales.map((l) => [l.code, l.dir])).toEqual([
			['de', 'ltr'],
			['en', 'ltr'],
			['ar', 'rtl'],
		]);
		expect(shop.articles.map((a) => a.locale).sort()).toEqual(['ar', 'de', 'en']);
		expect(shop.announcements).toEqual([]);
		expect(fs.readdirSync(path.join(paths.content, 'articles')).sort()).toEqual(['ar', 'de', 'en']);
	});

	it('marks every fact the owner must check', () => {
		for (const file of ['policies/returns.yaml', 'policies/shipping.yaml', 'contact/channels.yaml', 'site.yaml']) {
			expect(fs.readFileSync(path.join(paths.content, file), 'utf8'), file).toContain('FILL IN');
		}
	});

	it('builds a help center in each language, right to left in Arabic, with its policies and contact page', () => {
		for (const locale of LOCALES) {
			const home = readPage(site.dir, `${locale}/index.html`);
			expect(home.documentElement.getAttribute('lang')).toBe(locale);
			expect(home.documentElement.getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
			expect(home.querySelector('.hc-brand')?.textContent).toContain('Nordlicht Outdoor');
			for (const page of ['orders/where-is-my-order', 'returns', 'shipping', 'contact']) {
				expect(fs.existsSync(path.join(site.dir, locale, page, 'index.html')), `${locale}/${page}`).toBe(true);
			}
		}
		// The facts are stated in each language's words, not left as component tags.
		expect(readPage(site.dir, 'de/returns/index.html').querySelector('.hc-prose')?.textContent).toContain('30 Tage');
	});

	it('refuses to replace changes that are not committed, naming them', () => {
		fs.appendFileSync(path.join(paths.content, 'site.yaml'), '# my own note\n');
		expect(() => initShop(paths, { name: 'Other', locales: ['en'], today: '2026-12-05' })).toThrow(/not committed[\s\S]*content\/site\.yaml/);
		expect(fs.readFileSync(path.join(paths.content, 'site.yaml'), 'utf8')).toContain('# my own note');
	});

	it('names languages it cannot start a shop in, and what to do instead', () => {
		expect(() => initShop(paths, { name: 'Shop', locales: ['en', 'kk'], today: '2026-12-05' }, { force: true })).toThrow(
			/no texts for "kk" yet[\s\S]*npm run locale -- add kk/,
		);
	});
});
