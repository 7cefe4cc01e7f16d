import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { contactFormConfigSchema, type ContactFormSettings } from '../../src/contact/form-config-schema.js';
import { formTexts } from '../../src/contact/form-text.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { readUiResources } from '../../src/i18n/ui-resources.js';
import ContactForm from '../../src/islands/ContactForm.js';
import { contactPageWithErrors } from '../../src/receiver/no-script-answer.js';
import { createSubmissionStore, newReference } from '../../src/receiver/submission-store.js';

const { resources } = readUiResources('locales', ['en', 'he'], (file) => file);
const t = createTranslator(resources, 'en');

function renderForm(input: Record<string, unknown>, locale = 'en'): Document {
	const settings: ContactFormSettings = contactFormConfigSchema.parse({ topics: [{ id: 'return', label: { en: 'A return' } }], ...input });
	const { topics: _topics, ...rest } = settings;
	const html = renderToString(
		createElement(ContactForm, {
			locale,
			base: '/',
			settings: rest,
			topics: [{ id: 'return', label: 'A return' }],
			texts: formTexts(t(locale), locale, settings),
			sentUrl: `/${locale}/contact/sent/`,
			suggestArticles: false,
		}),
	);
	return parseHTML(`<!doctype html><html><body><main><h1>Contact</h1><p>Channels</p><section>${html}</section></main></body></html>`).document;
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
	it('puts back what was typed as text, shows each problem and the summary, and brings the form first', () => {
		const page = renderForm({ target: 'local' }).toString();
		const hostile = '"><script>alert(1)</script>';
		const answer = parseHTML(
			contactPageWithErrors(
				page,
				{ name: hostile, email: 'dana@', topic: 'return', message: '<img src=x onerror=alert(1)>\nשלום' },
				{ email: 'Enter an email address in the form name@example.com.' },
			),
		).document;
		expect(answer.querySelector('script')).toBeNull();
		expect(answer.querySelector('img')).toBeNull();
		expect(answer.querySelector('#contact-name')?.getAttribute('value')).toBe(hostile);
		expect(answer.querySelector('#contact-message')?.textContent).toBe('<img src=x onerror=alert(1)>\nשלום');
		expect(answer.querySelector('#contact-topic option[value="return"]')?.hasAttribute('selected')).toBe(true);
		expect(answer.querySelector('#contact-email')?.getAttribute('aria-invalid')).toBe('true');
		expect(answer.querySelector('#contact-email')?.getAttribute('aria-describedby')).toBe('contact-email-hint contact-email-error');
		expect(answer.querySelector('#contact-email-error')?.hasAttribute('hidden')).toBe(false);
		expect(answer.querySelector('#contact-form-summary')?.hasAttribute('hidden')).toBe(false);
		expect(answer.querySelector('#contact-form-summary a')?.getAttribute('href')).toBe('#contact-email');
		expect(answer.querySelector('main h1')?.nextElementSibling?.tagName).toBe('SECTION');
	});
});

describe('the local receiver store', () => {
	let dir: string | undefined;
	afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

	it('keeps messages newest first with their photos, and serves only stored photos', () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-'));
		const store = createSubmissionStore(dir, () => new Date('2026-11-30T10:00:00Z'));
		const entry = { name: 'Jan', email: 'jan@example.cz', orderNumber: undefined, topic: 'return', message: 'první', locale: 'cs' };
		const first = store.save(entry, [{ name: 'stan.jpg', type: 'image/jpeg', bytes: new Uint8Array([255, 216, 255]) }]);
		const second = store.save({ ...entry, message: 'druhá' }, []);
		expect(store.list().map((s) => s.message)).toEqual(['druhá', 'první']);
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
