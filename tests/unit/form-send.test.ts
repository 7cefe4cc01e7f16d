import { describe, expect, it } from 'vitest';
import { contactFormConfigSchema } from '../../src/contact/form-config-schema.js';
import { clearDraft, readDraft, writeDraft, EMPTY_VALUES } from '../../src/contact/form-draft.js';
import { sendContactForm, type SendInput } from '../../src/contact/form-send.js';

const settings = contactFormConfigSchema.parse({
	target: 'json',
	endpoint: 'https://api.example.com/contact',
	topics: [{ id: 'order', label: { en: 'An order' } }],
});
const input: SendInput = {
	base: '/',
	locale: 'en',
	values: { name: 'Ana', email: 'ana@example.com', orderNumber: '', topic: 'order', message: 'Where is my parcel?' },
	topicLabel: 'An order',
	orderNumberLabel: 'Order number',
	honeypot: '',
	formToken: '',
	fillSeconds: 40,
	photos: [],
};

const answer = (status: number, body = '') => (async () => new Response(body, { status })) as typeof fetch;

describe('sending the form', () => {
	it('returns the reference the target gives', async () => {
		expect(await sendContactForm(settings, input, { fetchImpl: answer(201, '{"reference":"AB12-CD34"}') })).toEqual({ ok: true, reference: 'AB12-CD34' });
		expect(await sendContactForm(settings, input, { fetchImpl: answer(200, 'Thanks!') })).toEqual({ ok: true });
	});

	it('tells a server problem from a refusal, with the status', async () => {
		expect(await sendContactForm(settings, input, { fetchImpl: answer(503) })).toEqual({ ok: false, failure: { reason: 'server', status: 503 } });
		expect(await sendContactForm(settings, input, { fetchImpl: answer(403) })).toEqual({ ok: false, failure: { reason: 'rejected', status: 403 } });
	});

	it('does not open a Zendesk ticket without its photo when the upload answers without a token', async () => {
		const zendesk = contactFormConfigSchema.parse({
			target: 'zendesk',
			endpoint: 'https://shop.zendesk.com',
			topics: [{ id: 'order', label: { en: 'An order' } }],
			attachments: { maxFiles: 2, maxMegabytes: 5 },
		});
		const asked: string[] = [];
		const uploadWithoutToken = (async (url: string) => {
			asked.push(new URL(url).pathname);
			return new Response('{"upload":{}}', { status: 201 });
		}) as typeof fetch;
		const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'parcel.jpg', { type: 'image/jpeg' });
		expect(await sendContactForm(zendesk, { ...input, photos: [photo] }, { fetchImpl: uploadWithoutToken })).toEqual({
			ok: false,
			failure: { reason: 'server', status: 201 },
		});
		// The shopper sees "not sent" and keeps the draft; no ticket was opened without the photo.
		expect(asked).toEqual(['/api/v2/uploads.json']);
	});

	it('tells a network failure from a timeout', async () => {
		const offline = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof fetch;
		expect(await sendContactForm(settings, input, { fetchImpl: offline })).toEqual({ ok: false, failure: { reason: 'network' } });
		const hanging = ((_url: string, init: RequestInit) =>
			new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as typeof fetch;
		expect(await sendContactForm(settings, input, { fetchImpl: hanging, timeoutMs: 20 })).toEqual({ ok: false, failure: { reason: 'timeout' } });
	});
});

describe('the draft', () => {
	function memoryStorage() {
		const items = new Map<string, string>();
		return {
			getItem: (key: string) => items.get(key) ?? null,
			setItem: (key: string, value: string) => void items.set(key, value),
			removeItem: (key: string) => void items.delete(key),
			items,
		};
	}

	it('comes back as typed, and is gone once cleared', () => {
		const storage = memoryStorage();
		const values = { ...EMPTY_VALUES, name: 'Dana', message: 'שלום 👋 <b>hi</b>' };
		writeDraft(storage, values, 1000);
		expect(readDraft(storage, 2000)).toEqual(values);
		clearDraft(storage);
		expect(readDraft(storage, 2000)).toBeUndefined();
	});

	it('is not restored when blank, stale or damaged, and never throws', () => {
		const storage = memoryStorage();
		writeDraft(storage, EMPTY_VALUES, 1000);
		expect(storage.items.size).toBe(0);
		writeDraft(storage, { ...EMPTY_VALUES, message: 'old question' }, 0);
		expect(readDraft(storage, 15 * 24 * 60 * 60 * 1000)).toBeUndefined();
		storage.items.set('helpcenter:contact-draft', '{not json');
		expect(readDraft(storage)).toBeUndefined();
		const blocked = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceeded');
			},
			removeItem: () => {},
		};
		expect(readDraft(blocked)).toBeUndefined();
		expect(() => writeDraft(blocked, { ...EMPTY_VALUES, name: 'x' })).not.toThrow();
	});
});
