import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { routePath, withBase } from '../catalog/routes.js';
import { pageWords, WordCounter } from '../search/common-words.js';
import { searchBundlePath } from '../search/bundle-path.js';
import { INDEX_SUMMARY_FILE, preparedSearchElement, type IndexSummary, type PreparedSearch } from '../search/prepared-search.js';
import { inBatches } from '../utils/in-batches.js';

/**
 * A shopper who opens a shared results link waits for a chain of downloads: the page,
 * its script, Pagefind's script, Pagefind's entry file, the language's metadata and
 * WebAssembly, the index chunks of the query, the results' fragments. Once Pagefind has
 * written its bundle, the files up to the WebAssembly are known: each language's results
 * page names them in its head, so the browser fetches them with the page, side by side.
 *
 * The page also gets the category of every indexed page by Pagefind id, so counting a
 * search's results per category needs neither Pagefind's filter index nor the results'
 * fragments (a search widened word by word has no counts of its own).
 *
 * Each language also gets a summary of its index (page count, common words), written into
 * its bundle for every page's search box and inline into the results page.
 */

/** The part of Pagefind's pagefind-entry.json read here. */
const entrySchema = z.object({
	version: z.string(),
	languages: z.record(
		z.string(),
		z.object({
			hash: z.string(),
			/** The stemming WebAssembly for the language, or null for the generic one. */
			wasm: z.string().nullable(),
			page_count: z.number(),
		}),
	),
});

/** The part of a Pagefind fragment (one page's stored data) read here. */
const fragmentSchema = z.object({
	url: z.string(),
	/** The page's indexed text. */
	content: z.string(),
	meta: z.record(z.string(), z.string()).optional(),
	filters: z.record(z.string(), z.array(z.string())).optional(),
});
type Fragment = z.infer<typeof fragmentSchema>;

const languageFilesSchema = z.object({
	/** pagefind.<hash>.pf_meta */
	meta: z.string(),
	/** wasm.<language or "unknown">.pagefind */
	wasm: z.string(),
	categories: z.record(z.string(), z.array(z.string())),
	summary: z.object({ pageCount: z.number(), commonWords: z.array(z.string()) }),
});
export type LanguageFiles = z.infer<typeof languageFilesSchema>;

const searchBundleFilesSchema = z.object({
	/** Changes whenever the entry file does, so a preloaded entry is never stale. */
	cacheTag: z.string(),
	/** By Pagefind's language key (the page's <html lang>, lowercased). */
	languages: z.record(z.string(), languageFilesSchema),
});
export type SearchBundleFiles = z.infer<typeof searchBundleFilesSchema>;

/**
 * A bundle's files as kept beside it in the cache (JSON of readSearchBundle's answer), or
 * undefined when they are missing or not in this version's shape: the bundle is then made again.
 */
export function keptSearchFiles(json: string | undefined): SearchBundleFiles | undefined {
	if (json === undefined) return undefined;
	try {
		const parsed = searchBundleFilesSchema.safeParse(JSON.parse(json));
		return parsed.success ? parsed.data : undefined;
	} catch {
		return undefined;
	}
}

/** Pagefind's own signature at the start of a decompressed file. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

function decompress(file: string, bytes: Buffer): unknown {
	const text = gunzipSync(bytes).toString('utf8');
	if (!text.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`${file} is not a Pagefind file (no signature)`);
	return JSON.parse(text.slice(PAGEFIND_SIGNATURE.length));
}

/**
 * A fragment file holds one page, or a group of pages by id; either way, the pages by id
 * with their text and categories. Ids start with the language key: "en_3f4ac59".
 */
function pagesInFragmentFile(file: string, content: unknown): { id: string; fragment: Fragment }[] {
	const id = path.basename(file, '.pf_fragment');
	const single = fragmentSchema.safeParse(content);
	if (single.success) return [{ id, fragment: single.data }];
	const group = z.record(z.string(), fragmentSchema).safeParse(content);
	if (!group.success) throw new Error(`Pagefind fragment ${file} has an unknown shape: ${describeIssue(single.error.issues[0])}`);
	return Object.entries(group.data).map(([pageId, fragment]) => ({ id: pageId, fragment }));
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
	return issue ? `${issue.path.join('.') || '(the file)'}: ${issue.message}` : '';
}

