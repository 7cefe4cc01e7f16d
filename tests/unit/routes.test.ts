import { describe, expect, it } from 'vitest';
import { absoluteUrl, routePath, withBase } from '../../src/catalog/routes.js';
import { negotiateLocale } from '../../src/i18n/negotiate.js';

describe('routes', () => {
	it('builds the URL of every page type', () => {
		expect(routePath('pl', { type: 'home' })).toBe('/pl/');
		expect(routePath('pl', { type: 'category', category: 'returns' })).toBe('/pl/returns/');
		expect(routePath('pl', { type: 'article', category: 'returns', slug: 'refund' })).toBe('/pl/returns/refund/');
		expect(routePath('pl', { type: 'notFound' })).toBe('/pl/404.html');
	});

	it('puts paths under a base path, with or without its trailing slash', () => {
		expect(withBase('/', '/en/')).toBe('/en/');
		expect(withBase('/help/', '/en/')).toBe('/help/en/');
		expect(withBase('/help', '/en/orders/')).toBe('/help/en/orders/');
		expect(absoluteUrl('https://shop.example', '/help/', '/he/')).toBe('https://shop.example/help/he/');
	});
});

describe('language negotiation for "/"', () => {
	const available = ['en', 'he', 'ru', 'pl', 'cs', 'vi'];
	it('prefers an exact match, then the same language in another region', () => {
		expect(negotiateLocale(['cs-CZ', 'en'], available, 'en')).toBe('cs');
		expect(negotiateLocale(['de-DE', 'pl'], available, 'en')).toBe('pl');
		expect(negotiateLocale(['VI'], available, 'en')).toBe('vi');
	});
	it('understands the old Hebrew code and falls back to the default', () => {
		expect(negotiateLocale(['iw-IL'], available, 'en')).toBe('he');
		expect(negotiateLocale(['de', 'fr'], available, 'en')).toBe('en');
		expect(negotiateLocale([], available, 'en')).toBe('en');
	});
});
