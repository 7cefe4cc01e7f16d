import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { contactFormConfigSchema } from '../../src/contact/form-config-schema.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { startHelpCenterServer } from '../../src/receiver/server.js';
import { createSubmissionStore, type StoreFileSystem } from '../../src/receiver/submission-store.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { resolveShopPaths } from '../../src/shop/paths.js';
import { contactPageHtml, textareaValue } from '../helpers/contact-page.js';

const entry = { name: 'Jan Novák', email: 'jan@example.cz', orderNumber: undefined, topic: 'order', message: 'Kde je můj balík?', locale: 'cs' };
const dirs: string[] = [];
const tempDir = () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a store that survives faults', () => {
	it('skips and reports a last line cut short, and starts the next message on a line of its own', () => {
		const dir = tempDir();
		const store = createSubmissionStore(dir);
		const first = store.save(entry, []);
		// A crash mid-write leaves half a line without its newline.
		fs.appendFileSync(path.join(dir, 'submissions.jsonl'), '{"name":"Eva","email":"eva@exa');
		expect(store.read()).toEqual({ submissions: [first], damaged: [{ line: 2, start: '{"name":"Eva","email":"eva@exa' }] });

		const next = store.save({ ...entry, message: 'Druhá zpráva' }, []);
		const { submissions, damaged } = store.read();
		expect(submissions.map((s) => s.reference)).toEqual([next.reference, first.reference]);
		expect(damaged.map((d) => d.line)).toEqual([2]);
		expect(fs.readFileSync(path.join(dir, 'submissions.jsonl'), 'utf8').split('\n')).toHaveLength(4);
	});

	it('reports a line that is JSON but not a message, instead of showing half a message', () => {
		const dir = tempDir();
		fs.writeFileSync(path.join(dir, 'submissions.jsonl'), '{"reference":"AAAA-BBBB"}\n[1,2]\nnull\n');
		expect(
			createSubmissionStore(dir)
				.read()
				.damaged.map((d) => d.line),
		).toEqual([1, 2, 3]);
	});

	it('throws when the disk fills up mid-write, keeps no photo of the lost message, and the next write is clean', () => {
		const dir = tempDir();
		let full = true;
		const io: StoreFileSystem = {
			...fs,
			writeSync: ((fd: number, buffer: Uint8Array, ...rest: []) => {
				if (!full || !(buffer instanceof Buffer) || buffer.byteLength < 20) return fs.writeSync(fd, buffer, ...rest);
				// Half the line reaches the disk, then there is no room left.
				fs.writeSync(fd, buffer.subarray(0, buffer.byteLength >> 1));
				throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
			}) as typeof fs.writeSync,
		};
		const store = createSubmissionStore(dir, { io });
		const photo = {
			name: 'tent.jpg',
			type: 'image/jpeg',
			bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]),
		};
		expect(() => store.save(entry, [photo])).toThrow(/ENOSPC/);
		expect(fs.existsSync(path.join(dir, 'photos')) ? fs.readdirSync(path.join(dir, 'photos')) : []).toEqual([]);

		full = false;
		const kept = store.save({ ...entry, message: 'Po uvolnění místa' }, []);
		// The half line stays, reported; the message after it is whole.
		expect(store.read().submissions.map((s) => s.reference)).toEqual([kept.reference]);
		expect(store.read().damaged.map((d) => d.line)).toEqual([1]);
	});

	it.runIf(fs.existsSync('/dev/full'))('answers 503 on a really full disk, in JSON and on the page, keeping what was typed', async () => {
		const dir = tempDir();
		fs.symlinkSync('/dev/full', path.join(dir, 'submissions.jsonl'));
		const shop = loadShop(resolveShopPaths({ HELP_CENTER_CONTENT: 'tests/fixtures/shop/content' }, path.resolve(import.meta.dirname, '../..')), {
			includeDrafts: false,
		});
		const t = createTranslator(shop.ui, 'en');
		const settings = contactFormConfigSchema.parse({ target: 'local', topics: [{ id: 'order', label: { en: 'An order' } }] });
		fs.mkdirSync(path.join(dir, 'site/en/contact'), { recursive: true });
		fs.writeFileSync(path.join(dir, 'site/en/contact/index.html'), contactPageHtml({ t, settings, channels: true }).html);
		const server = await startHelpCenterServer({
			siteDir: path.join(dir, 'site'),
			base: '/',
			store: createSubmissionStore(dir),
			contactForm: settings,
			locales: ['en'],
			defaultLocale: 'en',
			t,
		});
		try {
			const fields = { locale: 'en', name: 'Jan', email: 'jan@example.cz', topic: 'order', message: 'Where is my parcel?' };
			const json = await fetch(`${server.url}/api/contact`, {
				method: 'POST',
				headers: { origin: server.url, accept: 'application/json', 'content-type': 'application/json' },
				body: JSON.stringify(fields),
			});
			expect(json.status).toBe(503);
			expect(await json.json()).toEqual({ error: 'not stored' });

			const form = await fetch(`${server.url}/api/contact`, {
				method: 'POST',
				headers: { origin: server.url },
				body: new URLSearchParams(fields),
				redirect: 'manual',
			});
			expect(form.status).toBe(503);
			const html = await form.text();
			const page = parseHTML(html).document;
			expect(page.querySelector('.hc-form__failure[role="alert"]')?.textContent).toContain(t('en')('form.failed.server', { status: '503' }));
			expect(page.querySelector('.hc-form__failure a')?.getAttribute('href')).toBe('#channels');
			expect(textareaValue(html, 'contact-message')).toBe('Where is my parcel?');
			expect(page.querySelector('#contact-name')?.getAttribute('value')).toBe('Jan');
		} finally {
			await server.close();
		}
	});
});

