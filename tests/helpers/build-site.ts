import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { inject } from 'vitest';
import type { EngineStrings } from '../../src/i18n/engine-strings.js';
import { readUiResources } from '../../src/i18n/ui-resources.js';
import { resolveUiStrings } from '../../src/i18n/ui-strings.js';
import { resolveShopPaths, type ShopPaths } from '../../src/shop/paths.js';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
/** The shop engine tests build: en, he and ru, with its own UI strings. */
export const FIXTURE_CONTENT = 'tests/fixtures/shop/content';
export const outputRoot = path.join(projectRoot, 'tests/.output');

export interface BuildOptions {
	/** Folder name under tests/.output for the built site. */
	name: string;
	/** content/ folder of the shop to build, relative to the project. Its UI strings are in the locales/ folder beside it. */
	content: string;
	base?: string;
	/** Remove what an earlier build left in the output folder first (default), or build over it as `npm run build` does. */
	clean?: boolean;
	/**
	 * Reuse pages from the last build whose cache keys are unchanged, as `npm run build` does. Off by
	 * default: a test's site is then rendered in full (`--force`), never copied from a build of
	 * another test's shop.
	 */
	incremental?: boolean;
}

export interface BuildResult {
	ok: boolean;
	dir: string;
	output: string;
}

/** Builds a shop with `npm run build`'s script, the way CI and writers do. */
export function buildSite({ name, content, base = '/', clean = true, incremental = false }: BuildOptions): BuildResult {
	const dir = path.join(outputRoot, name);
	if (clean) fs.rmSync(dir, { recursive: true, force: true });
	const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build.mjs'), ...(incremental ? [] : ['--force'])], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: {
			...parentEnv(),
			HELP_CENTER_CONTENT: content,
			HELP_CENTER_OUT_DIR: dir,
			BASE_PATH: base,
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
		},
	});
	return { ok: result.status === 0, dir, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * A shop's site built once per `vitest run` and shared by every test file that only reads it:
 * the first file that asks builds it, the others serve or inspect the same folder. Files run
 * one at a time (vitest.config.ts), so no two builds of it race.
 */
export function sharedBuild(content: string, base = '/'): BuildResult {
	const name = `shared-${content.replace(/[^a-z0-9]+/gi, '-')}${base === '/' ? '' : base.replace(/[^a-z0-9]+/gi, '-')}`.replace(/-+$/, '');
	const dir = path.join(outputRoot, name);
	const stamp = path.join(outputRoot, `${name}.run`);
	const run = inject('testRun');
	if (fs.existsSync(dir) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === run) return { ok: true, dir, output: '(built earlier in this run)' };
	fs.rmSync(stamp, { force: true });
	const result = buildSite({ name, content, base });
	if (result.ok) fs.writeFileSync(stamp, run);
	return result;
}

/**
 * The environment without what Vitest adds: it sets Vite's BASE_URL, MODE,
 * DEV and PROD in process.env, and a child Astro build would take them as its own.
 */
function parentEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST'].includes(key) || key.startsWith('VITEST')) delete env[key];
	}
	return env;
}

/** Reads a built page as a DOM. `page` is a path inside the built site, e.g. "he/orders/x/index.html". */
export function readPage(dir: string, page: string): Document {
	const html = fs.readFileSync(path.join(dir, page), 'utf8');
	return parseHTML(html).document as unknown as Document;
}

/**
 * An element's text as a browser without JavaScript shows it: parts that differ by market show
 * the page's market's only (the others are display: none until the market script runs).
 */
export function shownText(element: Element | null | undefined): string | undefined {
	if (!element) return undefined;
	const shown = element.cloneNode(true) as Element;
	for (const other of shown.querySelectorAll('.hc-market-variant:not([data-market-default])')) other.remove();
	return shown.textContent ?? '';
}

export function listFiles(dir: string): string[] {
	return fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
		.sort();
}

/** The file a host serves for a site-relative URL path, or undefined. */
export function resolveUrl(dir: string, base: string, urlPath: string): string | undefined {
	const pathname = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
	const prefix = base.replace(/\/?$/, '/');
	if (!pathname.startsWith(prefix)) return undefined;
	const inside = pathname.slice(prefix.length);
	const candidate = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
	return fs.existsSync(path.join(dir, candidate)) ? candidate : undefined;
}

/** The JSON-LD a built page gives search engines, one object per script, in page order. */
export function structuredDataOf(doc: Document) {
	return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '{}'));
}

/** What the Nu Html Checker finds wrong in a built site: one line per error (it needs Java). */
export function htmlErrors(dir: string): string[] {
	const jar = path.join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');
	const result = spawnSync('java', ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'gnu', dir], { encoding: 'utf8' });
	if (result.error) throw new Error(`The HTML check needs Java (java on the PATH): ${result.error.message}`);
	const errors = `${result.stdout}${result.stderr}`.trim().split('\n').filter(Boolean);
	return errors.length === 0 && result.status !== 0 ? [`the Nu Html Checker exited with ${result.status}`] : errors;
}

/** The paths of a shop given by its content folder (relative to the project); its locales/ and public/ are beside it. */
export function shopPathsOf(content: string): ShopPaths {
	return resolveShopPaths({ HELP_CENTER_CONTENT: content }, projectRoot);
}

/** The UI strings of a locale as a shop's pages show them: the engine's with the shop's own laid over, so tests follow the translations. */
export function uiStrings(locale: string, content = FIXTURE_CONTENT) {
	const paths = shopPathsOf(content);
	const { resources: overrides } = readUiResources(paths.locales, [locale], (file) => file);
	const { resources } = resolveUiStrings({ locales: [locale], overrides, fileOf: (l, ns) => `${l}/${ns}.json` });
	return resources[locale]?.common as unknown as EngineStrings;
}
