import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onRequest as cloudflareRelay } from '../../functions/api/contact-relay.js';
import netlifyRelay from '../../netlify/functions/contact-relay.mjs';
import { contactFormConfigSchema } from '../../src/contact/form-config-schema.js';
import { sendContactForm } from '../../src/contact/form-send.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { startHelpCenterServer } from '../../src/receiver/server.js';
import { handleRelay } from '../../src/relay/relay.js';
import { createSubmissionStore } from '../../src/receiver/submission-store.js';
import { fakeHttpServer, jsonOf } from '../helpers/fake-http.js';

const ORIGIN = 'https://help.example.com';

const message = {
	name: 'Jana Nováková',
	email: 'jana@example.cz',
	orderNumber: 'KO-123456',
	topic: 'damaged-item',
	topicLabel: 'Poškozené zboží',
	message: 'Stan dorazil s prasklou tyčí.',
	locale: 'cs',
	market: 'cz',
	fromPage: 'https://help.example.com/cs/returns/damaged-or-faulty-item/',
	website: '',
	fillSeconds: '80',
};
const post = (body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
	new Request('https://help.example.com/api/contact-relay', { method: 'POST', headers: { origin: ORIGIN, ...headers }, body });
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('the contact relay to Freshdesk (Cloudflare Pages Function)', () => {
	const desk = fakeHttpServer(() => ({ status: 201, body: { id: 9001 } }));
	let url = '';
	beforeAll(async () => (url = await desk.start()));
	afterAll(() => desk.stop());

	it('creates a ticket with the key as Basic auth, tags for topic, language and market, and the order number in its field', async () => {
		const env = {
			CONTACT_RELAY_HELP_DESK: 'freshdesk',
			CONTACT_RELAY_ORIGIN: ORIGIN,
			FRESHDESK_URL: url,
			FRESHDESK_API_KEY: 'fd-secret',
			FRESHDESK_ORDER_FIELD: 'cf_order_number',
		};
		const response = await cloudflareRelay({ request: post(JSON.stringify(message)), env });
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ reference: '9001' });
		expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
		const [ticket] = desk.received;
		expect([ticket?.method, ticket?.path, ticket?.headers.authorization, ticket?.headers['content-type']]).toEqual([
			'POST',
			'/api/v2/tickets',
			basic('fd-secret', 'X'),
			'application/json',
		]);
		expect(jsonOf(ticket)).toEqual({
			name: 'Jana Nováková',
			email: 'jana@example.cz',
			subject: 'Poškozené zboží (KO-123456)',
			description: 'Stan dorazil s prasklou tyčí.<br><br>Language: cs<br>Market: cz<br>From: https://help.example.com/cs/returns/damaged-or-faulty-item/',
			status: 2,
			priority: 1,
			tags: ['damaged-item', 'lang-cs', 'market-cz'],
			custom_fields: { cf_order_number: 'KO-123456' },
		});
	});

	it('sends photos as attachments in a multipart request', async () => {
		const env = { CONTACT_RELAY_HELP_DESK: 'freshdesk', CONTACT_RELAY_ORIGIN: ORIGIN, FRESHDESK_URL: url, FRESHDESK_API_KEY: 'fd-secret' };
		const form = new FormData();
		for (const [key, value] of Object.entries(message)) form.append(key, value);
		form.append('photos', new File([new Uint8Array([0xff, 0xd8, 0xff])], 'pole.jpg', { type: 'image/jpeg' }));
		const response = await cloudflareRelay({
			request: new Request('https://help.example.com/api/contact-relay', { method: 'POST', headers: { origin: ORIGIN }, body: form }),
			env,
		});
		expect(response.status).toBe(200);
		const ticket = desk.received.at(-1)!;
		expect(ticket.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(ticket.body.toString('latin1')).toContain('name="attachments[]"; filename="pole.jpg"');
		expect(ticket.body.toString('latin1')).toContain('name="tags[]"\r\n\r\nlang-cs');
	});
});

