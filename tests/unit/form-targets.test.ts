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
	formToken: '1700000000000.signature',
	fillSeconds: 95,
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
		const setup = htmlFormSetup(settingsFor({ target: 'netlify', formName: 'help-contact', attachments: { maxFiles: 2, maxMegabytes: 5 } }), {
			base: '/',
			locale: 'pl',
		});
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
				comment: { body: 'The boots are too small.\n\nמספר הזמנה: KO-123456\n\nLanguage: he' },
			},
		});
	});

	it("hands Zendesk the language, topic, order number, market and page in the ticket fields the shop named, the rest under the message, and the photos' tokens", () => {
		const settings = settingsFor({
			target: 'zendesk',
			endpoint: 'https://example-shop.zendesk.com',
			zendeskFields: { topic: 11, orderNumber: 12, language: 13 },
		});
		const { init } = sendRequest(
			settings,
			{ ...outgoing, market: 'il', fromPage: 'https://help.example.com/he/returns/start-a-return/', uploadTokens: ['tok-1', 'tok-2'] },
			{ base: '/' },
		);
		expect(JSON.parse(init.body as string)).toEqual({
			request: {
				requester: { name: 'Dana Levi', email: 'dana@example.co.il' },
				subject: 'החזרה (KO-123456)',
				comment: { body: 'The boots are too small.\n\nMarket: il · From: https://help.example.com/he/returns/start-a-return/', uploads: ['tok-1', 'tok-2'] },
				custom_fields: [
					{ id: 13, value: 'he' },
					{ id: 11, value: 'return' },
					{ id: 12, value: 'KO-123456' },
				],
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
			fillSeconds: 95,
		});
	});

	it("sends the relay the shop's minimum fill time, which the relay cannot read from site.yaml", () => {
		const { url, init } = sendRequest(settingsFor({ target: 'relay', minimumFillTime: 120000 }), outgoing, { base: '/help/' });
		expect(url).toBe('/help/api/contact-relay');
		expect(JSON.parse(init.body as string)).toMatchObject({ topicLabel: 'החזרה', fillSeconds: '95', minimumFillTime: '120000' });
	});

	it('sends the local receiver the page token, which dates the form by the server clock', () => {
		const { init } = sendRequest(settingsFor({ target: 'local' }), outgoing, { base: '/' });
		const body = init.body as URLSearchParams;
		expect(body.get('formToken')).toBe('1700000000000.signature');
		expect(body.has('fillSeconds')).toBe(false);
	});

	it("tells a Zendesk agent why a request looks like a bot's, instead of dropping it", () => {
		const settings = settingsFor({ target: 'zendesk', endpoint: 'https://example-shop.zendesk.com' });
		const { init } = sendRequest(settings, { ...outgoing, honeypot: 'https://spam.example', fillSeconds: 1 }, { base: '/' });
		const { request } = JSON.parse(init.body as string) as { request: { comment: { body: string } } };
		expect(request.comment.body).toBe(
			'The boots are too small.\n\nמספר הזמנה: KO-123456\n\nLanguage: he\n\n(Possible spam: the hidden spam-trap field was filled; sent 1 s after the form opened.)',
		);
	});

	it('sends Formspree the spam signals as ordinary fields, not as _gotcha, which Formspree silently drops', () => {
		const { url, init } = sendRequest(
			settingsFor({ target: 'formspree', endpoint: 'https://formspree.io/f/xyzzy' }),
			{ ...outgoing, honeypot: 'bot', fillSeconds: 2 },
			{ base: '/' },
		);
		expect(url).toBe('https://formspree.io/f/xyzzy');
		expect(init.headers.accept).toBe('application/json');
		const body = init.body as URLSearchParams;
		expect(body.has('_gotcha')).toBe(false);
		expect(body.get('website')).toBe('bot');
		expect(body.get('fillSeconds')).toBe('2');
		expect(body.get('message')).toBe('The boots are too small.');
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
