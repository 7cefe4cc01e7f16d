/**
 * Hostile and unlucky input to the contact path, end to end through the local
 * receiver: what shoppers, bots, other sites and a failing disk can send. Each
 * case says what a person would expect; "lost" counts messages the receiver
 * acknowledged but did not keep. README "Contact form" reports the figure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactFormSettings } from '../../src/contact/form-config-schema.js';
import { fieldId } from '../../src/contact/form-text.js';
import { createFormToken } from '../../src/receiver/form-token.js';
import type { RunningServer } from '../../src/receiver/server.js';
import type { SubmissionStore } from '../../src/receiver/submission-store.js';
import { textareaValue } from '../helpers/contact-page.js';
import { startFixtureReceiver, type FixtureReceiver } from '../helpers/fixture-receiver.js';

const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adversarial-site-'));
const formToken = createFormToken(new Uint8Array(32).fill(3));
let now = 1_800_000_000_000;
let server: RunningServer;
let store: SubmissionStore;
let settings: ContactFormSettings;

let receiver: FixtureReceiver;

beforeAll(async () => {
	receiver = await startFixtureReceiver({ siteDir, formToken, now: () => now });
	({ server, store, settings } = receiver);
});

afterAll(() => receiver.close());

const valid = { locale: 'he', name: 'Dana Levi', email: 'dana@example.co.il', topic: 'return', message: 'הגרביים הגיעו בגודל הלא נכון.', website: '' };
const json = (body: unknown, headers: Record<string, string> = {}) =>
	fetch(`${server.url}/api/contact`, {
		method: 'POST',
		headers: { origin: server.url, 'content-type': 'application/json', accept: 'application/json', ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
const form = (body: Record<string, string>, headers: Record<string, string> = {}) =>
	fetch(`${server.url}/api/contact`, {
		method: 'POST',
		headers: { origin: server.url, referer: `${server.url}/he/contact/`, 'content-type': 'application/x-www-form-urlencoded', ...headers },
		body: new URLSearchParams(body),
		redirect: 'manual',
	});
const get = (url: string) => fetch(`${server.url}${url}`);

type Outcome =
	/** Kept, and the sender got its reference. */
	| { kept: true; spam?: string[]; check?: (stored: Record<string, unknown>) => void }
	/** Not kept, and the sender was told why with this status (and, without JavaScript, the page to fix it). */
	| { kept: false; status: number; errors?: Record<string, string>; page?: (html: string) => void };

interface Case {
	name: string;
	send: () => Promise<Response>;
	expected: Outcome;
}

const stacked = `a${'\u0301'.repeat(700)}`;
const hostileText = 'Hi</textarea><meta http-equiv="refresh" content="0;url=https://evil.example/"><script>alert(1)</script>';
const noInjectedMarkup = (html: string) => expect(parseHTML(html).document.querySelectorAll('meta[http-equiv], script, iframe')).toHaveLength(0);