describe('the contact relay to Help Scout (Netlify Function)', () => {
	const desk = fakeHttpServer((seen) =>
		seen.path === '/v2/oauth2/token'
			? { status: 200, body: { access_token: 'hs-token', expires_in: 172800 } }
			: { status: 201, headers: { 'resource-id': '777' } },
	);
	let url = '';
	beforeAll(async () => (url = await desk.start()));
	afterAll(() => desk.stop());

	it('gets a token with the app credentials, then opens a conversation in the mailbox as the shopper', async () => {
		Object.assign(process.env, {
			CONTACT_RELAY_HELP_DESK: 'helpscout',
			CONTACT_RELAY_ORIGIN: ORIGIN,
			HELPSCOUT_URL: url,
			HELPSCOUT_APP_ID: 'app-id',
			HELPSCOUT_APP_SECRET: 'app-secret',
			HELPSCOUT_MAILBOX_ID: '42',
		});
		try {
			const response = await netlifyRelay(post(JSON.stringify(message)));
			expect(await response.json()).toEqual({ reference: '777' });
		} finally {
			for (const name of [
				'CONTACT_RELAY_HELP_DESK',
				'CONTACT_RELAY_ORIGIN',
				'HELPSCOUT_URL',
				'HELPSCOUT_APP_ID',
				'HELPSCOUT_APP_SECRET',
				'HELPSCOUT_MAILBOX_ID',
			])
				delete process.env[name];
		}
		expect(jsonOf(desk.received[0])).toEqual({ grant_type: 'client_credentials', client_id: 'app-id', client_secret: 'app-secret' });
		expect(desk.received[1]?.headers.authorization).toBe('Bearer hs-token');
		expect(jsonOf(desk.received[1])).toMatchObject({
			subject: 'Poškozené zboží (KO-123456)',
			customer: { email: 'jana@example.cz', firstName: 'Jana', lastName: 'Nováková' },
			mailboxId: 42,
			type: 'email',
			tags: ['damaged-item', 'lang-cs', 'market-cz'],
			threads: [
				{ type: 'customer', customer: { email: 'jana@example.cz' }, text: expect.stringContaining('Order number: KO-123456\nLanguage: cs\nMarket: cz') },
			],
		});
	});
});