/** Reads the file names, categories and summaries the search needs from a written Pagefind bundle. */
export async function readSearchBundle(bundleDir: string): Promise<SearchBundleFiles> {
	const entryFile = path.join(bundleDir, 'pagefind-entry.json');
	const entryText = await fs.readFile(entryFile, 'utf8');
	const entry = entrySchema.safeParse(JSON.parse(entryText));
	if (!entry.success) {
		throw new Error(`${entryFile} is not what this Pagefind version writes: ${entry.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	}
	const languages: Record<string, LanguageFiles> = {};
	const words: Record<string, WordCounter> = {};
	for (const [language, index] of Object.entries(entry.data.languages)) {
		languages[language] = {
			meta: `pagefind.${index.hash}.pf_meta`,
			wasm: `wasm.${index.wasm ?? 'unknown'}.pagefind`,
			categories: {},
			summary: { pageCount: index.page_count, commonWords: [] },
		};
		words[language] = new WordCounter();
	}
	const fragmentDir = path.join(bundleDir, 'fragment');
	const files = (await fs.readdir(fragmentDir)).filter((name) => name.endsWith('.pf_fragment'));
	await inBatches(files, 64, async (name) => {
		const file = path.join(fragmentDir, name);
		for (const { id, fragment } of pagesInFragmentFile(file, decompress(file, await fs.readFile(file)))) {
			const key = id.slice(0, id.lastIndexOf('_'));
			const language = languages[key];
			if (!language) continue;
			words[key]?.add(pageWords([fragment.meta?.['title'] ?? '', fragment.content], key));
			const category = fragment.filters?.['category']?.[0];
			if (category !== undefined) (language.categories[category] ??= []).push(id);
		}
	});
	// Fragments are read in no fixed order; sorted categories and ids keep the pages the same from build to build.
	for (const [key, language] of Object.entries(languages)) {
		language.summary.commonWords = words[key]?.commonWords() ?? [];
		language.categories = Object.fromEntries(
			Object.entries(language.categories)
				.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
				.map(([category, ids]) => [category, ids.sort()]),
		);
	}
	return { cacheTag: createHash('sha256').update(entryText).digest('hex').slice(0, 12), languages };
}

/** The language index Pagefind picks for a page's <html lang>: the exact code, else its primary subtag. */
export function languageFilesFor(bundle: SearchBundleFiles, lang: string): LanguageFiles | undefined {
	const code = lang.toLowerCase();
	return bundle.languages[code] ?? bundle.languages[code.split('-')[0] ?? code];
}

/** A language with no page in the index: nothing to count, no common words. */
const NO_PAGES: IndexSummary = { pageCount: 0, commonWords: [] };

/** What goes into the head of a results page in `lang`: preloads and the prepared search. */
export function searchPageHead(bundle: SearchBundleFiles, lang: string, bundleUrl: string): string {
	const url = (file: string) => `${bundleUrl.replace(/\/?$/, '/')}${file}`;
	// `crossorigin` makes the preloads match Pagefind's fetch() calls (CORS mode, same-origin credentials).
	const fetched = (file: string) => `<link rel="preload" as="fetch" crossorigin href="${url(file)}">`;
	const language = languageFilesFor(bundle, lang);
	const prepared: PreparedSearch = {
		...(language?.summary ?? NO_PAGES),
		cacheTag: bundle.cacheTag,
		categories: language?.categories ?? {},
	};
	return [
		`<link rel="modulepreload" href="${url('pagefind.js')}">`,
		fetched(`pagefind-entry.json?ts=${bundle.cacheTag}`),
		...(language ? [fetched(language.meta), fetched(language.wasm)] : []),
		preparedSearchElement(prepared),
	].join('');
}

/** Puts `head` at the end of the page's <head>; a page without one is a build error, not a silent miss. */
export function addToHead(html: string, head: string, file: string): string {
	const end = html.indexOf('</head>');
	if (end === -1) throw new Error(`${file} has no </head> to add the search preloads to`);
	return html.slice(0, end) + head + html.slice(end);
}

/**
 * Writes each locale's index summary into its bundle and adds its search files to its results
 * page in the built site.
 */
export async function prepareSearchPages(outDir: string, { base, bundles }: { base: string; bundles: ReadonlyMap<string, SearchBundleFiles> }): Promise<void> {
	for (const [locale, bundle] of bundles) {
		const bundleDir = path.join(outDir, searchBundlePath(locale));
		const file = path.join(outDir, routePath(locale, { type: 'search' }), 'index.html');
		const html = await fs.readFile(file, 'utf8');
		const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? locale;
		const summary = languageFilesFor(bundle, lang)?.summary ?? NO_PAGES;
		await fs.writeFile(path.join(bundleDir, INDEX_SUMMARY_FILE), JSON.stringify(summary));
		await fs.writeFile(file, addToHead(html, searchPageHead(bundle, lang, withBase(base, `/${searchBundlePath(locale)}`)), file));
	}
}
