import { describe, expect, it } from 'vitest';
import { faqPage, isQuestion } from '../../src/seo/structured-data.js';

describe('questions in titles', () => {
	it('are titles that end with a question mark, in any script', () => {
		expect(isQuestion('How do I return an item?')).toBe(true);
		expect(isQuestion('Как оформить возврат? ')).toBe(true);
		expect(isQuestion('כמה זמן לוקח המשלוח?')).toBe(true);
		expect(isQuestion('如何退货？')).toBe(true);
		expect(isQuestion('كيف أعيد المنتج؟')).toBe(true);
		expect(isQuestion('Returning an item')).toBe(false);
		expect(isQuestion('Why? Because we ship fast')).toBe(false);
	});
});

describe('an FAQPage', () => {
	it('has a question with its accepted answer for each listed article', () => {
		expect(faqPage([{ question: 'Can I cancel?', answer: 'Yes, before it ships.', url: 'https://help.example/en/orders/cancel/' }])).toEqual({
			'@context': 'https://schema.org',
			'@type': 'FAQPage',
			mainEntity: [
				{
					'@type': 'Question',
					name: 'Can I cancel?',
					url: 'https://help.example/en/orders/cancel/',
					acceptedAnswer: { '@type': 'Answer', text: 'Yes, before it ships.', url: 'https://help.example/en/orders/cancel/' },
				},
			],
		});
	});

	it('is left out when the page lists no questions', () => {
		expect(faqPage([])).toBeUndefined();
	});
});
