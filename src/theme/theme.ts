import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../content/problems.js';
import { contrast, parseHex, shadeFor, toHex, type Rgb } from './colors.js';
import type { ThemeInput } from './theme-schema.js';

/**
 * The shop's brand as the pages use it: a logo, a favicon and one extra
 * stylesheet (accent colours, then content/theme.css) loaded after the
 * engine's, so a shop never edits src/ and keeps its look across engine
 * updates. Colours are checked against the engine's backgrounds for WCAG AA.
 */
export interface Theme {
	logo?: { src: string; width?: number; height?: number };
	favicon?: { src: string; type: string };
	/** Served at /theme/<file>; the name changes with the content, so browsers may cache it for ever. */
	stylesheet?: { file: string; css: string };
}

/** The engine's backgrounds (src/styles/global.css) that links and buttons sit on, and the button text colours. */
export const ENGINE_COLORS = {
	light: { backgrounds: { page: '#ffffff', 'card and table': '#f4f6f8' }, buttonText: '#ffffff' },
	dark: { backgrounds: { page: '#111418', 'card and table': '#1c2127' }, buttonText: '#0b1620' },
} as const;

/** WCAG 2.2 AA for normal text (1.4.3): links, and button labels on the accent. */
const AA = 4.5;

/** A larger theme.css is a framework or a copy of the engine's styles, and would blow the page size budget. */
export const THEME_CSS_LIMIT = 16 * 1024;

export interface ThemeOptions {
	input: ThemeInput | undefined;
	/** public/ of the project, where logo and favicon live. */
	publicDir: string;
	/** content/theme.css, optional. */
	stylesheet: string;
	siteFile: string;
	display: (file: string) => string;
}

export function resolveTheme({ input = {}, publicDir, stylesheet, siteFile, display }: ThemeOptions): { theme: Theme; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const theme: Theme = {};
	const problem = (field: string, message: string) => problems.push({ file: siteFile, field: `theme.${field}`, message });

	for (const field of ['logo', 'favicon'] as const) {
		const file = input[field];
		if (file && !fs.existsSync(path.join(publicDir, file)))
			problem(field, `is "${file}", but ${display(path.join(publicDir, file))} does not exist; put the file in public/`);
	}
	if (input.logo && fs.existsSync(path.join(publicDir, input.logo))) {
		theme.logo = { src: `/${input.logo}`, ...imageSize(path.join(publicDir, input.logo)) };
	}
	// Without a setting, public/favicon.svg is the icon when the shop has one.
	const favicon = input.favicon ?? (fs.existsSync(path.join(publicDir, 'favicon.svg')) ? 'favicon.svg' : undefined);
	if (favicon) theme.favicon = { src: `/${favicon}`, type: FAVICON_TYPES[path.extname(favicon).toLowerCase()] ?? 'image/png' };

	const rules: string[] = [];
	const light = input.accent ? parseHex(input.accent) : undefined;
	// Without its own dark accent, the brand colour is lightened until it reads on the dark page.
	const dark = input.accentDark ? parseHex(input.accentDark) : light && shadeFor(light, WHITE, backgroundsOf('dark'), AA);
	for (const [mode, color, field] of [
		['light', light, 'accent'],
		['dark', dark, 'accentDark'],
	] as const) {
		if (!color) continue;
		const failing = contrastProblems(color, mode);
		if (failing) {
			problem(field, failing);
			continue;
		}
		const variables = `:root{--hc-accent:${toHex(color)};--hc-accent-text:${ENGINE_COLORS[mode].buttonText}}`;
		rules.push(mode === 'light' ? variables : `@media (prefers-color-scheme:dark){${variables}}`);
	}

	if (fs.existsSync(stylesheet)) {
		const size = fs.statSync(stylesheet).size;
		if (size > THEME_CSS_LIMIT) {
			problems.push({
				file: display(stylesheet),
				message: `is ${Math.ceil(size / 1024)} kB, more than the ${THEME_CSS_LIMIT / 1024} kB allowed: it loads on every page. Keep only what changes the engine's look (colours, fonts, spacing)`,
			});
		} else {
			const css = fs.readFileSync(stylesheet, 'utf8');
			if (/@import\b/i.test(css))
				problems.push({ file: display(stylesheet), message: '@import loads another stylesheet before the page can show; write the rules in this file' });
			else rules.push(css.trim());
		}
	}
	if (rules.length > 0) {
		const css = `${rules.join('\n')}\n`;
		theme.stylesheet = { file: `shop.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`, css };
	}
	return { theme, problems };
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
const FAVICON_TYPES: Readonly<Record<string, string>> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

function backgroundsOf(mode: 'light' | 'dark'): Rgb[] {
	return Object.values(ENGINE_COLORS[mode].backgrounds).map((hex) => parseHex(hex) as Rgb);
}

/** Which pairs fail AA, with a shade that would pass; undefined when all pass. */
function contrastProblems(accent: Rgb, mode: 'light' | 'dark'): string | undefined {
	const { backgrounds, buttonText } = ENGINE_COLORS[mode];
	const pairs: [string, string, number][] = [
		...Object.entries(backgrounds).map(([name, hex]): [string, string, number] => [
			`links on the ${mode === 'dark' ? 'dark ' : ''}${name} background ${hex}`,
			hex,
			contrast(accent, parseHex(hex) as Rgb),
		]),
		[`button text ${buttonText} on it`, buttonText, contrast(accent, parseHex(buttonText) as Rgb)],
	];
	const failing = pairs.filter(([, , ratio]) => ratio < AA);
	if (failing.length === 0) return undefined;
	const better = shadeFor(accent, mode === 'light' ? BLACK : WHITE, [...backgroundsOf(mode), parseHex(buttonText) as Rgb], AA);
	const list = failing.map(([what, , ratio]) => `${what}: ${ratio.toFixed(2)}:1`).join('; ');
	return (
		`"${toHex(accent)}" is too ${mode === 'light' ? 'light' : 'dark'} to read: ${list}; WCAG AA needs ${AA}:1.` +
		(better ? ` A ${mode === 'light' ? 'darker' : 'lighter'} shade such as "${toHex(better)}" passes` : '')
	);
}

/** The pixel size of an SVG (width/height or viewBox) or PNG, so the header keeps its place while the logo loads. */
function imageSize(file: string): { width?: number; height?: number } {
	const data = fs.readFileSync(file);
	if (file.toLowerCase().endsWith('.png') && data.length > 24 && data.toString('ascii', 12, 16) === 'IHDR') {
		return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
	}
	if (file.toLowerCase().endsWith('.svg')) {
		const tag = /<svg\b[^>]*>/i.exec(data.toString('utf8'))?.[0] ?? '';
		const attribute = (name: string) => Number.parseFloat(new RegExp(`\\s${name}\\s*=\\s*["']([\\d.]+)`, 'i').exec(tag)?.[1] ?? '');
		const [, , w, h] = (/viewBox\s*=\s*["']([^"']+)/i.exec(tag)?.[1] ?? '').split(/[\s,]+/).map(Number);
		const width = attribute('width') || w;
		const height = attribute('height') || h;
		if (width && height) return { width: Math.round(width), height: Math.round(height) };
	}
	return {};
}
