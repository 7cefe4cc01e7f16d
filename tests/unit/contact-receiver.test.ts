import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { engineTranslator } from '../helpers/engine-translator.js';
import { contactPageWithErrors } from '../../src/receiver/no-script-answer.js';
import { createSubmissionStore, newReference } from '../../src/receiver/submission-store.js';
import { contactPageHtml, textareaValue } from '../helpers/contact-page.js';

const t = engineTranslator(['en', 'he']);

function renderForm(input: Record<string, unknown>, locale = 'en'): Document {
	return parseHTML(contactPageHtml({ t, locale, settings: input }).html).document;
}

describe('the contact form as built into the page', () => {
	it('is a form Netlify collects: name, form-name and honeypot in the HTML', () => {
		const form = renderForm({ target: 'netlify', formName: 'help' }).querySelector('form');
		expect(form?.getAttribute('data-netlify')).toBe('true');
		expect(form?.getAttribute('name')).toBe('help');
		expect(form?.getAttribute('netlify-honeypot')).toBe('website');
		expect(form?.querySelector('input[name="form-name"]')?.getAttribute('value')).toBe('help');
		expect(form?.querySelector('input[name="website"]')).not.toBeNull();
	});

	it('posts to the endpoint without JavaScript, with the browser checks on until the script runs', () => {
		const form = renderForm({ target: 'json', endpoint: 'https://api.example.com/contact' }).querySelector('form');
		expect(form?.getAttribute('action')).toBe('https://api.example.com/contact');
		expect(form?.getAttribute('method')).toBe('post');
		expect(form?.hasAttribute('novalidate')).toBe(false);
		expect(form?.querySelector('#contact-email')?.getAttribute('type')).toBe('email');
		expect(form?.querySelector('#contact-name')?.hasAttribute('required')).toBe(true);
	});

	it('tells shoppers without JavaScript to use another channel when the target needs a script', () => {
		const doc = renderForm({ target: 'zendesk', endpoint: 'https://shop.zendesk.com' });
		expect(doc.querySelector('.hc-form .hc-notice')?.textContent).toBe(t('en')('form.needsScript'));
		expect(doc.querySelector('button[type="submit"]')?.hasAttribute('disabled')).toBe(true);
	});
});