const cases: Case[] = [
	{ name: 'a valid message in Hebrew', send: () => json(valid), expected: { kept: true } },
	{
		name: 'a filled spam trap (password manager or bot)',
		send: () => json({ ...valid, website: 'https://spam.example' }),
		expected: { kept: true, spam: ['honeypot'] },
	},
	{
		name: 'a send one second after the page was served',
		send: () => json({ ...valid, formToken: formToken.issue(now - 1000) }),
		expected: { kept: true, spam: ['tooFast'] },
	},
	{
		name: 'a forged token claiming an hour of typing',
		send: () => json({ ...valid, formToken: `${now - 3_600_000}.${'x'.repeat(43)}` }),
		expected: { kept: true, spam: ['forgedToken'] },
	},
	{
		name: 'a token signed with another key',
		send: () => json({ ...valid, formToken: createFormToken(new Uint8Array(32)).issue(now - 60_000) }),
		expected: { kept: true, spam: ['forgedToken'] },
	},
	{
		name: 'a browser clock far in the future (startedAt)',
		send: () => json({ ...valid, startedAt: String(now + 10 ** 10) }),
		expected: { kept: true, check: (s) => expect(s).not.toHaveProperty('startedAt') },
	},
	{
		name: 'markup in every field, sent as JSON',
		send: () => json({ ...valid, name: '<b onmouseover=alert(1)>Dana</b>', message: '<script>alert(1)</script>' }),
		expected: { kept: true, check: (s) => expect(s.message).toBe('<script>alert(1)</script>') },
	},
	{
		name: 'prototype keys and unknown fields',
		send: () =>
			json(
				`{"__proto__":{"spam":["x"]},"constructor":"x","admin":true,"locale":"he","name":"Dana","email":"dana@example.co.il","topic":"return","message":"Hi"}`,
			),
		expected: { kept: true, check: (s) => expect(Object.keys(s)).not.toContain('admin') },
	},
	{ name: 'a locale that is a path', send: () => json({ ...valid, locale: '../../etc' }), expected: { kept: true, check: (s) => expect(s.locale).toBe('en') } },
	{
		name: 'a name of numbers sent as a JSON number',
		send: () => json({ ...valid, name: 12345 }),
		expected: { kept: true, check: (s) => expect(s.name).toBe('12345') },
	},
	{
		name: 'a no-JavaScript post that closes the message box early',
		send: () => form({ ...valid, email: 'nope', message: hostileText }),
		expected: { kept: false, status: 422, page: (html) => (noInjectedMarkup(html), expect(textareaValue(html, fieldId('message'))).toBe(hostileText)) },
	},
	{
		name: 'markup in the name of a no-JavaScript post',
		send: () => form({ ...valid, email: 'nope', name: '"><meta http-equiv="refresh" content="0"> &amp;' }),
		expected: {
			kept: false,
			status: 422,
			page: (html) => (
				noInjectedMarkup(html),
				expect(parseHTML(html).document.getElementById(fieldId('name'))?.getAttribute('value')).toBe('"><meta http-equiv="refresh" content="0"> &amp;')
			),
		},
	},
	{
		name: 'a line break in the name (header injection)',
		send: () => json({ ...valid, name: 'Dana\r\nBcc: all@example.com' }),
		expected: { kept: false, status: 422, errors: { name: 'form.errors.invalidCharacters' } },
	},
	{
		name: 'a line separator in the name',
		send: () => json({ ...valid, name: 'Dana\u2028Levi' }),
		expected: { kept: false, status: 422, errors: { name: 'form.errors.invalidCharacters' } },
	},
	{
		name: 'a line break in the email',
		send: () => json({ ...valid, email: 'dana@example.co.il\nBcc: x@example.com' }),
		expected: { kept: false, status: 422, errors: { email: 'form.errors.invalidCharacters' } },
	},
	{
		name: 'a NUL character in the message',
		send: () => json({ ...valid, message: 'Hi\u0000there' }),
		expected: { kept: false, status: 422, errors: { message: 'form.errors.invalidCharacters' } },
	},
	{
		name: 'a C1 control character in the message',
		send: () => json({ ...valid, message: 'Hi\u0085there' }),
		expected: { kept: false, status: 422, errors: { message: 'form.errors.invalidCharacters' } },
	},
	{
		name: 'one "character" of 700 stacked accents',
		send: () => json({ ...valid, message: stacked }),
		expected: { kept: false, status: 422, errors: { message: 'form.errors.messageTooLong' } },
	},
	{
		name: '300 "characters" of stacked accents (420 kB)',
		send: () => json({ ...valid, message: stacked.repeat(300) }),
		expected: { kept: false, status: 413 },
	},
	{
		name: 'a chain of 200 people joined by zero-width joiners',
		send: () => json({ ...valid, message: Array.from({ length: 200 }, () => '🧑').join('\u200D') }),
		expected: { kept: false, status: 422, errors: { message: 'form.errors.messageTooLong' } },
	},
	{
		name: 'a name of 101 letters',
		send: () => json({ ...valid, name: 'x'.repeat(101) }),
		expected: { kept: false, status: 422, errors: { name: 'form.errors.nameTooLong' } },
	},
	{
		name: 'an order number of 65 characters',
		send: () => json({ ...valid, orderNumber: `FO-${'1'.repeat(62)}` }),
		expected: { kept: false, status: 422, errors: { orderNumber: 'form.errors.orderNumberTooLong' } },
	},
	{
		name: 'a topic that does not exist',
		send: () => json({ ...valid, topic: 'refund-now' }),
		expected: { kept: false, status: 422, errors: { topic: 'form.errors.topicRequired' } },
	},
	{ name: 'an empty body', send: () => json(''), expected: { kept: false, status: 400 } },
	{
		name: 'a JSON list',
		send: () => json('[1,2,3]'),
		expected: {
			kept: false,
			status: 422,
			errors: {
				name: 'form.errors.nameRequired',
				email: 'form.errors.emailRequired',
				topic: 'form.errors.topicRequired',
				message: 'form.errors.messageRequired',
			},
		},
	},
	{ name: 'JSON null', send: () => json('null'), expected: { kept: false, status: 400 } },
	{ name: 'broken JSON', send: () => json('{"name":'), expected: { kept: false, status: 400 } },
	{ name: 'a 2 MB JSON body', send: () => json({ ...valid, message: 'x'.repeat(2 * 1024 * 1024) }), expected: { kept: false, status: 413 } },
	{
		name: 'a document disguised as a photo',
		send: () => photoPost(new File(['%PDF-1.7'], 'tent.jpg', { type: 'image/jpeg' })),
		expected: { kept: false, status: 422, errors: { photos: 'form.errors.photoType' } },
	},
	{
		name: 'a photo with no name or type',
		send: () => photoPost(new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16])], 'IMG', { type: '' })),
		expected: { kept: true, check: (s) => expect(s.photos).toEqual([expect.objectContaining({ type: 'image/jpeg', stored: '1.jpg' })]) },
	},
	{
		name: 'three photos where two are allowed',
		send: () => photoPost(...['a', 'b', 'c'].map((n) => new File([new Uint8Array([0xff, 0xd8, 0xff])], `${n}.jpg`))),
		expected: { kept: false, status: 422, errors: { photos: 'form.errors.tooManyPhotos' } },
	},
	{ name: 'a post from another site', send: () => json(valid, { origin: 'https://evil.example' }), expected: { kept: false, status: 403 } },
	{ name: 'a post from a sandboxed frame (Origin: null)', send: () => json(valid, { origin: 'null' }), expected: { kept: false, status: 403 } },
	{ name: 'a post naming no page (no Origin, no Referer)', send: () => json(valid, { origin: '' }), expected: { kept: false, status: 403 } },
	{
		name: 'a no-JavaScript post from another site',
		send: () => form(valid, { origin: '', referer: 'https://evil.example/form' }),
		expected: { kept: false, status: 403 },
	},
	{
		name: 'a post to a rebinding host name',
		send: () => json(valid, { host: 'rebind.example', origin: 'http://rebind.example' }),
		expected: { kept: false, status: 403 },
	},
];

