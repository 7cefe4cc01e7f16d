import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactFormSettings } from '../../src/contact/form-config-schema.js';
import { photoProblem } from '../../src/contact/form-schema.js';
import { FORM_ID, errorId, fieldId } from '../../src/contact/form-text.js';
import type { Translate } from '../../src/i18n/translator.js';
import { createFormToken } from '../../src/receiver/form-token.js';
import { photoTypeOf } from '../../src/receiver/photo-type.js';
import type { RunningServer } from '../../src/receiver/server.js';
import type { SubmissionStore } from '../../src/receiver/submission-store.js';
import { textareaValue } from '../helpers/contact-page.js';
import { startFixtureReceiver, type FixtureReceiver } from '../helpers/fixture-receiver.js';

const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'receiver-site-'));
const formToken = createFormToken(new Uint8Array(32).fill(7));
let server: RunningServer;
let store: SubmissionStore;
let settings: ContactFormSettings;
let t: (locale: string) => Translate;
/** The receiver's clock; tests move it. */
let now = 1_800_000_000_000;
const readPageHtml = (html: string) => parseHTML(html).document;

let receiver: FixtureReceiver;

beforeAll(async () => {
	receiver = await startFixtureReceiver({ siteDir, formToken, now: () => now });
	({ server, store, settings } = receiver);
	t = receiver.t;
});

afterAll(() => receiver.close());

const valid = { locale: 'he', name: 'Dana', email: 'dana@example.co.il', orderNumber: ' FO-10234 ', topic: 'return', message: 'שלום', website: '' };
const ownOrigin = () => ({ origin: server.url });
const postJson = (body: unknown, headers: Record<string, string> = ownOrigin()) =>
	fetch(`${server.url}/api/contact`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
		body: JSON.stringify(body),
	});
const postForm = (body: Record<string, string>, headers: Record<string, string> = ownOrigin()) =>
	fetch(`${server.url}/api/contact`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', referer: `${server.url}/he/contact/`, ...headers },
		body: new URLSearchParams(body),
		redirect: 'manual',
	});
const submissions = () => store.read().submissions;
const referenceOf = async (response: Response) => ((await response.json()) as { reference: string }).reference;

/** The token of the contact page as the receiver serves it now. */
async function servedToken(locale = 'he'): Promise<string> {
	const response = await fetch(`${server.url}/${locale}/contact/`);
	expect(response.headers.get('cache-control')).toBe('no-store');
	return (
		readPageHtml(await response.text())
			.querySelector('input[name="formToken"]')
			?.getAttribute('value') ?? ''
	);
}

