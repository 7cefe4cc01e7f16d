import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contrast, parseHex } from '../../src/theme/colors.js';
import { ENGINE_COLORS } from '../../src/theme/theme.js';
import { copyFixtureShop, problemsOf } from '../helpers/shop-copy.js';
import { loadShop } from '../../src/shop/load-shop.js';

let copy: ReturnType<typeof copyFixtureShop> | undefined;
afterEach(() => copy?.remove());

/** The fixture shop with its site.yaml theme replaced. */
function shopWithTheme(theme: string, files: Record<string, string> = {}) {
	copy?.remove();
	copy = copyFixtureShop(files);
	const site = fs.readFileSync(path.join(copy.content, 'site.yaml'), 'utf8');
	fs.writeFileSync(path.join(copy.content, 'site.yaml'), site.replace(/theme:\n(?: {2}.*\n)+/, `theme:\n${theme}`));
	return copy;
}

describe('colours', () => {
	it('measure contrast as WCAG does', () => {
		expect(contrast(parseHex('#000')!, parseHex('#fff')!)).toBeCloseTo(21, 5);
		expect(contrast(parseHex('#777777')!, parseHex('#ffffff')!)).toBeCloseTo(4.48, 2);
	});

	it("use the engine's own backgrounds", () => {
		const css = fs.readFileSync(path.resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
		for (const mode of ['light', 'dark'] as const) {
			for (const hex of [...Object.values(ENGINE_COLORS[mode].backgrounds), ENGINE_COLORS[mode].buttonText]) expect(css).toContain(hex);
		}
	});
});

describe('the theme in site.yaml', () => {
	it('gives the header a logo with the shop name as its text, and one stylesheet with the accents and theme.css', () => {
		const shop = loadShop(shopWithTheme('  logo: logo.svg\n  accent: "#1f6f43"\n'), { includeDrafts: false });
		expect(shop.theme.logo).toEqual({ src: '/logo.svg', width: 120, height: 32 });
		expect(shop.theme.favicon).toEqual({ src: '/favicon.svg', type: 'image/svg+xml' });
		const css = shop.theme.stylesheet?.css ?? '';
		expect(css).toMatch(/^:root\{--hc-accent:#1f6f43;--hc-accent-text:#ffffff\}\n@media \(prefers-color-scheme:dark\)\{:root\{--hc-accent:#[\da-f]{6};/);
		// The dark accent is a lighter shade of the brand colour that reads on the dark page.
		const dark = /dark\)\{:root\{--hc-accent:(#[\da-f]{6})/.exec(css)?.[1] ?? '';
		expect(contrast(parseHex(dark)!, parseHex('#111418')!)).toBeGreaterThanOrEqual(4.5);
		expect(css).toContain('border-block-end: 3px solid var(--hc-accent);');
		expect(shop.theme.stylesheet?.file).toMatch(/^shop\.[\da-f]{10}\.css$/);
	});

	it('refuses accents that fail WCAG AA, naming each pair and a shade that passes', () => {
		const problems = problemsOf(shopWithTheme('  accent: "#77aaff"\n  accentDark: "#203050"\n'));
		expect(problems.map((p) => [p.field, p.message])).toEqual([
			[
				'theme.accent',
				expect.stringMatching(
					/^"#77aaff" is too light to read: links on the page background #ffffff: 2\.\d\d:1; links on the card and table background #f4f6f8: 2\.\d\d:1; button text #ffffff on it: 2\.\d\d:1; WCAG AA needs 4\.5:1\. A darker shade such as "#[\da-f]{6}" passes$/,
				),
			],
			[
				'theme.accentDark',
				expect.stringMatching(
					/^"#203050" is too dark to read: links on the dark page background #111418: 1\.\d\d:1; .* A lighter shade such as "#[\da-f]{6}" passes$/,
				),
			],
		]);
	});

	it('uses the favicon the theme names, with its type', () => {
		const shop = loadShop(shopWithTheme('  favicon: logo.svg\n'), { includeDrafts: false });
		expect(shop.theme.favicon).toEqual({ src: '/logo.svg', type: 'image/svg+xml' });
		expect(shop.theme.logo).toBeUndefined();
		expect(problemsOf(shopWithTheme('  favicon: icon.gif\n'))).toEqual([
			{ file: 'content/site.yaml', field: 'theme.favicon', message: 'must be an SVG, PNG or ICO file (found "icon.gif")' },
		]);
	});

	it('names a logo file that is not in public/, and a colour that is not one', () => {
		const problems = problemsOf(shopWithTheme('  logo: brand/logo.svg\n  accent: blue\n'));
		expect(problems).toEqual([
			{ file: 'content/site.yaml', field: 'theme.accent', message: 'must be a colour written as #rrggbb, e.g. "#0a5c8a" (found "blue")' },
		]);
		expect(problemsOf(shopWithTheme('  logo: brand/logo.svg\n'))).toEqual([
			{ file: 'content/site.yaml', field: 'theme.logo', message: 'is "brand/logo.svg", but public/brand/logo.svg does not exist; put the file in public/' },
		]);
	});

	it('keeps theme.css small and self-contained', () => {
		expect(problemsOf(shopWithTheme('  accent: "#1f6f43"\n', { 'theme.css': '@import url("https://fonts.example/x.css");\n' }))).toEqual([
			{ file: 'content/theme.css', message: '@import loads another stylesheet before the page can show; write the rules in this file' },
		]);
		expect(problemsOf(shopWithTheme('  accent: "#1f6f43"\n', { 'theme.css': `.a{color:red}\n`.repeat(2000) }))[0]?.message).toMatch(
			/^is 28 kB, more than the 16 kB allowed: it loads on every page/,
		);
	});
});
