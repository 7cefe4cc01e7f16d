import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { beforeEach, describe, expect, it } from 'vitest';
import { mdxLoader } from '../../src/content/mdx-loader.js';
import { digestOf } from '../../src/utils/digest.js';

interface StoredEntry {
	id: string;
	data: Record<string, unknown>;
	filePath?: string;
	digest?: string;
	rendered?: { html: string };
	deferredRender?: boolean;
}

/** What Astro gives a loader, reduced to what mdxLoader uses; renders Markdown by wrapping it in <p>. */
function fakeAstro(root: string) {
	const entries = new Map<string, StoredEntry>();
	const moduleImports: string[] = [];
	const rendered: string[] = [];
	const context = {
		config: { root: pathToFileURL(`${root}/`) },
		logger: { info() {}, error() {} },
		store: {
			get: (id: string) => entries.get(id),
			keys: () => [...entries.keys()],
			delete: (id: string) => void entries.delete(id),
			addModuleImport: (file: string) => void moduleImports.push(file),
			set(entry: StoredEntry) {
				if (entries.get(entry.id)?.digest === entry.digest) return false;
				entries.set(entry.id, entry);
				if (entry.deferredRender && entry.filePath) moduleImports.push(entry.filePath);
				return true;
			},
		},
		parseData: async ({ data }: { data: Record<string, unknown> }) => data,
		generateDigest: (text: string) => String(text.length) + text.slice(-40),
		renderMarkdown: async (body: string) => {
			rendered.push(body.trim());
			return { html: `<p>${body.trim()}</p>\n`, metadata: { headings: [] } };
		},
	};
	return { context: context as unknown as LoaderContext, entries, moduleImports, rendered };
}

const ARTICLES = /^[^/]+\/[^/]+\/[^/]+\.mdx$/;
let root: string;
const write = (file: string, text: string) => {
	fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
	fs.writeFileSync(path.join(root, file), text);
};
const article = (body: string) => `---\ntitle: Title\n---\n\n${body}\n`;

beforeEach(() => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'mdx-loader-'));
	write('shop/articles/en/orders/track.mdx', article('Open **My orders**.'));
	write('shop/articles/he/orders/steps.mdx', article('<Steps>\n\n1. One\n\n</Steps>'));
	write('shop/articles/en/orders/notes.txt', 'not an article');
	write('shop/articles/en/stray.mdx', article('Not in a category.'));
	write('shop/articles/en/orders/.#track.mdx', 'an editor lock file');
	write('shop/articles/.trash/orders/old.mdx', article('Deleted, kept by a file manager.'));
});