describe('the local receiver', () => {
	it('stores a valid message, trimmed as the form trims it, and answers with its reference', async () => {
		const response = await postJson(valid);
		expect(response.status).toBe(201);
		const reference = await referenceOf(response);
		expect(submissions()[0]).toMatchObject({ reference, orderNumber: 'FO-10234', message: 'שלום', locale: 'he' });
		expect(submissions()[0]?.spam).toBeUndefined();
	});

	it('keeps the market and the page the shopper came from, for routing, and drops them when they are not what they claim', async () => {
		const kept = await referenceOf(await postJson({ ...valid, market: 'il', fromPage: 'https://help.example.com/he/returns/x/' }));
		const dropped = await referenceOf(await postJson({ ...valid, market: 'Israel!', fromPage: 'javascript:alert(1)' }));
		const byReference = (reference: string) => submissions().find((s) => s.reference === reference);
		expect(byReference(kept)).toMatchObject({ market: 'il', fromPage: 'https://help.example.com/he/returns/x/' });
		expect(byReference(dropped)?.market).toBeUndefined();
		expect(byReference(dropped)?.fromPage).toBeUndefined();
		const inbox = await (await fetch(`${server.url}/api/contact/inbox/`)).text();
		expect(inbox).toContain('<dt>Market</dt><dd>il</dd>');
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
		const response = await fetch(`${server.url}/api/contact`, { method: 'POST', headers: { accept: 'application/json', ...ownOrigin() }, body: form });
		expect(response.status).toBe(422);
		expect(await response.json()).toEqual({ errors: { photos: 'form.errors.tooManyPhotos' } });
	});

	it('refuses a body larger than the photos the form allows', async () => {
		const response = await fetch(`${server.url}/api/contact`, {
			method: 'POST',
			headers: { 'content-type': 'application/octet-stream', accept: 'application/json', ...ownOrigin() },
			body: new Uint8Array(4 * 1024 * 1024),
		});
		expect(response.status).toBe(413);
	});

	it('answers a post without JavaScript whose photos are too large with the contact page, in the language it came from', async () => {
		const response = await fetch(`${server.url}/api/contact`, {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x', referer: `${server.url}/he/contact/`, ...ownOrigin() },
			body: new Uint8Array(4 * 1024 * 1024),
		});
		expect(response.status).toBe(413);
		const page = readPageHtml(await response.text());
		expect(page.getElementById(errorId('photos'))?.textContent).toContain('התמונות היו גדולות מדי');
		expect(page.getElementById(errorId('photos'))?.hasAttribute('hidden')).toBe(false);
		expect(page.getElementById(fieldId('photos'))?.getAttribute('aria-invalid')).toBe('true');
		expect(page.getElementById(FORM_ID)?.querySelector('input[name="formToken"]')?.getAttribute('value')).toMatch(/^\d+\./);
	});

	it('stops reading a body sent in chunks once it is larger than allowed, and keeps nothing', async () => {
		const before = submissions().length;
		// Valid JSON of 12.8 MB: read to the end, it would be answered 422 (message too long), not 413.
		const encoder = new TextEncoder();
		const parts = [encoder.encode('{"message":"'), ...Array.from({ length: 200 }, () => encoder.encode('x'.repeat(64 * 1024))), encoder.encode('"}')];
		const oversized = new ReadableStream<Uint8Array>({
			pull(controller) {
				const next = parts.shift();
				if (next) controller.enqueue(next);
				else controller.close();
			},
		});
		const response = await fetch(`${server.url}/api/contact`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json', ...ownOrigin() },
			body: oversized,
			duplex: 'half',
		} as RequestInit);
		expect(response.status).toBe(413);
		expect(submissions()).toHaveLength(before);
	});

	it('judges a photo by its content, not by its name or declared type, and serves it with its real type', async () => {
		const post = (file: File) => {
			const form = new FormData();
			for (const [key, value] of Object.entries(valid)) form.append(key, value);
			form.append('photos', file);
			return fetch(`${server.url}/api/contact`, { method: 'POST', headers: { accept: 'application/json', ...ownOrigin() }, body: form });
		};
		const disguised = await post(new File(['%PDF-1.7 an invoice'], 'tent.jpg', { type: 'image/jpeg' }));
		expect(disguised.status).toBe(422);
		expect(await disguised.json()).toEqual({ errors: { photos: 'form.errors.photoType' } });

		const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
		const unlabelled = await post(new File([jpeg], 'IMG_0042', { type: 'application/octet-stream' }));
		expect(unlabelled.status).toBe(201);
		const reference = await referenceOf(unlabelled);
		expect(submissions().find((message) => message.reference === reference)?.photos).toEqual([
			expect.objectContaining({ name: 'IMG_0042', type: 'image/jpeg', stored: '1.jpg' }),
		]);
		const served = await fetch(`${server.url}/api/contact/photos/${reference}/1.jpg`);
		expect(served.headers.get('content-type')).toBe('image/jpeg');
		expect(served.headers.get('x-content-type-options')).toBe('nosniff');
		expect(new Uint8Array(await served.arrayBuffer())).toEqual(jpeg);
	});
});

describe('suspected spam is kept, marked, never thrown away', () => {
	it('keeps a message whose trap was filled, with a real reference', async () => {
		const response = await postJson({ ...valid, website: 'https://spam.example' });
		expect(response.status).toBe(201);
		const reference = await referenceOf(response);
		expect(submissions().find((s) => s.reference === reference)?.spam).toEqual(['honeypot']);
	});

	it('judges "too fast" by the receiver\'s own clock: the page it served carries the time, signed', async () => {
		const token = await servedToken();
		now += 1000;
		const fast = await referenceOf(await postJson({ ...valid, formToken: token }));
		expect(submissions().find((s) => s.reference === fast)?.spam).toEqual(['tooFast']);
		now += 60_000;
		const unhurried = await postJson({ ...valid, message: 'A minute later', formToken: token });
		expect(unhurried.status).toBe(201);
		const reference = await referenceOf(unhurried);
		expect(submissions().find((s) => s.reference === reference)?.spam).toBeUndefined();
	});

	it('marks a token the receiver did not issue, however old it claims to be', async () => {
		const forged = `${now - 3_600_000}.${'A'.repeat(43)}`;
		const response = await postJson({ ...valid, formToken: forged });
		const reference = await referenceOf(response);
		expect(submissions().find((s) => s.reference === reference)?.spam).toEqual(['forgedToken']);
	});

	it('cannot be fooled by the browser clock: a far-future "startedAt" from the page is not read', async () => {
		const response = await postJson({ ...valid, startedAt: String(now + 10 ** 9), formToken: await servedToken() });
		const reference = await referenceOf(response);
		expect(submissions().find((s) => s.reference === reference)).toMatchObject({ spam: ['tooFast'] });
		expect(submissions().find((s) => s.reference === reference)).not.toHaveProperty('startedAt');
	});
});