describe('the contact relay to Gorgias, through the local receiver of npm start', () => {
	const desk = fakeHttpServer((seen) =>
		seen.path.startsWith('/api/upload')
			? { status: 201, body: [{ url: 'https://uploads.gorgias.example/p.jpg', name: 'p.jpg', size: 3, content_type: 'image/jpeg' }] }
			: { status: 201, body: { id: 31337 } },
	);
	let url = '';
	beforeAll(async () => (url = await desk.start()));
	afterAll(() => desk.stop());

	it('takes the form as the island sends it, uploads the photo, and creates the ticket with tags', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-relay-'));
		const settings = contactFormConfigSchema.parse({
			target: 'relay',
			topics: [{ id: 'damaged-item', label: { en: 'Damaged item' } }],
			attachments: { maxFiles: 2, maxMegabytes: 5 },
		});
		Object.assign(process.env, { CONTACT_RELAY_HELP_DESK: 'gorgias', GORGIAS_URL: url, GORGIAS_EMAIL: 'agent@shop.example', GORGIAS_API_KEY: 'gg-key' });
		const server = await startHelpCenterServer({
			siteDir: dir,
			base: '/',
			store: createSubmissionStore(path.join(dir, 'inbox')),
			contactForm: settings,
			locales: ['cs'],
			defaultLocale: 'cs',
			t: createTranslator({}, 'cs'),
		});
		// No CONTACT_RELAY_ORIGIN: under `npm start` the relay takes posts from the server's own pages.
		try {
			const stranger = await fetch(`${server.url}/api/contact-relay`, {
				method: 'POST',
				headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
				body: JSON.stringify(message),
			});
			expect(stranger.status).toBe(403);
			// The browser names its origin on every post; Node's fetch does not, so the test does.
			const browserFetch: typeof fetch = (input, init) =>
				fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), origin: server.url } });
			const result = await sendContactForm(
				{ ...settings, endpoint: `${server.url}/api/contact-relay` },
				{
					base: '/',
					locale: 'cs',
					values: { name: 'Jana Nováková', email: 'jana@example.cz', orderNumber: '', topic: 'damaged-item', message: 'Stan dorazil s prasklou tyčí.' },
					topicLabel: 'Poškozené zboží',
					orderNumberLabel: 'Číslo objednávky',
					honeypot: '',
					formToken: '',
					fillSeconds: 60,
					photos: [new File([new Uint8Array([0xff, 0xd8, 0xff])], 'p.jpg', { type: 'image/jpeg' })],
					market: 'cz',
				},
				{ fetchImpl: browserFetch },
			);
			expect(result).toEqual({ ok: true, reference: '31337' });
		} finally {
			await server.close();
			for (const name of ['CONTACT_RELAY_HELP_DESK', 'CONTACT_RELAY_ORIGIN', 'GORGIAS_URL', 'GORGIAS_EMAIL', 'GORGIAS_API_KEY']) delete process.env[name];
			fs.rmSync(dir, { recursive: true, force: true });
		}
		expect(desk.received.map((s) => `${s.method} ${s.path}`)).toEqual(['POST /api/upload?type=attachment', 'POST /api/tickets']);
		expect(desk.received.every((s) => s.headers.authorization === basic('agent@shop.example', 'gg-key'))).toBe(true);
		expect(jsonOf(desk.received[1])).toMatchObject({
			customer: { email: 'jana@example.cz', name: 'Jana Nováková' },
			language: 'cs',
			tags: [{ name: 'damaged-item' }, { name: 'lang-cs' }, { name: 'market-cz' }],
			messages: [{ from_agent: false, attachments: [{ url: 'https://uploads.gorgias.example/p.jpg', name: 'p.jpg', size: 3, content_type: 'image/jpeg' }] }],
		});
	});
});

