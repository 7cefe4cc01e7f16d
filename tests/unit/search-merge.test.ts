import { describe, expect, it } from 'vitest';
import { mergeTermResults, queryTerms } from '../../src/search/merge.js';

const hits = (...entries: [string, number][]) => entries.map(([id, score]) => ({ id, score }));

describe('ranking a query word by word', () => {
	it('finds pages that match only some words, rare words counting most', () => {
		// "tent arrived broken": no page has all three words.
		const ranked = mergeTermResults(
			[],
			[
				{ term: 'tent', hits: hits(['care', 1], ['damaged', 0.4]) },
				{ term: 'arrived', hits: hits(['late', 1], ['damaged', 0.8], ['missing', 0.7], ['care', 0.2]) },
				{ term: 'broken', hits: hits(['damaged', 1]) },
			],
			20,
		);
		expect(ranked[0]).toBe('damaged');
		expect(ranked).toEqual(expect.arrayContaining(['care', 'late', 'missing']));
	});

	it('ranks a page with every word above pages with only some', () => {
		const ranked = mergeTermResults(
			hits(['both', 0.1]),
			[
				{ term: 'card', hits: hits(['card-only', 5], ['both', 0.2]) },
				{ term: 'declined', hits: hits(['both', 0.1], ['declined-only', 0.3]) },
			],
			10,
		);
		expect(ranked[0]).toBe('both');
	});

	it('lets a word found on every page barely count', () => {
		const everywhere = hits(['a', 1], ['b', 1], ['c', 1], ['d', 1]);
		const ranked = mergeTermResults(
			[],
			[
				{ term: 'my', hits: everywhere },
				{ term: 'refund', hits: hits(['d', 0.3]) },
			],
			4,
		);
		expect(ranked[0]).toBe('d');
	});

	it('splits queries into distinct lowercase words', () => {
		expect(queryTerms('  Where is MY parcel? my parcel ')).toEqual(['where', 'is', 'my', 'parcel']);
		expect(queryTerms('«возврат» денег')).toEqual(['возврат', 'денег']);
	});
});
