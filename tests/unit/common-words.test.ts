import { describe, expect, it } from 'vitest';
import { COMMON_WORD_SHARE, MIN_PAGES_FOR_COMMON_WORDS, pageWords, WordCounter, withoutCommonWords } from '../../src/search/common-words.js';
import { planQuery } from '../../src/search/query-plan.js';

describe('common words of a language', () => {
	it('are the words on at least the common share of the pages', () => {
		const counter = new WordCounter();
		const pages = 100;
		const onCommonShare = Math.ceil(pages * COMMON_WORD_SHARE);
		for (let i = 0; i < pages; i++) counter.add(['your', ...(i < onCommonShare ? ['order'] : []), ...(i < onCommonShare - 1 ? ['refund'] : [])]);
		expect(counter.commonWords()).toEqual(['order', 'your']);
	});

	it('are none while the language has too few pages to tell', () => {
		const counter = new WordCounter();
		for (let i = 0; i < MIN_PAGES_FOR_COMMON_WORDS - 1; i++) counter.add(['your', 'order']);
		expect(counter.commonWords()).toEqual([]);
	});

	it('are read from text as queries have them: lowercased, whole words in any script', () => {
		expect([...pageWords(['Wo ist meine Bestellung?', 'हिंदी में'], 'de')]).toEqual(['wo', 'ist', 'meine', 'bestellung', 'हिंदी', 'में']);
	});
});

describe('a query without its common words', () => {
	const common = new Set(['how', 'do', 'i', 'my', 'order']);

	it('keeps the words that tell pages apart', () => {
		expect(withoutCommonWords(['how', 'do', 'i', 'cancel', 'my', 'order'], common)).toEqual(['cancel']);
	});

	it('keeps every word when all of them are common: they are what the shopper looks for', () => {
		expect(withoutCommonWords(['my', 'order'], common)).toEqual(['my', 'order']);
	});

	it('searches only the rare words, all together and one by one', () => {
		expect(planQuery('How do I cancel my order?', 'en', common)).toEqual({ whole: 'cancel', terms: ['cancel'], alwaysWiden: false });
		expect(planQuery('  cancel   parcel ', 'en', common)).toEqual({ whole: 'cancel   parcel', terms: ['cancel', 'parcel'], alwaysWiden: false });
		expect(planQuery('my order', 'en', common)).toEqual({ whole: 'my order', terms: ['my', 'order'], alwaysWiden: false });
	});

	it('adds Vietnamese syllable pairs that are not common themselves', () => {
		const vietnamese = new Set(['đơn', 'hàng', 'đơnhàng', 'của', 'tôi']);
		expect(planQuery('đơn hàng của tôi ở đâu', 'vi', vietnamese)).toEqual({
			whole: 'ở đâu',
			terms: ['ở', 'đâu', 'hàngcủa', 'củatôi', 'tôiở', 'ởđâu'],
			alwaysWiden: true,
		});
	});
});
