import { describe, expect, it } from 'vitest';
import { foldDiacritics, hebrewPrefixVariants, searchTerms, syllablePairs } from '../../src/search/search-terms.js';

describe('extra search terms', () => {
	it('adds Czech, Polish and Vietnamese text without diacritics', () => {
		expect(searchTerms('cs', ['Jak vrátit zboží'])).toEqual(['Jak vratit zbozi']);
		expect(searchTerms('pl', ['Śledzenie przesyłki'])).toEqual(['Sledzenie przesylki']);
		expect(searchTerms('vi', ['Đổi trả hàng'])).toEqual(expect.arrayContaining(['Doi tra hang']));
	});

	it('adds nothing for text that has no diacritics', () => {
		expect(searchTerms('en', ['Track your order'])).toEqual([]);
		expect(searchTerms('ru', ['Как вернуть товар'])).toEqual([]);
	});

	it('folds Russian ё to е, as most Russian text is typed', () => {
		expect(foldDiacritics('Заказ доставлен? Ещё нет')).toBe('Заказ доставлен? Еще нет');
	});

	it('adds Vietnamese pairs of neighbouring syllables, with and without tone marks', () => {
		expect(syllablePairs('Chưa nhận được hàng')).toEqual(['chưanhận', 'nhậnđược', 'đượchàng']);
		expect(searchTerms('vi', ['hoàn tiền'])).toEqual(['hoan tien', 'hoàntiền', 'hoantien']);
		expect(searchTerms('cs', ['vrácení peněz'])).not.toContain('vrácenípeněz');
	});

	it('adds Hebrew words without their joined prefixes', () => {
		expect(hebrewPrefixVariants('למשלוח')).toEqual(['משלוח']);
		expect(hebrewPrefixVariants('ובהזמנה')).toEqual(['בהזמנה', 'הזמנה']);
		expect(hebrewPrefixVariants('של')).toEqual([]);
		expect(hebrewPrefixVariants('refund')).toEqual([]);
		expect(searchTerms('he', ['איך לבטל הזמנה'])).toEqual(expect.arrayContaining(['בטל']));
	});
});