function photoPost(...files: File[]): Promise<Response> {
	const body = new FormData();
	for (const [key, value] of Object.entries(valid)) body.append(key, value);
	for (const file of files) body.append('photos', file);
	return fetch(`${server.url}/api/contact`, { method: 'POST', headers: { origin: server.url, accept: 'application/json' }, body });
}

const tally = { tried: 0, right: 0, lost: 0 };

describe('hostile and unlucky posts to the local receiver', () => {
	it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, { send, expected }) => {
		tally.tried++;
		now += 60_000;
		const before = store.read().submissions.length;
		const response = await send();
		const acknowledged = response.status === 201 || response.status === 303;
		const reference =
			response.status === 201
				? ((await response.clone().json()) as { reference: string }).reference
				: new URL(response.headers.get('location') ?? '/', server.url).searchParams.get('ref');
		const stored = store.read().submissions.find((s) => s.reference === reference);
		if (acknowledged && !stored) tally.lost++;
		if (expected.kept) {
			expect(response.status).toBe(201);
			expect(stored).toBeDefined();
			expect(stored?.spam).toEqual(expected.spam);
			expected.check?.(stored as unknown as Record<string, unknown>);
		} else {
			expect(response.status).toBe(expected.status);
			expect(store.read().submissions).toHaveLength(before);
			if (expected.errors) expect(((await response.json()) as { errors: unknown }).errors).toEqual(expected.errors);
			if (expected.page) expected.page(await response.text());
		}
		tally.right++;
	});
});

describe('hostile requests to the local server', () => {
	const probes: [string, () => Promise<void>][] = [
		[
			'a reference that is a sentence',
			async () => {
				const page = parseHTML(await (await get(`/en/contact/sent/?ref=${encodeURIComponent('Your refund was denied, call 555')}`)).text()).document;
				expect(page.querySelector('[data-reference]')?.hasAttribute('hidden')).toBe(true);
			},
		],
		[
			'a reference that is markup',
			async () => {
				const html = await (await get(`/en/contact/sent/?ref=${encodeURIComponent('<img src=x onerror=alert(1)>')}`)).text();
				expect(html).not.toContain('<img');
			},
		],
		['a path out of the site, encoded', async () => expect((await get('/..%2f..%2fetc/passwd')).status).toBe(404)],
		['a path into a sibling folder', async () => expect((await get(`/..%2f${path.basename(siteDir)}.bak/secret.txt`)).status).toBe(404)],
		['a path with a NUL byte', async () => expect([400, 404]).toContain((await get('/en/%00/index.html')).status)],
		['a broken percent encoding', async () => expect((await get('/en/%E0%A4%A/')).status).toBe(400)],
		['a photo of another message by a guessed name', async () => expect((await get('/api/contact/photos/..%2f..%2fsubmissions.jsonl/1.jpg')).status).toBe(404)],
		[
			'the inbox, after markup was sent',
			async () => {
				const response = await get('/api/contact/inbox/');
				expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
				expect(parseHTML(await response.text()).document.querySelector('script, b[onmouseover]')).toBeNull();
			},
		],
	];
	it.each(probes)('%s', async (_, probe) => {
		tally.tried++;
		await probe();
		tally.right++;
	});

	it('handles every input right and loses no message', () => {
		console.info(`Adversarial contact inputs: ${tally.tried} tried, ${tally.right} handled right, ${tally.lost} lost`);
		expect(tally).toEqual({ tried: cases.length + probes.length, right: cases.length + probes.length, lost: 0 });
	});
});