/** Posts `count` messages at once; resolves with the references the receiver acknowledged. */
async function burst(url: string, count: number, onAcknowledged: (acknowledged: number) => void = () => {}): Promise<string[]> {
	const acknowledged: string[] = [];
	await Promise.all(
		Array.from({ length: count }, async (_, index) => {
			try {
				const response = await fetch(`${url}/api/contact`, {
					method: 'POST',
					headers: { origin: url, accept: 'application/json', 'content-type': 'application/json' },
					body: JSON.stringify({
						locale: 'en',
						name: `Shopper ${index}`,
						email: `shopper${index}@example.com`,
						topic: 'order',
						message: `Message number ${index}`,
					}),
				});
				if (response.status === 201) {
					acknowledged.push(((await response.json()) as { reference: string }).reference);
					onAcknowledged(acknowledged.length);
				}
			} catch {
				// The receiver was killed: this post was never acknowledged.
			}
		}),
	);
	return acknowledged;
}

function startReceiverProcess(inbox: string) {
	const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(import.meta.dirname, '../helpers/receiver-process.ts')], {
		env: { ...process.env, HELP_CENTER_INBOX: inbox },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const url = new Promise<string>((resolve, reject) => {
		child.stdout.setEncoding('utf8').once('data', (line: string) => resolve(line.trim()));
		child.once('exit', (code) => reject(new Error(`The receiver exited (${code}) before it listened`)));
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	return { child, url, exited };
}

describe('under load and a crash', () => {
	it('finds every one of 200 concurrent posts it acknowledged', async () => {
		const inbox = tempDir();
		const receiver = startReceiverProcess(inbox);
		try {
			const acknowledged = await burst(await receiver.url, 200);
			const found = new Set(
				createSubmissionStore(inbox)
					.read()
					.submissions.map((s) => s.reference),
			);
			console.info(`200 concurrent posts: ${acknowledged.length} acknowledged, ${acknowledged.filter((r) => found.has(r)).length} of them found`);
			expect(acknowledged).toHaveLength(200);
			expect(acknowledged.filter((reference) => !found.has(reference))).toEqual([]);
		} finally {
			receiver.child.kill('SIGKILL');
			await receiver.exited;
		}
	});

	it('finds every acknowledged post after SIGKILL in the middle of a burst, and the store stays readable', async () => {
		const inbox = tempDir();
		const receiver = startReceiverProcess(inbox);
		const acknowledged = await burst(await receiver.url, 200, (count) => {
			if (count === 60) receiver.child.kill('SIGKILL');
		});
		await receiver.exited;
		const { submissions, damaged } = createSubmissionStore(inbox).read();
		const found = new Set(submissions.map((s) => s.reference));
		console.info(
			`SIGKILL during 200 posts: ${acknowledged.length} acknowledged, ${acknowledged.filter((r) => found.has(r)).length} of them found, ${submissions.length} stored, ${damaged.length} damaged lines`,
		);
		expect(acknowledged.length).toBeGreaterThanOrEqual(60);
		expect(acknowledged.length).toBeLessThan(200);
		expect(acknowledged.filter((reference) => !found.has(reference))).toEqual([]);

		// A receiver started again on the same store keeps working.
		const again = startReceiverProcess(inbox);
		try {
			expect(await burst(await again.url, 5)).toHaveLength(5);
			expect(createSubmissionStore(inbox).read().submissions).toHaveLength(submissions.length + 5);
		} finally {
			again.child.kill('SIGKILL');
			await again.exited;
		}
	});
});
