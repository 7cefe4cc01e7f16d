import { describe, expect, it } from 'vitest';
import { honestExcerpt, toSearchHit } from '../../src/search/results.js';

// The hidden search words of an article: keywords with a deliberate misspelling, and accent-free copies.
const SEARCH_WORDS = 'send back, return label, refund, money back, retrun, Fahrrader, funf Minuten';
const DESCRIPTION = 'How to send an item back & get your money.';

describe('search snippets', () => {
	it('show the article’s own sentences, cut before the hidden search words', () => {
		expect(honestExcerpt('Print the <mark>return</mark> label at home. send back, return label, refund', SEARCH_WORDS, DESCRIPTION)).toBe(
			'Print the <mark>return</mark> label at home.',
		);
	});

	it('show the description when the only match is a hidden word, such as a misspelling', () => {
		expect(honestExcerpt('label, refund, money back, <mark>retrun</mark>, Fahrrader', SEARCH_WORDS, DESCRIPTION)).toBe(
			'How to send an item back &amp; get your money.',
		);
		expect(honestExcerpt('at home. send back, return label, <mark>refund</mark>', SEARCH_WORDS, DESCRIPTION)).toBe(
			'How to send an item back &amp; get your money.',
		);
		expect(honestExcerpt('Most new bikes take <mark>funf</mark>', 'funf', undefined)).toBe('Most new bikes take');
	});

	it('leave an excerpt of an article without hidden words as it is', () => {
		expect(honestExcerpt('Most <mark>bikes</mark> arrive in five minutes.', undefined, DESCRIPTION)).toBe('Most <mark>bikes</mark> arrive in five minutes.');
	});

	it('are applied to every hit, from the words and description Pagefind returns as metadata', () => {
		const hit = toSearchHit({
			url: '/en/returns/x/',
			excerpt: 'money back, <mark>retrun</mark>, Fahrrader',
			meta: { title: 'Returns', searchWords: SEARCH_WORDS, description: DESCRIPTION },
		});
		expect(hit.excerpt).toBe('How to send an item back &amp; get your money.');
	});
});
