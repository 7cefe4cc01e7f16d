import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { inBatches } from '../utils/in-batches.js';
import { isHiddenPath } from './content-files.js';
import { readFrontMatter } from './front-matter.js';
import { isPlainMarkdown } from './plain-markdown.js';
import { digestOf } from '../utils/digest.js';

export interface MdxLoaderOptions {
	/** Folder the files are in. */
	base: string;
	/** Which files belong to the collection, tested against their path inside `base` ("he/returns/x.mdx"). */
	files: RegExp;
	/**
	 * A text the shop check already read, by its path from the project root, so a build reads
	 * and parses each file once; undefined where it did not (a draft, a file changed in `astro dev`).
	 */
	known?: (filePath: string) => KnownText | undefined;
}

/** A text as the shop check read it. */
export interface KnownText {
	/** digestOf(the file's text), as the loader computes it for a file it reads itself. */
	digest: string;
	/** The front matter, validated: the collection's schema takes it as it is. */
	data: Readonly<Record<string, unknown>>;
	body: string;
}

/**
 * Loads .mdx files like Astro's glob loader, with ids that are their paths
 * without the extension ("he/returns/how-to-return-an-item"), but renders the
 * files that are plain Markdown (see isPlainMarkdown) right here, into the
 * content store. Only the files that use MDX (components, expressions) become
 * JavaScript modules the build has to bundle; most help articles are plain
 * text, and bundling thousands of modules is what made big sites slow and
 * memory-hungry to build. The store also keeps the rendered HTML between
 * builds, so an unchanged article is not rendered again.
 *
 * Plain-Markdown HTML skips the MDX components, so its links must be given the
 * base path and page language at render time: ContentBody does that.
 */
export function mdxLoader({ base, files, known }: MdxLoaderOptions): Loader {
	return {
		name: 'help-center-mdx',
		load: async (context) => {
			const { store, watcher, logger } = context;
			const inCollection = (file: string) => files.test(file) && !isHiddenPath(file);
			const root = fileURLToPath(context.config.root);
			const paths = (await fs.readdir(base, { recursive: true }).catch(() => [] as string[])).map(toPosix).filter(inCollection);
			const current = new Set(paths.map(idOf));
			for (const id of store.keys()) if (!current.has(id)) store.delete(id);
			// Reading and rendering a few files at a time keeps memory flat on big sites.
			await inBatches(paths, 16, (file) => syncFile(context, root, base, file, known));

			if (!watcher) return;
			watcher.add(base);
			const changedFile = (changed: string) => {
				const file = toPosix(path.relative(base, changed));
				return inCollection(file) ? file : undefined;
			};
			const onChange = async (changed: string) => {
				const file = changedFile(changed);
				if (!file) return;
				try {
					await syncFile(context, root, base, file);
					logger.info(`Reloaded ${file}`);
				} catch (error) {
					logger.error(`Could not reload ${file}: ${error instanceof Error ? error.message : String(error)}`);
				}
			};
			watcher.on('change', onChange);
			watcher.on('add', onChange);
			watcher.on('unlink', (deleted) => {
				const file = changedFile(deleted);
				if (file) store.delete(idOf(file));
			});
		},
	};
}

/** The file's digest, front matter and body: from the shop check when it read the file, else from the disk. */
async function readText(absolute: string, filePath: string, known: MdxLoaderOptions['known']): Promise<KnownText> {
	const checked = known?.(filePath);
	if (checked) return checked;
	const contents = await fs.readFile(absolute, 'utf8');
	const parsed = readFrontMatter(contents);
	// The shop's own check (loadShop) reports bad front matter with every other problem before Astro
	// gets here; this only guards against a file that changed in between.
	if (!parsed.ok) throw new Error(`${filePath}: ${parsed.message}`);
	return { digest: digestOf(contents), data: parsed.data as Record<string, unknown>, body: parsed.body };
}

async function syncFile(context: LoaderContext, root: string, base: string, file: string, known?: MdxLoaderOptions['known']): Promise<void> {
	const { store } = context;
	const absolute = path.join(base, file);
	const id = idOf(file);
	const filePath = toPosix(path.relative(root, absolute));
	const parsed = await readText(absolute, filePath, known);
	const { digest } = parsed;
	const plain = isPlainMarkdown(parsed.body);
	const existing = store.get(id);
	// Unchanged since the last build, and stored the way this engine would store it: reused.
	if (existing?.digest === digest && existing.filePath === filePath && !existing.deferredRender === plain) {
		// An MDX text still needs its module in every build.
		if (existing.deferredRender) store.addModuleImport(filePath);
		return;
	}
	// The store skips an entry whose text is unchanged, even when it now comes from another file.
	if (existing) store.delete(id);
	const data = await context.parseData({ id, data: { ...parsed.data }, filePath: absolute });
	if (plain) {
		const rendered = await context.renderMarkdown(parsed.body, { fileURL: pathToFileURL(absolute) });
		// Byte for byte what MDX would have written, which ends without the Markdown renderer's last newline.
		store.set({ id, data, filePath, digest, rendered: { ...rendered, html: rendered.html.trimEnd() } });
	} else {
		store.set({ id, data, filePath, digest, deferredRender: true });
	}
}

const idOf = (file: string) => file.replace(/\.mdx$/, '');
const toPosix = (file: string) => file.split(path.sep).join('/');
