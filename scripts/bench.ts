/**
 * Benchmark: generates a synthetic help center with N articles per locale in
 * every locale of content/site.yaml, builds it and prints what it cost.
 *
 *   npm run bench                 100 articles per locale
 *   npm run bench -- 500          500 articles per locale
 *   npm run bench -- 500 --search then measure search speed in Chromium (scripts/search-speed.ts)
 *   npm run bench -- --search --no-build   measure search on the last bench build again
 *   npm run bench -- 500 --compare-starlight   also build stock Starlight with the same articles
 *                                 (scripts/bench-starlight.ts) and rebuild after a one-article edit
 *
 * The text is made of the sample articles' own sentences, shuffled, so every
 * language has its real letters, word lengths and word forms. One article in
 * ten uses writers' components (steps or a callout), as in the sample shop.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { readFrontMatter } from '../src/content/front-matter.js';
import { FRONT_MATTER_CACHE_FILE } from '../src/content/front-matter-cache.js';
import { dropContentStore, shopCacheDir } from '../src/integration/content-cache.js';
import { listFiles, projectRoot, readPage } from '../tests/helpers/build-site.js';
import { prepareStarlight, STARLIGHT_VERSION, starlightBuildCommand } from './bench-starlight.js';
import { formatSpeedReport, measureSearchSpeed } from './search-speed.js';

const perLocale = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 100);
const workDir = path.join(projectRoot, 'bench/.output');
const contentDir = path.join(workDir, 'content');
const outDir = path.join(workDir, 'dist');

/** Small deterministic PRNG, so two runs generate the same corpus. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Pool {
	titles: string[];
	headings: string[];
	sentences: string[];
}

function poolFor(locale: string): Pool {
	const dir = path.join(projectRoot, 'content/articles', locale);
	const pool: Pool = { titles: [], headings: [], sentences: [] };
	if (!fs.existsSync(dir)) return pool;
	for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
		const parsed = readFrontMatter(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
		if (!parsed.ok) continue;
		pool.titles.push(String((parsed.data as { title?: string }).title ?? ''));
		for (const line of parsed.body.split('\n')) {
			if (line.startsWith('## ')) pool.headings.push(line.slice(3).trim());
			else if (line.trim() && !/^[|#-]/.test(line.trim()) && !line.includes('](')) {
				pool.sentences.push(
					...line
						.replace(/^\d+\.\s+/, '')
						.split(/(?<=[.!?。])\s+/)
						.filter((s) => s.length > 20),
				);
			}
		}
	}
	return pool;
}

/** Sentences taken from MDX files, with the characters that would make them MDX syntax removed. */
const plain = (markdown: string) => markdown.replace(/[{}<>]/g, '');

interface Corpus {
	locales: string[];
	categories: string[];
	articles: number;
}

function generate(): Corpus {
	// Starlight, installed on first use, stays in workDir/starlight for the next run.
	fs.rmSync(contentDir, { recursive: true, force: true });
	fs.mkdirSync(contentDir, { recursive: true });
	for (const file of ['site.yaml', 'categories.yaml']) fs.copyFileSync(path.join(projectRoot, 'content', file), path.join(contentDir, file));
	const site = parse(fs.readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) as { locales: (string | { code: string })[]; defaultLocale: string };
	const categories = (parse(fs.readFileSync(path.join(contentDir, 'categories.yaml'), 'utf8')) as { id: string }[]).map((c) => c.id);
	const locales = site.locales.map((l) => (typeof l === 'string' ? l : l.code));
	const fallbackPool = poolFor(site.defaultLocale);
	let articles = 0;
	for (const locale of locales) {
		const own = poolFor(locale);
		const pool = own.sentences.length ? own : fallbackPool;
		const next = random(locale.split('').reduce((a, c) => a * 31 + c.charCodeAt(0), 7));
		const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T;
		for (let i = 0; i < perLocale; i++) {
			const category = categories[i % categories.length] as string;
			const dir = path.join(contentDir, 'articles', locale, category);
			fs.mkdirSync(dir, { recursive: true });
			const title = `${pick(pool.titles).replace(/[?:]/g, '')} ${i + 1}`;
			const description = pick(pool.sentences).slice(0, 190).replace(/:/g, ',');
			const sections = Array.from({ length: 3 }, () => `## ${pick(pool.headings)}\n\n${Array.from({ length: 4 }, () => pick(pool.sentences)).join(' ')}\n`);
			const text = plain([pick(pool.sentences), ...sections].join('\n\n'));
			// Like the sample articles, about one in ten uses writers' components and so goes through MDX.
			const steps = () => `<Steps>\n\n${Array.from({ length: 3 }, (_, n) => `${n + 1}. ${plain(pick(pool.sentences))}`).join('\n')}\n\n</Steps>`;
			const callout = () => `<Callout type="tip">\n\n${plain(pick(pool.sentences))}\n\n</Callout>`;
			const body = i % 20 === 0 ? `${text}\n\n${steps()}\n` : i % 20 === 10 ? `${text}\n\n${callout()}\n` : text;
			const month = String(1 + (i % 12)).padStart(2, '0');
			fs.writeFileSync(
				path.join(dir, `article-${i + 1}.mdx`),
				`---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\nupdated: 2026-${month}-15\norder: ${i}\n---\n\n${body}\n`,
			);
			articles++;
		}
	}
	return { locales, categories, articles };
}

function dirSize(dir: string): number {
	return listFiles(dir).reduce((sum, file) => sum + fs.statSync(path.join(dir, file)).size, 0);
}