describe('the contact relay', () => {
	const env = { CONTACT_RELAY_HELP_DESK: 'freshdesk', CONTACT_RELAY_ORIGIN: ORIGIN, FRESHDESK_URL: 'http://127.0.0.1:9', FRESHDESK_API_KEY: 'k' };

	it('answers a preflight from the help center, and refuses other origins and bad messages', async () => {
		const preflight = await cloudflareRelay({
			request: new Request('https://help.example.com/api/contact-relay', { method: 'OPTIONS', headers: { origin: ORIGIN } }),
			env,
		});
		expect([preflight.status, preflight.headers.get('access-control-allow-methods')]).toEqual([204, 'POST']);
		const stranger = await cloudflareRelay({
			request: new Request('https://help.example.com/api/contact-relay', { method: 'POST', headers: { origin: 'https://evil.example' }, body: '{}' }),
			env,
		});
		expect(stranger.status).toBe(403);
		const bad = await cloudflareRelay({ request: post(JSON.stringify({ ...message, email: 'not an address' })), env });
		expect([bad.status, await bad.json()]).toEqual([400, { error: 'not a message: email' }]);
		// A line break in a name or an address would forge headers in the help desk's mail.
		const forged = await cloudflareRelay({ request: post(JSON.stringify({ ...message, name: 'Jana\r\nBcc: all@example.com' })), env });
		expect([forged.status, await forged.json()]).toEqual([400, { error: 'not a message: name' }]);
		const crlfAddress = await cloudflareRelay({ request: post(JSON.stringify({ ...message, email: 'jana@example.cz\nBcc: x@example.com' })), env });
		expect(crlfAddress.status).toBe(400);
		// Only the photo formats the form takes.
		const form = new FormData();
		for (const [key, value] of Object.entries(message)) form.append(key, value);
		form.append('photos', new File(['<svg/>'], 'a.svg', { type: 'image/svg+xml' }));
		const svg = await cloudflareRelay({ request: post(form, {}), env });
		expect(svg.status).toBe(400);
	});

	it("notes a send faster than the shop's own minimum fill time as possible spam, and still creates the ticket", async () => {
		const desk = fakeHttpServer(() => ({ status: 201, body: { id: 77 } }));
		const url = await desk.start();
		try {
			const relay = (fields: Record<string, string>) =>
				cloudflareRelay({ request: post(JSON.stringify({ ...message, ...fields })), env: { ...env, FRESHDESK_URL: url } });
			// 80 s is quick for a shop that expects two minutes, not for the default three seconds.
			expect((await relay({ minimumFillTime: '120000' })).status).toBe(200);
			expect((await relay({})).status).toBe(200);
			expect((await relay({ minimumFillTime: 'soon' })).status).toBe(200);
			const tags = desk.received.map((ticket) => (jsonOf(ticket) as { tags: string[] }).tags.includes('possible-spam'));
			expect(tags).toEqual([true, false, false]);
			expect((jsonOf(desk.received[0]) as { description: string }).description).toContain('(Possible spam: sent 80 s after the form opened.)');
		} finally {
			await desk.stop();
		}
	});

	it('stops reading a post past its limit, whether or not the post says its length', async () => {
		const big = JSON.stringify({ ...message, message: 'x'.repeat(4000) });
		const declared = await handleRelay(post(big, { 'content-type': 'application/json', 'content-length': String(big.length) }), env, { maxBodyBytes: 1000 });
		expect([declared.status, await declared.json()]).toEqual([413, { error: 'too large' }]);
		// Sent in chunks, with no length up front: counted as it arrives.
		const chunks = new ReadableStream<Uint8Array>({
			start(controller) {
				for (let i = 0; i < 8; i += 1) controller.enqueue(new TextEncoder().encode(big.slice(i * 500, (i + 1) * 500)));
				controller.close();
			},
		});
		const streamed = new Request('https://help.example.com/api/contact-relay', {
			method: 'POST',
			headers: { origin: ORIGIN, 'content-type': 'application/json' },
			body: chunks,
			duplex: 'half',
		} as RequestInit);
		const chunked = await handleRelay(streamed, env, { maxBodyBytes: 1000 });
		expect([chunked.status, await chunked.json()]).toEqual([413, { error: 'too large' }]);
		// A body under the limit that is not JSON is a bad message, not a large one.
		const broken = await handleRelay(post('{"name": '), env, { maxBodyBytes: 1000 });
		expect([broken.status, await broken.json()]).toEqual([400, { error: 'the body is not a message' }]);
	});

	it('says which setting is missing, and turns a help desk that cannot be reached into a server error the form offers other channels for', async () => {
		const noOrigin = await cloudflareRelay({ request: post(JSON.stringify(message)), env: { ...env, CONTACT_RELAY_ORIGIN: undefined } });
		expect([noOrigin.status, await noOrigin.json()]).toEqual([
			500,
			{ error: 'CONTACT_RELAY_ORIGIN is not set: the relay does not know which help center may use it' },
		]);
		const unknownDesk = await cloudflareRelay({ request: post(JSON.stringify(message)), env: { ...env, CONTACT_RELAY_HELP_DESK: 'zendesk' } });
		expect([unknownDesk.status, await unknownDesk.json()]).toEqual([500, { error: 'CONTACT_RELAY_HELP_DESK must be freshdesk, helpscout or gorgias' }]);
		const unset = await cloudflareRelay({ request: post(JSON.stringify(message)), env: { CONTACT_RELAY_HELP_DESK: 'gorgias', CONTACT_RELAY_ORIGIN: ORIGIN } });
		expect([unset.status, await unset.json()]).toEqual([500, { error: 'the relay needs GORGIAS_URL, GORGIAS_EMAIL, GORGIAS_API_KEY in its environment' }]);
		const down = await cloudflareRelay({ request: post(JSON.stringify(message)), env });
		expect(down.status).toBe(502);
	});
});
