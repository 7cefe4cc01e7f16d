import { describe, expect, it } from 'vitest';
import { contactFormSchema, formErrors, looksLikeSpam, visibleLength } from '../../src/contact/form-schema.js';

const config = { topics: ['order', 'return', 'other'], maxMessageLength: 50, orderNumberPattern: '^KO-\\d{6}$' };
const valid = { name: 'Jana Nováková', email: 'jana@example.cz', orderNumber: 'KO-123456', topic: 'return', message: 'The tent poles were bent.' };

describe('contact form schema', () => {
	it('accepts a valid entry and trims what should be trimmed', () => {
		const data = contactFormSchema(config).parse({ ...valid, orderNumber: '  KO-123456  ', email: ' jana@example.cz ' });
		expect(data.orderNumber).toBe('KO-123456');
		expect(data.email).toBe('jana@example.cz');
	});

	it.each(['jana', 'jana@', '@example.cz', 'jana@example', 'jana@@example.cz', 'jana example@x.cz', 'jana@example..cz', 'jana.@example.cz', 'jana@-example.cz', '"jana"@example.cz <x>'])(
		'rejects the invalid email %j',
		(email) => {
			expect(formErrors(config, { ...valid, email })).toEqual({ email: 'form.errors.emailInvalid' });
		},
	);

	it('explains a missing email, name, topic and message', () => {
		expect(formErrors(config, { email: '  ', name: '', message: '   ' })).toEqual({
			email: 'form.errors.emailRequired',
			name: 'form.errors.nameRequired',
			topic: 'form.errors.topicRequired',
			message: 'form.errors.messageRequired',
		});
	});

	it('limits the message by what a reader counts as characters', () => {
		expect(formErrors(config, { ...valid, message: 'a'.repeat(51) })).toEqual({ message: 'form.errors.messageTooLong' });
		// 50 thumbs with skin tone: 100 code points, 50 characters.
		expect(formErrors(config, { ...valid, message: '👍🏽'.repeat(50) })).toEqual({});
		expect(visibleLength('e\u0301')).toBe(1);
	});

	it('keeps script, HTML, right-to-left text, emoji and combining marks exactly as typed', () => {
		const message = '<script>alert(1)</script> שלום, ההזמנה KO-123456 לא הגיעה 😞 Tiếng Việt e\u0301';
		const data = contactFormSchema({ ...config, maxMessageLength: 200 }).parse({ ...valid, message, name: '<b>Dvořák</b>' });
		expect(data.message).toBe(message);
		expect(data.name).toBe('<b>Dvořák</b>');
	});

	it('checks the order number against the shop\'s pattern only when one is given', () => {
		expect(formErrors(config, { ...valid, orderNumber: '123456' })).toEqual({ orderNumber: 'form.errors.orderNumberInvalid' });
		expect(formErrors(config, { ...valid, orderNumber: '' })).toEqual({});
		expect(formErrors({ ...config, orderNumberPattern: undefined }, { ...valid, orderNumber: 'anything' })).toEqual({});
	});

	it('keeps line breaks as typed, whether the browser sent them as CR LF or LF', () => {
		expect(contactFormSchema(config).parse({ ...valid, message: 'one\r\ntwo\nthree' }).message).toBe('one\ntwo\nthree');
	});

	it('rejects control characters that no keyboard types', () => {
		expect(formErrors(config, { ...valid, name: 'Jana\u0000' })).toEqual({ name: 'form.errors.invalidCharacters' });
		expect(formErrors(config, { ...valid, message: 'line one\nline two' })).toEqual({});
	});
});

describe('spam checks', () => {
	it('flags a filled honeypot and a send faster than a person types', () => {
		const now = 1_000_000;
		expect(looksLikeSpam('', now - 10_000, now)).toBe(false);
		expect(looksLikeSpam('http://spam.example', now - 10_000, now)).toBe(true);
		expect(looksLikeSpam('', now - 500, now)).toBe(true);
		expect(looksLikeSpam('', 'not a time', now)).toBe(true);
	});

	it('judges a post without the fill time (JavaScript off) by the honeypot alone', () => {
		expect(looksLikeSpam('', undefined, 1_000_000)).toBe(false);
		expect(looksLikeSpam('', '', 1_000_000)).toBe(false);
		expect(looksLikeSpam('buy now', '', 1_000_000)).toBe(true);
	});
});
