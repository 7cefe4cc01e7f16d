import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactFormConfigSchema } from '../../src/contact/form-config-schema.js';
import { sendContactForm, type SendInput } from '../../src/contact/form-send.js';
import { fakeHttpServer, jsonOf } from '../helpers/fake-http.js';

/**
 * A stand-in for a Zendesk account on localhost, strict the way Zendesk is: uploads are raw bytes
 * with their type and a filename, answered with a token; a request must name a requester, a
 * subject and a comment, and may only name upload tokens it handed out.
 */
function fakeZendesk({ refuseUploads = false } = {}) {
	const tokens = new Set<string>();
	return fakeHttpServer((request) => {
		const url = new URL(request.path, 'http://zendesk.local');
		if (url.pathname === '/api/v2/uploads.json') {
			if (refuseUploads) return { status: 422, body: { error: 'Attachments are disabled for anonymous requests' } };
			if (!url.searchParams.get('filename') || !request.headers['content-type']?.startsWith('image/') || request.body.length === 0) {
				return { status: 400, body: { error: 'bad upload' } };
			}
			const token = `tok-${tokens.size + 1}`;
			tokens.add(token);
			return { status: 201, body: { upload: { token, attachment: { file_name: url.searchParams.get('filename') } } } };
		}
		if (url.pathname === '/api/v2/requests.json') {
			const ticket = (jsonOf(request) as { request?: { requester?: unknown; subject?: unknown; comment?: { body?: unknown; uploads?: string[] } } } | undefined)
				?.request;
			if (!ticket?.requester || typeof ticket.subject !== 'string' || typeof ticket.comment?.body !== 'string')
				return { status: 422, body: { error: 'RecordInvalid' } };
			if ((ticket.comment.uploads ?? []).some((token) => !tokens.has(token))) return { status: 422, body: { error: 'unknown upload token' } };
			return { status: 201, body: { request: { id: 4242 } } };
		}
		return { status: 404, body: { error: 'InvalidEndpoint' } };
	});
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

/** The form's settings for the Zendesk account at `endpoint`, taking photos. */
const zendeskSettings = (endpoint: string, extra: Record<string, unknown> = {}) =>
	contactFormConfigSchema.parse({
		target: 'zendesk',
		endpoint,
		topics: [{ id: 'damaged-item', label: { en: 'Damaged item' } }],
		attachments: { maxFiles: 3, maxMegabytes: 5 },
		...extra,
	});

describe('a message to Zendesk', () => {
	const zendesk = fakeZendesk();
	let endpoint = '';
	beforeAll(async () => (endpoint = await zendesk.start()));
	afterAll(() => zendesk.stop());

	it('uploads the photos first, then creates the request naming them, with the ticket fields filled', async () => {
		const settings = zendeskSettings(endpoint, { zendeskFields: { language: 101, topic: 102, orderNumber: 103, market: 104, page: 105 } });
		expect(await sendContactForm(settings, input([photo('tent.jpg'), photo('pole.jpg')]))).toEqual({ ok: true, reference: '4242' });
		expect(zendesk.received.map((s) => `${s.method} ${s.path}`)).toEqual([
			'POST /api/v2/uploads.json?filename=tent.jpg',
			'POST /api/v2/uploads.json?filename=pole.jpg',
			'POST /api/v2/requests.json',
		]);
		expect(zendesk.received[0]?.headers['content-type']).toBe('image/jpeg');
		expect(jsonOf(zendesk.received[2])).toEqual({
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
		const settings = zendeskSettings(endpoint);
		expect(await sendContactForm(settings, input([photo('tent.jpg')]))).toEqual({ ok: false, failure: { reason: 'rejected', status: 422 } });
		expect(zendesk.received.map((s) => s.path)).toEqual(['/api/v2/uploads.json?filename=tent.jpg']);
	});
});