describe('what the receiver trusts', () => {
	it('refuses a post from another site, or naming no page at all, and keeps nothing', async () => {
		const before = submissions().length;
		expect((await postJson(valid, { origin: 'https://evil.example' })).status).toBe(403);
		expect((await postJson(valid, { origin: 'null' })).status).toBe(403);
		expect((await postJson(valid, {})).status).toBe(403);
		expect((await postForm({ ...valid, email: 'x' }, { referer: 'https://evil.example/page' })).status).toBe(403);
		expect(submissions()).toHaveLength(before);
	});

	it('refuses a post to a host name that is not its own (DNS rebinding), even from that same name', async () => {
		const response = await fetch(`${server.url}/api/contact`, {
			method: 'POST',
			headers: { host: 'rebind.example:80', origin: 'http://rebind.example:80', 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify(valid),
		});
		expect(response.status).toBe(403);
	});

	it('takes a post from its own page by Referer when the browser sends no Origin', async () => {
		const response = await postForm({ ...valid, formToken: await servedToken() }, { origin: '', referer: `${server.url}/he/contact/` });
		expect(response.status).toBe(303);
	});

	it('answers a post without JavaScript with every field escaped, the page not redirected, and its token kept', async () => {
		const token = await servedToken();
		const message = 'Hi</textarea><meta http-equiv="refresh" content="0;url=https://evil.example/"><script>alert(1)</script>';
		const name = '"><meta http-equiv="refresh" content="0"> &amp;';
		const response = await postForm({ ...valid, name, email: 'not an address', message, formToken: token });
		expect(response.status).toBe(422);
		const html = await response.text();
		const page = readPageHtml(html);
		expect(page.querySelectorAll('meta[http-equiv], script')).toHaveLength(0);
		expect(textareaValue(html, fieldId('message'))).toBe(message);
		expect(page.getElementById(fieldId('name'))?.getAttribute('value')).toBe(name);
		expect(page.querySelector('input[name="formToken"]')?.getAttribute('value')).toBe(token);
	});

	it('refuses line breaks in a name', async () => {
		const response = await postJson({ ...valid, name: 'Dana\r\nBcc: everyone@example.com' });
		expect(response.status).toBe(422);
		expect(await response.json()).toEqual({ errors: { name: 'form.errors.invalidCharacters' } });
	});

	it('refuses a short message of many bytes (stacked accents) without storing it', async () => {
		const before = submissions().length;
		const response = await postJson({ ...valid, message: `a${'\u0301'.repeat(5000)}`.repeat(20) });
		expect(response.status).toBe(413);
		const small = await postJson({ ...valid, message: `a${'\u0301'.repeat(700)}` });
		expect(small.status).toBe(422);
		expect(await small.json()).toEqual({ errors: { message: 'form.errors.messageTooLong' } });
		expect(submissions()).toHaveLength(before);
	});

	it('shows on the confirmation page only what looks like a reference', async () => {
		const shown = async (ref: string) => readPageHtml(await (await fetch(`${server.url}/en/contact/sent/?ref=${encodeURIComponent(ref)}`)).text());
		expect((await shown('7F3K-9Q2M')).querySelector('[data-reference-value]')?.textContent).toBe('7F3K-9Q2M');
		for (const ref of ['<b>call 555</b>', 'Your refund was denied', 'x'.repeat(65)]) {
			const page = await shown(ref);
			expect(page.querySelector('[data-reference]')?.hasAttribute('hidden')).toBe(true);
			expect(page.querySelector('[data-reference-value]')?.textContent).toBe('');
		}
	});

	it('serves no file outside the site, compared by whole folder names', async () => {
		const sibling = `${siteDir}.bak`;
		fs.mkdirSync(sibling, { recursive: true });
		fs.writeFileSync(path.join(sibling, 'secret.txt'), 'secret');
		try {
			for (const probe of [
				`/..%2f${path.basename(sibling)}/secret.txt`,
				`/../${path.basename(sibling)}/secret.txt`,
				`/%2e%2e/${path.basename(sibling)}/secret.txt`,
			]) {
				const response = await fetch(`${server.url}${probe}`);
				expect(response.status).toBe(404);
				expect(await response.text()).not.toContain('secret');
			}
		} finally {
			fs.rmSync(sibling, { recursive: true, force: true });
		}
	});

	it('sends the inbox with headers that keep what strangers wrote from running or being framed', async () => {
		await postJson({ ...valid, message: '<script>alert(1)</script>' });
		const response = await fetch(`${server.url}/api/contact/inbox/`);
		expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
		expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('no-referrer');
		const page = readPageHtml(await response.text());
		expect(page.querySelector('script')).toBeNull();
		expect(page.querySelector('#suspected')?.textContent).toMatch(/Suspected spam \(\d+\)/);
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
		expect(photoProblem([{ name: 'big.jpg', size: 2 * 1024 * 1024, type: 'image/jpeg' }], limits)).toEqual({
			key: 'form.errors.photoTooLarge',
			file: 'big.jpg',
		});
		expect(
			photoProblem(
				Array.from({ length: 3 }, (_, i) => ({ name: `${i}.png`, size: 10, type: 'image/png' })),
				limits,
			),
		).toEqual({ key: 'form.errors.tooManyPhotos' });
	});
});
