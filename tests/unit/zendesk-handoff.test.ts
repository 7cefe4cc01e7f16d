import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactFormConfigSchema } from '../../src/contact/form-config-schema.js';
import { sendContactForm, type SendInput } from '../../src/contact/form-send.js';

interface Seen {
	method: string;
	url: string;
	contentType: string | undefined;
	body: Buffer;
}

/**
 * A stand-in for a Zendesk account on localhost, strict the way Zendesk is: uploads are raw bytes
 * with their type and a filename, answered with a token; a request must name a requester, a
 * subject and a comment, and may only name upload tokens it handed out.
 */
function fakeZendesk({ refuseUploads = false } = {}) {
	const seen: Seen[] = [];
	const tokens = new Set<string>();
	const server = http.createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const url = new URL(request.url ?? '/', 'http://zendesk.local');
			const body = Buffer.concat(chunks);
			seen.push({ method: request.method ?? '', url: `${url.pathname}${url.search}`, contentType: request.headers['content-type'], body });
			const json = (status: number, value: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
			if (url.pathname === '/api/v2/uploads.json') {
				if (refuseUploads) return json(422, { error: 'Attachments are disabled for anonymous requests' });
				if (!url.searchParams.get('filename') || !request.headers['content-type']?.startsWith('image/') || body.length === 0)
					return json(400, { error: 'bad upload' });
				const token = `tok-${tokens.size + 1}`;
				tokens.add(token);
				return json(201, { upload: { token, attachment: { file_name: url.searchParams.get('filename') } } });
			}
			if (url.pathname === '/api/v2/requests.json') {
				const { request: ticket } = JSON.parse(body.toString('utf8')) as {
					request?: { requester?: unknown; subject?: unknown; comment?: { body?: unknown; uploads?: string[] } };
				};
				if (!ticket?.requester || typeof ticket.subject !== 'string' || typeof ticket.comment?.body !== 'string') return json(422, { error: 'RecordInvalid' });
				if ((ticket.comment.uploads ?? []).some((token) => !tokens.has(token))) return json(422, { error: 'unknown upload token' });
				return json(201, { request: { id: 4242 } });
			}
			json(404, { error: 'InvalidEndpoint' });
		});
	});
	return {
		seen,
		start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
		stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

const photo = (name: string) => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], name, { type: 'image/jpeg' });
const input = (photos: File[]): SendInput => ({
	base: '/',
	locale: 'cs',
	values: { name: 'Jana Nováková', email: 'jana@example.cz', orderNumber: 'KO-123456', topic: 'damaged-item', message: 'Stan dorazil s prasklou tyčí.' },
	topicLabel: 'Poškozené zboží',
	orderNumberLabel: 'Číslo objednávky',
	honeypot: '',
	formToken: '',
	fillSeconds: 80,
	photos,
	market: 'cz',
	fromPage: 'https://help.example.com/cs/returns/damaged-or-faulty-item/',
});

describe('a message to Zendesk', () => {
	const zendesk = fakeZendesk();
	let endpoint = '';
	beforeAll(async () => (endpoint = await zendesk.start()));
	afterAll(() => zendesk.stop());

	it('uploads the photos first, then creates the request naming them, with the ticket fields filled', async () => {
		const settings = contactFormConfigSchema.parse({
			target: 'zendesk',
			endpoint,
			topics: [{ id: 'damaged-item', label: { en: 'Damaged item' } }],
			attachments: { maxFiles: 3, maxMegabytes: 5 },
			zendeskFields: { language: 101, topic: 102, orderNumber: 103, market: 104, page: 105 },
		});
		expect(await sendContactForm(settings, input([photo('tent.jpg'), photo('pole.jpg')]))).toEqual({ ok: true, reference: '4242' });
		expect(zendesk.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
			'POST /api/v2/uploads.json?filename=tent.jpg',
			'POST /api/v2/uploads.json?filename=pole.jpg',
			'POST /api/v2/requests.json',
		]);
		expect(zendesk.seen[0]?.contentType).toBe('image/jpeg');
		expect(JSON.parse(zendesk.seen[2]!.body.toString('utf8'))).toEqual({
			request: {
				requester: { name: 'Jana Nováková', email: 'jana@example.cz' },
				subject: 'Poškozené zboží (KO-123456)',
				comment: { body: 'Stan dorazil s prasklou tyčí.', uploads: ['tok-1', 'tok-2'] },
				custom_fields: [
					{ id: 101, value: 'cs' },
					{ id: 102, value: 'damaged-item' },
					{ id: 103, value: 'KO-123456' },
					{ id: 104, value: 'cz' },
					{ id: 105, value: 'https://help.example.com/cs/returns/damaged-or-faulty-item/' },
				],
			},
		});
	});
});

describe('a message to Zendesk whose account refuses photos', () => {
	const zendesk = fakeZendesk({ refuseUploads: true });
	let endpoint = '';
	beforeAll(async () => (endpoint = await zendesk.start()));
	afterAll(() => zendesk.stop());

	it('is not sent without them: the shopper is told, keeps the draft and sees the other channels', async () => {
		const settings = contactFormConfigSchema.parse({
			target: 'zendesk',
			endpoint,
			topics: [{ id: 'damaged-item', label: { en: 'Damaged item' } }],
			attachments: { maxFiles: 3, maxMegabytes: 5 },
		});
		expect(await sendContactForm(settings, input([photo('tent.jpg')]))).toEqual({ ok: false, failure: { reason: 'rejected', status: 422 } });
		expect(zendesk.seen.map((s) => s.url)).toEqual(['/api/v2/uploads.json?filename=tent.jpg']);
	});
});
