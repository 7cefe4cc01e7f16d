import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoProblem } from '../../src/contact/form-schema.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { parseHTML } from 'linkedom';
import { FORM_ID, errorId, fieldId } from '../../src/contact/form-text.js';
import { photoTypeOf } from '../../src/receiver/photo-type.js';
import { startHelpCenterServer, type RunningServer } from '../../src/receiver/server.js';
import { createSubmissionStore, type SubmissionStore } from '../../src/receiver/submission-store.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { resolveShopPaths } from '../../src/shop/paths.js';

const root = path.resolve(import.meta.dirname, '../..');
let server: RunningServer;
const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'receiver-site-'));
let store: SubmissionStore;
const NOW = 1_800_000_000_000;
const readPageHtml = (html: string) => parseHTML(html).document;

beforeAll(async () => {
	const shop = loadShop(resolveShopPaths({ HELP_CENTER_CONTENT: 'tests/fixtures/shop/content' }, root), { includeDrafts: false });
	store = createSubmissionStore(fs.mkdtempSync(path.join(os.tmpdir(), 'receiver-http-')));
	server = await startHelpCenterServer({
		siteDir,
		base: '/',
		store,
		// The fixture shop's form, with the spam timing on.
		contactForm: shop.site.contactForm && { ...shop.site.contactForm, minimumFillTime: 3000 },
		locales: ['en', 'he', 'ru'],
		defaultLocale: 'en',
		t: createTranslator(shop.ui, 'en'),
		now: () => NOW,
	});
});

afterAll(async () => {
	await server.close();
	fs.rmSync(store.dir, { recursive: true, force: true });
	fs.rmSync(siteDir, { recursive: true, force: true });
});

const valid = { locale: 'he', name: 'Dana', email: 'dana@example.co.il', orderNumber: ' FO-10234 ', topic: 'return', message: 'שלום', website: '', startedAt: String(NOW - 60_000) };
const postJson = (body: unknown) =>
	fetch(`${server.url}/api/contact`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });

describe('the local receiver', () => {
	it('stores a valid message, trimmed as the form trims it, and answers with its reference', async () => {
		const response = await postJson(valid);
		expect(response.status).toBe(201);
		const { reference } = (await response.json()) as { reference: string };
		expect(store.list()[0]).toMatchObject({ reference, orderNumber: 'FO-10234', message: 'שלום', locale: 'he' });
	});

	it('answers what is wrong, field by field, with the same keys as the form', async () => {
		const response = await postJson({ ...valid, email: 'dana@', message: ' ', orderNumber: '123' });
		expect(response.status).toBe(422);
		expect(await response.json()).toEqual({
			errors: { email: 'form.errors.emailInvalid', message: 'form.errors.messageRequired', orderNumber: 'form.errors.orderNumberInvalid' },
		});
	});

	it('checks photos: how many, what kind', async () => {
		const form = new FormData();
		for (const [key, value] of Object.entries(valid)) form.append(key, value);
		for (const name of ['a.jpg', 'b.jpg', 'c.jpg']) form.append('photos', new File([new Uint8Array([1])], name, { type: 'image/jpeg' }));
		const response = await fetch(`${server.url}/api/contact`, { method: 'POST', headers: { accept: 'application/json' }, body: form });
		expect(response.status).toBe(422);
		expect(await response.json()).toEqual({ errors: { photos: 'form.errors.tooManyPhotos' } });
	});

	it('answers spam like a real message but keeps nothing: a filled trap, or a form sent faster than a person types', async () => {
		const before = store.list().length;
		expect((await postJson({ ...valid, website: 'https://spam.example' })).status).toBe(201);
		expect((await postJson({ ...valid, startedAt: String(NOW - 500) })).status).toBe(201);
		expect(store.list()).toHaveLength(before);
	});

	it('refuses a body larger than the photos the form allows', async () => {
		const response = await fetch(`${server.url}/api/contact`, {
			method: 'POST',
			headers: { 'content-type': 'application/octet-stream', accept: 'application/json' },
			body: new Uint8Array(4 * 1024 * 1024),
		});
		expect(response.status).toBe(413);
	});

	it('answers a post without JavaScript whose photos are too large with the contact page, in the language it came from', async () => {
		// The part of a built contact page the answer fills in.
		fs.mkdirSync(path.join(siteDir, 'he/contact'), { recursive: true });
		fs.writeFileSync(
			path.join(siteDir, 'he/contact/index.html'),
			`<!doctype html><html lang="he"><body><main><h1>צרו קשר</h1><section><form id="${FORM_ID}" method="post"><input id="${fieldId('photos')}" name="photos" type="file"><p id="${errorId('photos')}" hidden></p></form></section></main></body></html>`,
		);
		const response = await fetch(`${server.url}/api/contact`, {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x', referer: `${server.url}/he/contact/` },
			body: new Uint8Array(4 * 1024 * 1024),
		});
		expect(response.status).toBe(413);
		const page = readPageHtml(await response.text());
		expect(page.getElementById(errorId('photos'))?.textContent).toContain('התמונות היו גדולות מדי');
		expect(page.getElementById(errorId('photos'))?.hasAttribute('hidden')).toBe(false);
		expect(page.getElementById(fieldId('photos'))?.getAttribute('aria-invalid')).toBe('true');
	});

	it('stops reading a body sent in chunks once it is larger than allowed, and keeps nothing', async () => {
		const before = store.list().length;
		// Valid JSON of 12.8 MB: read to the end, it would be answered 422 (message too long), not 413.
		const encoder = new TextEncoder();
		const parts = [encoder.encode('{"message":"'), ...Array.from({ length: 200 }, () => encoder.encode('x'.repeat(64 * 1024))), encoder.encode('"}')];
		const oversized = new ReadableStream<Uint8Array>({
			pull(controller) {
				// Over the fixture's limit: 1 MB of text plus 2 photos of 1 MB.
				const next = parts.shift();
				if (next) controller.enqueue(next);
				else controller.close();
			},
		});
		const response = await fetch(`${server.url}/api/contact`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: oversized,
			duplex: 'half',
		} as RequestInit);
		expect(response.status).toBe(413);
		expect(store.list()).toHaveLength(before);
	});

	it('judges a photo by its content, not by its name or declared type', async () => {
		const post = (file: File) => {
			const form = new FormData();
			for (const [key, value] of Object.entries(valid)) form.append(key, value);
			form.append('photos', file);
			return fetch(`${server.url}/api/contact`, { method: 'POST', headers: { accept: 'application/json' }, body: form });
		};
		const disguised = await post(new File(['%PDF-1.7 an invoice'], 'tent.jpg', { type: 'image/jpeg' }));
		expect(disguised.status).toBe(422);
		expect(await disguised.json()).toEqual({ errors: { photos: 'form.errors.photoType' } });

		const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
		const unlabelled = await post(new File([jpeg], 'IMG_0042', { type: 'application/octet-stream' }));
		expect(unlabelled.status).toBe(201);
		const { reference } = (await unlabelled.json()) as { reference: string };
		expect(store.list().find((message) => message.reference === reference)?.photos).toEqual([
			expect.objectContaining({ name: 'IMG_0042', type: 'image/jpeg', stored: '1.jpg' }),
		]);
	});
});

