import { describe, expect, it } from 'vitest';
import { engineTranslator } from '../helpers/engine-translator.js';
import { contactFormConfigSchema } from '../../src/contact/form-config-schema.js';
import { formTexts } from '../../src/contact/form-text.js';

const topics = [{ id: 'order', label: { en: 'An order' } }];

function problems(input: Record<string, unknown>): string[] {
	const result = contactFormConfigSchema.safeParse({ topics, ...input });
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('contactForm in site.yaml', () => {
	it('accepts the local receiver with defaults', () => {
		const settings = contactFormConfigSchema.parse({ target: 'local', topics });
		expect(settings).toMatchObject({ maxMessageLength: 2000, minimumFillTime: 3000, formName: 'contact' });
	});

	it('asks for the endpoint of targets that need one, saying what it is', () => {
		expect(problems({ target: 'zendesk' })).toEqual(['endpoint: is required for the zendesk target: your Zendesk address, https://<subdomain>.zendesk.com']);
		expect(problems({ target: 'formspree' })[0]).toContain('https://formspree.io/f/<form id>');
		expect(problems({ target: 'json', endpoint: 'ftp://example.com' })[0]).toContain('must be a full web address');
		expect(problems({ target: 'netlify', endpoint: 'https://example.com' })).toEqual(['endpoint: is not used by the netlify target; remove it']);
	});

	it('refuses photos for targets that cannot take files', () => {
		expect(problems({ target: 'json', endpoint: 'https://api.example.com/contact', attachments: { maxFiles: 2, maxMegabytes: 5 } })).toEqual([
			'attachments: cannot be used with the json target, which does not accept files (only local, netlify, formspree, zendesk, relay do); remove it',
		]);
		expect(problems({ target: 'netlify', attachments: { maxFiles: 2, maxMegabytes: 5 } })).toEqual([]);
		expect(problems({ target: 'zendesk', endpoint: 'https://shop.zendesk.com', attachments: { maxFiles: 2, maxMegabytes: 5 } })).toEqual([]);
	});

	it('takes Zendesk ticket field IDs for what the form knows, and only for Zendesk', () => {
		expect(problems({ target: 'zendesk', endpoint: 'https://shop.zendesk.com', zendeskFields: { orderNumber: 360012345678, language: 360012345679 } })).toEqual(
			[],
		);
		expect(problems({ target: 'zendesk', endpoint: 'https://shop.zendesk.com', zendeskFields: { orderNumber: 'Order number' } })).toEqual([
			"zendeskFields.orderNumber: must be the number of a ticket field in Zendesk (Admin Center → Objects and rules → Tickets → Fields: the field's ID)",
		]);
		expect(problems({ target: 'zendesk', endpoint: 'https://shop.zendesk.com', zendeskFields: { customer: 1 } })).toEqual([
			'zendeskFields: names customer, which the form does not know; it can fill language, topic, orderNumber, market, page',
		]);
		expect(problems({ target: 'local', zendeskFields: { orderNumber: 1 } })).toEqual([
			'zendeskFields: is only used by the zendesk target, not local; remove it',
		]);
	});

	it('checks the order number pattern and that its example matches it', () => {
		expect(problems({ target: 'local', orderNumberPattern: '^KO-(\\d{6}$', orderNumberExample: 'KO-1' })[0]).toContain('must be a valid regular expression');
		expect(problems({ target: 'local', orderNumberPattern: '^KO-\\d{6}$' })).toEqual([
			'orderNumberExample: is required with orderNumberPattern: shoppers see it as a hint and in the error message',
		]);
		expect(problems({ target: 'local', orderNumberPattern: '^KO-\\d{6}$', orderNumberExample: 'KO-12' })).toEqual([
			'orderNumberExample: "KO-12" does not match orderNumberPattern ^KO-\\d{6}$',
		]);
	});

	it('refuses a topic listed twice and an id with spaces', () => {
		expect(problems({ target: 'local', topics: [...topics, ...topics] })).toEqual(['topics: lists the topic "order" more than once']);
		expect(problems({ target: 'local', topics: [{ id: 'My order', label: { en: 'x' } }] })[0]).toContain('lowercase letters, digits and hyphens');
	});
});

describe('form texts', () => {
	const t = engineTranslator(['en', 'ru', 'cs']);
	const settings = contactFormConfigSchema.parse({
		target: 'local',
		topics,
		maxMessageLength: 2000,
		orderNumberPattern: '^KO-\\d{6}$',
		orderNumberExample: 'KO-482913',
		attachments: { maxFiles: 3, maxMegabytes: 5 },
	});

	it('states the limits in the plural form each language needs', () => {
		expect(formTexts(t('en'), 'en', settings).errors['form.errors.tooManyPhotos']).toBe('Add at most 3 photos.');
		// Russian: 2000 takes the "many" form, 3 the "few" form.
		expect(formTexts(t('ru'), 'ru', settings).hints.message).toMatch(/2\s000 символов/);
		expect(formTexts(t('ru'), 'ru', settings).errors['form.errors.tooManyPhotos']).toMatch(/3 фото/);
		expect(formTexts(t('cs'), 'cs', settings).hints.message).toMatch(/2\s000 znaků/);
	});

	it('fills in the order number example and keeps a slot for the photo name', () => {
		const texts = formTexts(t('en'), 'en', settings);
		expect(texts.errors['form.errors.orderNumberInvalid']).toBe('Check the order number: it looks like \u2068KO-482913\u2069.');
		expect(texts.errors['form.errors.photoTooLarge']).toBe('“{{file}}” is larger than 5 MB. Choose a smaller photo.');
		expect(texts.counter).toBe('Characters used: {{count}} of 2,000');
	});
});