async function main() {
	if (process.argv.includes('--no-build')) {
		if (!fs.existsSync(outDir)) throw new Error(`No bench build in ${outDir}: run without --no-build first`);
	} else {
		const corpus = generate();
		const cold = build(corpus);
		if (process.argv.includes('--compare-starlight')) compareWithStarlight(corpus, cold);
	}
	if (process.argv.includes('--search')) {
		console.log('\nSearch speed (shopper queries of content/search-queries/):');
		console.log(formatSpeedReport(await measureSearchSpeed(outDir)));
	}
}

interface TimedBuild {
	seconds: number;
	/** Peak memory of the largest process in MB, or NaN without /usr/bin/time. */
	peakMb: number;
}

/** Runs a build command, timing it; /usr/bin/time reports the largest single process, which is Astro's. */
function timed(command: readonly string[], cwd: string, env: NodeJS.ProcessEnv): TimedBuild {
	const timeBinary = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
	const full = timeBinary ? [timeBinary, '-f', 'BENCH %M %e', ...command] : [...command];
	const started = performance.now();
	const result = spawnSync(full[0] as string, full.slice(1), {
		cwd,
		encoding: 'utf8',
		env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
		maxBuffer: 256 * 1024 * 1024,
	});
	const seconds = (performance.now() - started) / 1000;
	if (result.status !== 0) {
		console.error(result.stdout, result.stderr);
		process.exit(1);
	}
	return { seconds, peakMb: Number(/BENCH (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024 };
}

/** The same build as `npm run build`, of the generated shop; `--force` renders every page again. */
function buildShop(args: readonly string[] = []): TimedBuild {
	return timed([process.execPath, path.join(projectRoot, 'scripts/build.mjs'), ...args], projectRoot, {
		...process.env,
		HELP_CENTER_CONTENT: path.relative(projectRoot, contentDir),
		HELP_CENTER_OUT_DIR: outDir,
	});
}

/**
 * Builds stock Starlight with the same articles, and this project again after a writer's
 * one-article edit with its caches kept, then prints both side by side.
 */
function compareWithStarlight(corpus: Corpus, cold: TimedBuild) {
	const edited = path.join(contentDir, 'articles', corpus.locales[0] ?? 'en', corpus.categories[0] ?? '', 'article-1.mdx');
	fs.appendFileSync(edited, '\nOne more sentence, as a writer adds when fixing an article.\n');
	const rebuild = buildShop();
	const starlight = prepareStarlight(workDir, contentDir, corpus.locales);
	// A first build, as this project's: no cache or output of an earlier one.
	for (const dir of ['dist', '.astro', 'node_modules/.astro']) fs.rmSync(path.join(starlight.dir, dir), { recursive: true, force: true });
	const { command, cwd } = starlightBuildCommand(starlight);
	const theirs = timed(command, cwd, process.env);
	const theirPages = listFiles(starlight.outDir).filter((f) => f.endsWith('.html')).length;
	const ratio = (ours: number) => `${(ours / theirs.seconds).toFixed(2)}x`;
	const gb = (mb: number) => (Number.isNaN(mb) ? 'unknown' : `${(mb / 1024).toFixed(2)} GB`);
	console.log(`\nSide by side with Starlight ${STARLIGHT_VERSION} (${theirPages} pages), same articles, same machine:`);
	console.log('| | this project | Starlight | ratio |');
	console.log('| --- | --- | --- | --- |');
	console.log(`| cold build | ${cold.seconds.toFixed(1)} s | ${theirs.seconds.toFixed(1)} s | ${ratio(cold.seconds)} |`);
	console.log(
		`| rebuild after editing one article, caches kept | ${rebuild.seconds.toFixed(1)} s | (no incremental mode) | ${ratio(rebuild.seconds)} of its cold build |`,
	);
	console.log(`| peak memory | ${gb(cold.peakMb)} | ${gb(theirs.peakMb)} | |`);
}

function build({ locales, categories, articles }: Corpus): TimedBuild {
	// Measure a first build: nothing is reused from an earlier build's content store or pages, and
	// no earlier site is there to be replaced (as for Starlight's build below).
	const cacheDir = shopCacheDir({ root: projectRoot, content: contentDir });
	dropContentStore({ cacheDir, dotAstroDir: path.join(projectRoot, '.astro') });
	fs.rmSync(path.join(cacheDir, FRONT_MATTER_CACHE_FILE), { force: true });
	fs.rmSync(outDir, { recursive: true, force: true });
	const built = buildShop(['--force']);
	const { seconds, peakMb } = built;
	const pages = listFiles(outDir).filter((f) => f.endsWith('.html')).length;
	const sample = `${locales[0]}/${categories[0]}/article-1/index.html`;
	const html = fs.readFileSync(path.join(outDir, sample));
	const doc = readPage(outDir, sample);
	const gz = (hrefs: string[]) => hrefs.reduce((sum, href) => sum + gzipSync(fs.readFileSync(path.join(outDir, href))).length, 0);
	const css = gz([...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href') ?? ''));
	const js = gz([...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src') ?? ''));
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
	const rows: [string, string][] = [
		['articles', `${articles} (${perLocale} × ${locales.length} locales)`],
		['pages built', String(pages)],
		['build wall time', `${seconds.toFixed(1)} s`],
		['pages per second', (pages / seconds).toFixed(0)],
		['peak memory', Number.isNaN(peakMb) ? 'unknown (no /usr/bin/time)' : `${peakMb.toFixed(0)} MB`],
		['output size', `${(dirSize(outDir) / 1024 / 1024).toFixed(1)} MB`],
		['search index size', `${(dirSize(path.join(outDir, 'pagefind')) / 1024 / 1024).toFixed(1)} MB`],
		['article HTML (gzip)', kb(gzipSync(html).length)],
		['article CSS (gzip)', kb(css)],
		['article JS before interaction (gzip)', kb(js)],
	];
	const width = Math.max(...rows.map(([name]) => name.length));
	for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
	return built;
}

await main();