describe('the answer to a post without JavaScript that needs fixing', () => {
	const page = renderForm({ target: 'local' }).toString();
	const answer = (values: Record<string, string>, errors: Record<string, string>, problem?: Parameters<typeof contactPageWithErrors>[3]) => {
		const html = contactPageWithErrors(page, values, errors, problem);
		return { html, document: parseHTML(html).document };
	};

	it('puts back what was typed as text, shows each problem and the summary, and brings the form first', () => {
		const hostile = '"><script>alert(1)</script>';
		const { html, document } = answer(
			{ name: hostile, email: 'dana@', topic: 'return', message: '<img src=x onerror=alert(1)>\nשלום' },
			{ email: 'Enter an email address in the form name@example.com.' },
		);
		expect(document.querySelector('script')).toBeNull();
		expect(document.querySelector('img')).toBeNull();
		expect(document.querySelector('#contact-name')?.getAttribute('value')).toBe(hostile);
		expect(textareaValue(html, 'contact-message')).toBe('<img src=x onerror=alert(1)>\nשלום');
		expect(document.querySelector('#contact-topic option[value="return"]')?.hasAttribute('selected')).toBe(true);
		expect(document.querySelector('#contact-email')?.getAttribute('aria-invalid')).toBe('true');
		expect(document.querySelector('#contact-email')?.getAttribute('aria-describedby')).toBe('contact-email-hint contact-email-error');
		expect(document.querySelector('#contact-email-error')?.hasAttribute('hidden')).toBe(false);
		expect(document.querySelector('#contact-form-summary')?.hasAttribute('hidden')).toBe(false);
		expect(document.querySelector('#contact-form-summary a')?.getAttribute('href')).toBe('#contact-email');
		expect(document.querySelector('main h1')?.nextElementSibling?.tagName).toBe('SECTION');
	});

	it('cannot be made to end the message box early: markup typed into the message stays in the message', () => {
		const message = 'Hi</textarea><meta http-equiv="refresh" content="0;url=https://evil.example/"><script>alert(1)</script>';
		const { html, document } = answer({ name: 'Dana', email: 'dana@', topic: 'return', message }, { email: 'Enter an email address.' });
		expect(document.querySelector('meta[http-equiv]')).toBeNull();
		expect(document.querySelector('script')).toBeNull();
		expect(textareaValue(html, 'contact-message')).toBe(message);
	});

	it('escapes markup in every field, every error text and the send problem, and keeps "&amp;" as typed', () => {
		const markup = (field: string) => `&amp; ${field}"'><iframe src="https://evil.example/"></iframe></textarea><meta http-equiv="refresh" content="0">`;
		const values = { name: markup('name'), email: markup('email'), orderNumber: markup('order'), topic: markup('topic'), message: markup('message') };
		const errors = {
			name: markup('name error'),
			email: markup('email error'),
			orderNumber: markup('order error'),
			message: markup('message error'),
			photos: markup('photo error'),
		};
		const { html, document } = answer(values, errors, { text: markup('problem'), otherChannels: { text: markup('channels'), href: '#channels' } });
		expect(document.querySelectorAll('iframe, meta[http-equiv], script')).toHaveLength(0);
		expect(document.querySelector('#contact-name')?.getAttribute('value')).toBe(values.name);
		expect(document.querySelector('#contact-email')?.getAttribute('value')).toBe(values.email);
		expect(document.querySelector('#contact-orderNumber')?.getAttribute('value')).toBe(values.orderNumber);
		expect(textareaValue(html, 'contact-message')).toBe(values.message);
		expect(document.querySelector('#contact-name-error')?.textContent).toBe(errors.name);
		expect(document.querySelector('#contact-photos-error')?.textContent ?? '').toBe('');
		expect([...document.querySelectorAll('#contact-form-summary a')].map((a) => a.textContent)).toEqual([
			errors.name,
			errors.email,
			errors.orderNumber,
			errors.message,
		]);
		expect(document.querySelector('.hc-form__failure[role="alert"] p')?.textContent).toBe(markup('problem'));
		// No topic matches the hostile value, so none is chosen.
		expect(document.querySelector('#contact-topic option[selected]')).toBeNull();
	});

	it('says a message was not kept above the send button, with a way to the other channels, keeping what was typed', () => {
		const { html, document } = answer(
			{ name: 'Dana', message: 'Where is my parcel?' },
			{},
			{ text: 'Your message was not sent.', otherChannels: { text: 'Other ways', href: '#channels' } },
		);
		const failure = document.querySelector('.hc-form__failure');
		expect(failure?.getAttribute('role')).toBe('alert');
		expect(failure?.nextElementSibling?.className).toBe('hc-form__actions');
		expect(failure?.querySelector('a')?.getAttribute('href')).toBe('#channels');
		expect(document.querySelector('#contact-form-summary')?.hasAttribute('hidden')).toBe(true);
		expect(textareaValue(html, 'contact-message')).toBe('Where is my parcel?');
	});
});

describe('the local receiver store', () => {
	let dir: string | undefined;
	afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

	it('keeps messages newest first with their photos, and serves only stored photos', () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-'));
		const store = createSubmissionStore(dir, { now: () => new Date('2026-11-30T10:00:00Z') });
		const entry = { name: 'Jan', email: 'jan@example.cz', orderNumber: undefined, topic: 'return', message: 'první', locale: 'cs' };
		const first = store.save(entry, [{ name: 'stan.jpg', type: 'image/jpeg', bytes: new Uint8Array([255, 216, 255]) }]);
		const second = store.save({ ...entry, message: 'druhá' }, []);
		expect(store.read().submissions.map((s) => s.message)).toEqual(['druhá', 'první']);
		expect(first.photos).toEqual([{ name: 'stan.jpg', type: 'image/jpeg', size: 3, stored: '1.jpg' }]);
		expect(fs.readFileSync(store.photoPath(first.reference, '1.jpg') as string)).toEqual(Buffer.from([255, 216, 255]));
		expect(store.photoPath(first.reference, '../../submissions.jsonl')).toBeUndefined();
		expect(store.photoPath('../x', '1.jpg')).toBeUndefined();
		expect(second.reference).not.toBe(first.reference);
	});

	it('makes references without letters that are misheard on the phone', () => {
		for (let i = 0; i < 50; i++) expect(newReference()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
	});
});
