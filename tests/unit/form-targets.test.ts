import { describe, expect, it } from 'vitest';
import { contactFormConfigSchema, type ContactFormSettings } from '../../src/contact/form-config-schema.js';
import { htmlFormSetup, referenceFromResponse, sendRequest, type Outgoing } from '../../src/contact/form-targets.js';

const topics = [{ id: 'return', label: { en: 'A return' } }];
const settingsFor = (input: Record<string, unknown>): ContactFormSettings => contactFormConfigSchema.parse({ topics, ...input });

const outgoing: Outgoing = {
	data: { name: 'Dana Levi', email: 'dana@example.co.il', orderNumber: 'KO-123456', topic: 'return', message: 'The boots are too small.' },
	locale: 'he',
	topicLabel: 'החזרה',
	orderNumberLabel: 'מספר הזמנה',
	honeypot: '',
	startedAt: 1_700_000_000_000,
	photos: [],
};

describe('the HTML form of each target (what posts without JavaScript)', () => {
	it('posts to the local receiver under the base path', () => {
		expect(htmlFormSetup(settingsFor({ target: 'local' }), { base: '/help/', locale: 'he' })).toMatchObject({
			action: '/help/api/contact',
			enctype: 'application/x-www-form-urlencoded',
			hidden: { locale: 'he' },
			postsWithoutScript: true,
		});
	});

	it('lets Netlify find the form at deploy time and answers with the confirmation page', () => {
		const setup = htmlFormSetup(settingsFor({ target: 'netlify', formName: 'help-contact', attachments: { maxFiles: 2, maxMegabytes: 5 } }), { base: '/', locale: 'pl' });
		expect(setup).toMatchObject({
			action: '/pl/contact/sent/',
			enctype: 'multipart/form-data',
			hidden: { 'form-name': 'help-contact', locale: 'pl' },
			netlify: { name: 'help-contact', honeypot: 'website' },
		});
	});

	it('cannot post to Zendesk without JavaScript, which the page then says', () => {
		const setup = htmlFormSetup(settingsFor({ target: 'zendesk', endpoint: 'https://example-shop.zendesk.com' }), { base: '/', locale: 'en' });
		expect(setup.postsWithoutScript).toBe(false);
		expect(setup.action).toBe('https://example-shop.zendesk.com/api/v2/requests.json');
	});
});

describe('what the island sends to each target', () => {
	it('sends Zendesk an anonymous request with requester, subject and comment', () => {
		const { url, init } = sendRequest(settingsFor({ target: 'zendesk', endpoint: 'https://example-shop.zendesk.com' }), outgoing, { base: '/' });
		expect(url).toBe('https://example-shop.zendesk.com/api/v2/requests.json');
		expect(init.headers['content-type']).toBe('application/json');
		expect(JSON.parse(init.body as string)).toEqual({
			request: {
				requester: { name: 'Dana Levi', email: 'dana@example.co.il' },
				subject: 'החזרה (KO-123456)',
				comment: { body: 'The boots are too small.\n\nמספר הזמנה: KO-123456' },
			},
		});
	});

	it('sends a generic endpoint JSON with every field, the topic label and the spam-check fields', () => {
		const { url, init } = sendRequest(settingsFor({ target: 'json', endpoint: 'https://api.example.com/contact' }), outgoing, { base: '/' });
		expect(url).toBe('https://api.example.com/contact');
		expect(JSON.parse(init.body as string)).toEqual({
			locale: 'he',
			name: 'Dana Levi',
			email: 'dana@example.co.il',
			orderNumber: 'KO-123456',
			topic: 'return',
			topicLabel: 'החזרה',
			message: 'The boots are too small.',
			website: '',
			startedAt: 1_700_000_000_000,
		});
	});

	it('sends Formspree its own honeypot name and asks for a JSON answer', () => {
		const { url, init } = sendRequest(settingsFor({ target: 'formspree', endpoint: 'https://formspree.io/f/xyzzy' }), { ...outgoing, honeypot: 'bot' }, { base: '/' });
		expect(url).toBe('https://formspree.io/f/xyzzy');
		expect(init.headers.accept).toBe('application/json');
		expect((init.body as URLSearchParams).get('_gotcha')).toBe('bot');
	});

	it('posts to Netlify with the form name, photos as multipart', () => {
		const settings = settingsFor({ target: 'netlify', attachments: { maxFiles: 2, maxMegabytes: 5 } });
		const plain = sendRequest(settings, outgoing, { base: '/help/' });
		expect(plain.url).toBe('/help/');
		expect((plain.init.body as URLSearchParams).get('form-name')).toBe('contact');
		const photo = new File([new Uint8Array([1, 2, 3])], 'tent.jpg', { type: 'image/jpeg' });
		const withPhoto = sendRequest(settings, { ...outgoing, photos: [photo] }, { base: '/help/' });
		const body = withPhoto.init.body as FormData;
		expect(body.get('form-name')).toBe('contact');
		expect((body.get('photos') as File).name).toBe('tent.jpg');
		// The browser sets the multipart boundary itself.
		expect(withPhoto.init.headers['content-type']).toBeUndefined();
	});

	it('reads the reference number where each target puts it', () => {
		expect(referenceFromResponse({ target: 'zendesk' }, { request: { id: 35436 } })).toBe('35436');
		expect(referenceFromResponse({ target: 'local' }, { reference: '7F3K-9Q2M' })).toBe('7F3K-9Q2M');
		expect(referenceFromResponse({ target: 'formspree' }, { ok: true })).toBeUndefined();
		expect(referenceFromResponse({ target: 'json' }, 'not json')).toBeUndefined();
	});
});
