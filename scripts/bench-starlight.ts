/**
 * The yardstick for `npm run bench -- N --compare-starlight`: a stock Starlight site, the
 * documentation theme of Astro, building the same generated articles. It lives in its own
 * folder with its own node_modules (bench/.output/starlight), installed from the npm registry
 * on first use, so Starlight never becomes a dependency of the help center.
 *
 * Articles keep their text, front matter and components: <Steps> is Starlight's own, a
 * <Callout> becomes Starlight's <Aside>. Each locale is one of Starlight's locales, with its
 * sidebar generated from the folders, as a Starlight site of that size would have it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readFrontMatter } from '../src/content/front-matter.js';
import { textDirection } from '../src/i18n/locales.js';
import { projectRoot } from '../tests/helpers/build-site.js';

/** The Starlight release measured against; the README's table names it. */
export const STARLIGHT_VERSION = '0.42.9';

export interface StarlightSite {
	dir: string;
	outDir: string;
}

/** Writes the Starlight project for the generated articles in `contentDir` and installs it when needed. */
export function prepareStarlight(workDir: string, contentDir: string, locales: readonly string[]): StarlightSite {
	const dir = path.join(workDir, 'starlight');
	const docs = path.join(dir, 'src/content/docs');
	fs.rmSync(path.join(dir, 'src'), { recursive: true, force: true });
	fs.mkdirSync(docs, { recursive: true });
	const astroVersion = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
	const manifest = {
		name: 'starlight-bench',
		private: true,
		type: 'module',
		dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astroVersion },
	};
	const manifestText = `${JSON.stringify(manifest, null, '\t')}\n`;
	// npm rewrites package.json as it installs: what was installed is noted in a file of its own.
	const installedFile = path.join(dir, 'node_modules/.installed-for-bench.json');
	const installed = fs.existsSync(installedFile) && fs.readFileSync(installedFile, 'utf8') === manifestText;
	fs.writeFileSync(path.join(dir, 'package.json'), manifestText);
	fs.writeFileSync(path.join(dir, 'astro.config.mjs'), starlightConfig(locales));
	fs.writeFileSync(
		path.join(dir, 'src/content.config.ts'),
		[
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'',
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
			'',
		].join('\n'),
	);
	for (const locale of locales) copyArticles(path.join(contentDir, 'articles', locale), path.join(docs, locale));
	if (!installed) {
		console.log(`Installing Starlight ${STARLIGHT_VERSION} into ${path.relative(projectRoot, dir)} (first run only)…`);
		const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
		if (install.status !== 0) throw new Error(`Could not install Starlight in ${dir}: npm install exited with ${install.status}`);
		fs.writeFileSync(installedFile, manifestText);
	}
	return { dir, outDir: path.join(dir, 'dist') };
}

function starlightConfig(locales: readonly string[]): string {
	const entries = locales.map((code) => [code, { label: code, lang: code, dir: textDirection(code) }]);
	return [
		"import starlight from '@astrojs/starlight';",
		"import { defineConfig } from 'astro/config';",
		'',
		'export default defineConfig({',
		`\tintegrations: [starlight({ title: 'Help center', defaultLocale: ${JSON.stringify(locales[0])}, locales: ${JSON.stringify(Object.fromEntries(entries))} })],`,
		'});',
		'',
	].join('\n');
}

/** Copies one locale's generated articles, keeping title and description and turning components into Starlight's. */
function copyArticles(from: string, to: string): void {
	if (!fs.existsSync(from)) return;
	for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
		const source = path.join(entry.parentPath, entry.name);
		const parsed = readFrontMatter(fs.readFileSync(source, 'utf8'));
		if (!parsed.ok) throw new Error(`${source}: the generated article has no readable front matter`);
		const { title, description } = parsed.data as { title: string; description: string };
		const body = parsed.body.replace(/<Callout type="(\w+)">/g, '<Aside type="$1">').replace(/<\/Callout>/g, '</Aside>');
		const imports = /<(Steps|Aside)\b/.test(body) ? "import { Aside, Steps } from '@astrojs/starlight/components';\n\n" : '';
		const target = path.join(to, path.relative(from, source));
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.writeFileSync(target, `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n${imports}${body}`);
	}
}

/** The `astro build` command of the Starlight project, run with this project's Node. */
export function starlightBuildCommand(site: StarlightSite): { command: string[]; cwd: string } {
	return { command: [process.execPath, path.join(site.dir, 'node_modules/astro/bin/astro.mjs'), 'build'], cwd: site.dir };
}