describe('the content loader for MDX texts', () => {
	it('renders plain Markdown into the store and leaves MDX to be compiled as a module', async () => {
		const astro = fakeAstro(root);
		await mdxLoader({ base: path.join(root, 'shop/articles'), files: ARTICLES }).load(astro.context);
		expect([...astro.entries.keys()].sort()).toEqual(['en/orders/track', 'he/orders/steps']);
		expect(astro.entries.get('en/orders/track')).toMatchObject({
			data: { title: 'Title' },
			filePath: 'shop/articles/en/orders/track.mdx',
			rendered: { html: '<p>Open **My orders**.</p>' },
		});
		expect(astro.entries.get('he/orders/steps')).toMatchObject({ deferredRender: true, filePath: 'shop/articles/he/orders/steps.mdx' });
		expect(astro.entries.get('he/orders/steps')?.rendered).toBeUndefined();
		expect(astro.moduleImports).toEqual(['shop/articles/he/orders/steps.mdx']);
	});

	it('reuses what an earlier build stored, renders what changed and forgets what was deleted', async () => {
		const astro = fakeAstro(root);
		const loader = mdxLoader({ base: path.join(root, 'shop/articles'), files: ARTICLES });
		await loader.load(astro.context);
		write('shop/articles/en/orders/cancel.mdx', article('Select **Cancel order**.'));
		fs.rmSync(path.join(root, 'shop/articles/he/orders/steps.mdx'));
		astro.rendered.length = 0;
		astro.moduleImports.length = 0;
		await loader.load(astro.context);
		expect(astro.rendered).toEqual(['Select **Cancel order**.']);
		expect([...astro.entries.keys()].sort()).toEqual(['en/orders/cancel', 'en/orders/track']);

		write('shop/articles/en/orders/track.mdx', article('Open **My orders** first.'));
		await loader.load(astro.context);
		expect(astro.entries.get('en/orders/track')?.rendered?.html).toBe('<p>Open **My orders** first.</p>');
	});

	it('still registers the module of an unchanged MDX text, which every build must bundle', async () => {
		const astro = fakeAstro(root);
		const loader = mdxLoader({ base: path.join(root, 'shop/articles'), files: ARTICLES });
		await loader.load(astro.context);
		astro.moduleImports.length = 0;
		await loader.load(astro.context);
		expect(astro.moduleImports).toEqual(['shop/articles/he/orders/steps.mdx']);
	});

	it('renders again a text an older build stored as MDX, now that it is plain Markdown', async () => {
		const astro = fakeAstro(root);
		const loader = mdxLoader({ base: path.join(root, 'shop/articles'), files: ARTICLES });
		await loader.load(astro.context);
		const stored = astro.entries.get('en/orders/track') as StoredEntry;
		astro.entries.set('en/orders/track', { ...stored, rendered: undefined, deferredRender: true });
		await loader.load(astro.context);
		expect(astro.entries.get('en/orders/track')).toMatchObject({ rendered: { html: '<p>Open **My orders**.</p>' } });
		expect(astro.entries.get('en/orders/track')?.deferredRender).toBeUndefined();
	});

	it('points an entry at the file it was loaded from, when another shop has the same text', async () => {
		const astro = fakeAstro(root);
		await mdxLoader({ base: path.join(root, 'shop/articles'), files: ARTICLES }).load(astro.context);
		fs.cpSync(path.join(root, 'shop'), path.join(root, 'copy'), { recursive: true });
		await mdxLoader({ base: path.join(root, 'copy/articles'), files: ARTICLES }).load(astro.context);
		expect(astro.entries.get('en/orders/track')?.filePath).toBe('copy/articles/en/orders/track.mdx');
		expect(astro.moduleImports.at(-1)).toBe('copy/articles/he/orders/steps.mdx');
	});

	it('takes the texts the shop check read, with the same digest as its own reading, and reads the others', async () => {
		const fromDisk = fakeAstro(root);
		await mdxLoader({ base: path.join(root, 'shop/articles'), files: ARTICLES }).load(fromDisk.context);
		const astro = fakeAstro(root);
		const digest = fromDisk.entries.get('en/orders/track')?.digest ?? '';
		// The shop check's digest of a file (scan-articles.ts) is this one: a text is stored alike either way.
		expect(digest).toBe(digestOf(fs.readFileSync(path.join(root, 'shop/articles/en/orders/track.mdx'), 'utf8')));
		// What the check read differs from the disk here only to tell which one the loader used.
		const known = { digest, data: { title: 'Checked title' }, body: 'Checked **text**.' };
		const asked: string[] = [];
		const loader = mdxLoader({
			base: path.join(root, 'shop/articles'),
			files: ARTICLES,
			known: (file) => (asked.push(file), file === 'shop/articles/en/orders/track.mdx' ? known : undefined),
		});
		await loader.load(astro.context);
		expect(astro.entries.get('en/orders/track')).toMatchObject({ data: { title: 'Checked title' }, rendered: { html: '<p>Checked **text**.</p>' }, digest });
		expect(astro.entries.get('he/orders/steps')).toMatchObject({ deferredRender: true, digest: fromDisk.entries.get('he/orders/steps')?.digest });
		expect(asked.sort()).toEqual(['shop/articles/en/orders/track.mdx', 'shop/articles/he/orders/steps.mdx']);
	});

	it('stops on a file without front matter, naming it', async () => {
		write('shop/articles/en/orders/broken.mdx', 'No front matter here.');
		const astro = fakeAstro(root);
		await expect(mdxLoader({ base: path.join(root, 'shop/articles'), files: ARTICLES }).load(astro.context)).rejects.toThrow(
			'shop/articles/en/orders/broken.mdx: must start with front matter',
		);
	});
});
