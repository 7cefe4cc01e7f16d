import { describe, expect, it } from 'vitest';
import { contactFormSchema, formErrors, maxEntryBytes, messageTooLong, visibleLength } from '../../src/contact/form-schema.js';

const config = { topics: ['order', 'return', 'other'], maxMessageLength: 50, orderNumberPattern: '^KO-\\d{6}$' };
const valid = { name: 'Jana Nováková', email: 'jana@example.cz', orderNumber: 'KO-123456', topic: 'return', message: 'The tent poles were bent.' };

describe('contact form schema', () => {
	it('accepts a valid entry and trims what should be trimmed', () => {
		const data = contactFormSchema(config).parse({ ...valid, orderNumber: '  KO-123456  ', email: ' jana@example.cz ' });
		expect(data.orderNumber).toBe('KO-123456');
		expect(data.email).toBe('jana@example.cz');
	});

	it.each([
		'jana',
		'jana@',
		'@example.cz',
		'jana@example',
		'jana@@example.cz',
		'jana example@x.cz',
		'jana@example..cz',
		'jana.@example.cz',
		'jana@-example.cz',
		'"jana"@example.cz <x>',
	])('rejects the invalid email %j', (email) => {
		expect(formErrors(config, { ...valid, email })).toEqual({ email: 'form.errors.emailInvalid' });
	});

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
		// 20 thumbs with skin tone are 40 code points and 20 characters: with 30 letters, 50 characters.
		expect(formErrors(config, { ...valid, message: `${'👍🏽'.repeat(20)}${'a'.repeat(30)}` })).toEqual({});
		expect(formErrors(config, { ...valid, message: `${'👍🏽'.repeat(20)}${'a'.repeat(31)}` })).toEqual({ message: 'form.errors.messageTooLong' });
		expect(visibleLength('e\u0301')).toBe(1);
	});

	it('keeps script, HTML, right-to-left text, emoji and combining marks exactly as typed', () => {
		const message = '<script>alert(1)</script> שלום, ההזמנה KO-123456 לא הגיעה 😞 Tiếng Việt e\u0301';
		const data = contactFormSchema({ ...config, maxMessageLength: 200 }).parse({ ...valid, message, name: '<b>Dvořák</b>' });
		expect(data.message).toBe(message);
		expect(data.name).toBe('<b>Dvořák</b>');
	});

	it("checks the order number against the shop's pattern only when one is given", () => {
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

describe('limits in bytes as well as characters', () => {
	// One letter with 1,000 combining marks is one character to a reader, and 2,001 bytes.
	const stacked = `a${'\u0301'.repeat(1000)}`;

	it('refuses a message of few characters but many bytes, with the same "too long" message', () => {
		expect(visibleLength(stacked.repeat(10))).toBe(10);
		expect(formErrors(config, { ...valid, message: stacked.repeat(10) })).toEqual({ message: 'form.errors.messageTooLong' });
		// A chain of people joined by zero-width joiners: one character, many bytes.
		const family = Array.from({ length: 60 }, () => '👩').join('\u200D');
		expect(visibleLength(family)).toBe(1);
		expect(formErrors(config, { ...valid, message: family })).toEqual({ message: 'form.errors.messageTooLong' });
		expect(messageTooLong(family, 50)).toBe(true);
	});

	it('still takes a message of the longest ordinary characters up to the limit', () => {
		expect(formErrors(config, { ...valid, message: '😞'.repeat(50) })).toEqual({});
		expect(messageTooLong('😞'.repeat(50), 50)).toBe(false);
		expect(formErrors(config, { ...valid, message: 'ř'.repeat(50) })).toEqual({});
	});

	it('caps the name and the order number in bytes too', () => {
		expect(formErrors(config, { ...valid, name: `J${'\u0301'.repeat(300)}` })).toEqual({ name: 'form.errors.nameTooLong' });
		expect(formErrors({ ...config, orderNumberPattern: undefined }, { ...valid, orderNumber: 'x'.repeat(65) })).toEqual({
			orderNumber: 'form.errors.orderNumberTooLong',
		});
	});

	it('bounds what a whole valid entry can weigh, for the receiver to read no more', () => {
		expect(maxEntryBytes({ maxMessageLength: 2000 })).toBe(4 * (2000 + 100 + 64 + 254));
	});
});

describe('single-line fields', () => {
	it.each([
		['name', 'Jana\r\nBcc: all@example.com'],
		['name', 'Jana\u2028Nováková'],
		['email', 'jana@example.cz\nBcc: x@example.com'],
		['orderNumber', 'KO-123\r456'],
	])('refuse a line break in the %s', (field, value) => {
		expect(formErrors({ ...config, orderNumberPattern: undefined }, { ...valid, [field]: value })).toEqual({ [field]: 'form.errors.invalidCharacters' });
	});
});