describe('the kind of a photo', () => {
	const bytes = (...parts: (string | number[])[]) =>
		new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((char) => char.charCodeAt(0)) : part)));
	it('is read from the first bytes of JPEG, PNG, WebP, HEIC and HEIF files', () => {
		expect(photoTypeOf(bytes([0xff, 0xd8, 0xff, 0xdb]))).toBe('image/jpeg');
		expect(photoTypeOf(bytes('\x89PNG\r\n\x1a\n', [0, 0, 0, 13]))).toBe('image/png');
		expect(photoTypeOf(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
		expect(photoTypeOf(bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0]))).toBe('image/heic');
		expect(photoTypeOf(bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0]))).toBe('image/heif');
	});

	it('is unknown for documents, videos and files too short to tell', () => {
		expect(photoTypeOf(bytes('%PDF-1.7'))).toBeUndefined();
		expect(photoTypeOf(bytes([0, 0, 0, 0x18], 'ftypmp42'))).toBeUndefined();
		expect(photoTypeOf(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeUndefined();
		expect(photoTypeOf(bytes([0xff, 0xd8]))).toBeUndefined();
	});
});

describe('photo checks', () => {
	const limits = { maxFiles: 2, maxMegabytes: 1 };
	it('name the first photo that is too large or not a photo, and ignore an empty file field', () => {
		expect(photoProblem([{ name: '', size: 0, type: 'application/octet-stream' }], limits)).toBeUndefined();
		expect(photoProblem([{ name: 'tent.heic', size: 900_000, type: 'image/heic' }], limits)).toBeUndefined();
		expect(photoProblem([{ name: 'receipt.pdf', size: 1000, type: 'application/pdf' }], limits)).toEqual({ key: 'form.errors.photoType', file: 'receipt.pdf' });
		expect(photoProblem([{ name: 'big.jpg', size: 2 * 1024 * 1024, type: 'image/jpeg' }], limits)).toEqual({ key: 'form.errors.photoTooLarge', file: 'big.jpg' });
		expect(photoProblem(Array.from({ length: 3 }, (_, i) => ({ name: `${i}.png`, size: 10, type: 'image/png' })), limits)).toEqual({ key: 'form.errors.tooManyPhotos' });
	});
});
