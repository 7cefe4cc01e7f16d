import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { businessDays, days, factText, type PolicyStrings } from '../../src/policies/fact-text.js';
import { freeShippingFrom, hasOneWindow, likelyCountry, returnRuleGroups, returnRulesFor } from '../../src/policies/facts.js';
import { formatMoney, countryList } from '../../src/policies/format.js';
import { returnsPolicySchema, shippingPolicySchema, type DutyTerms } from '../../src/policies/policy-schema.js';
import { enginePolicyStrings } from '../helpers/engine-translator.js';

// Facts of a shop with several country groups, read as the shop check reads them.
const factsFile = (file: string) => parse(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/policies', file), 'utf8'));
const facts = { returns: returnsPolicySchema.parse(factsFile('returns.yaml')), shipping: shippingPolicySchema.parse(factsFile('shipping.yaml')) };
const strings = (locale: string): PolicyStrings => enginePolicyStrings(locale);
const COUNTS = [0, 1, 2, 5, 11, 21, 22, 25];

describe('day counts in each language', () => {
	it.each([
		['ru', ['0 дней', '1 день', '2 дня', '5 дней', '11 дней', '21 день', '22 дня', '25 дней']],
		['pl', ['0 dni', '1 dzień', '2 dni', '5 dni', '11 dni', '21 dni', '22 dni', '25 dni']],
		['cs', ['0 dní', '1 den', '2 dny', '5 dní', '11 dní', '21 dní', '22 dní', '25 dní']],
		['en', ['0 days', '1 day', '2 days', '5 days', '11 days', '21 days', '22 days', '25 days']],
	])('%s', (locale, expected) => {
		expect(COUNTS.map((n) => days(strings(locale), n))).toEqual(expected);
	});

	it.each([
		['ru', ['0 рабочих дней', '1 рабочий день', '2 рабочих дня', '5 рабочих дней', '11 рабочих дней', '21 рабочий день', '22 рабочих дня', '25 рабочих дней']],
		[
			'pl',
			['0 dni roboczych', '1 dzień roboczy', '2 dni robocze', '5 dni roboczych', '11 dni roboczych', '21 dni roboczych', '22 dni robocze', '25 dni roboczych'],
		],
		[
			'cs',
			[
				'0 pracovních dní',
				'1 pracovní den',
				'2 pracovní dny',
				'5 pracovních dní',
				'11 pracovních dní',
				'21 pracovních dní',
				'22 pracovních dní',
				'25 pracovních dní',
			],
		],
	])('business days in %s', (locale, expected) => {
		expect(COUNTS.map((n) => businessDays(strings(locale), { min: n, max: n }))).toEqual(expected);
	});

	it('gives a range the form of its last number', () => {
		expect(businessDays(strings('ru'), { min: 2, max: 4 })).toBe('2–4 рабочих дня');
		expect(businessDays(strings('ru'), { min: 3, max: 5 })).toBe('3–5 рабочих дней');
		expect(businessDays(strings('cs'), { min: 2, max: 4 })).toBe('2–4 pracovní dny');
		expect(businessDays(strings('en'), { min: 0, max: 1 })).toBe('0–1 business day');
	});
});

describe('day counts in the case a sentence needs', () => {
	it.each([
		// "innerhalb von … Tagen"
		['de', 'dative', ['0 Tagen', '1 Tag', '2 Tagen', '5 Tagen', '11 Tagen', '21 Tagen', '22 Tagen', '25 Tagen']],
		// "w ciągu … dni", "przed … dniami"
		['pl', 'genitive', ['0 dni', '1 dnia', '2 dni', '5 dni', '11 dni', '21 dni', '22 dni', '25 dni']],
		['pl', 'instrumental', ['0 dniami', '1 dniem', '2 dniami', '5 dniami', '11 dniami', '21 dniami', '22 dniami', '25 dniami']],
		// "do … dnů", "před … dny"
		['cs', 'genitive', ['0 dnů', '1 dne', '2 dnů', '5 dnů', '11 dnů', '21 dnů', '22 dnů', '25 dnů']],
		['cs', 'instrumental', ['0 dny', '1 dnem', '2 dny', '5 dny', '11 dny', '21 dny', '22 dny', '25 dny']],
		// "в течение … дней": 21 takes the singular, 22 the genitive plural
		['ru', 'genitive', ['0 дней', '1 дня', '2 дней', '5 дней', '11 дней', '21 дня', '22 дней', '25 дней']],
		['ru', 'dative', ['0 дням', '1 дню', '2 дням', '5 дням', '11 дням', '21 дню', '22 дням', '25 дням']],
		// English does not decline the word: the plain form.
		['en', 'genitive', ['0 days', '1 day', '2 days', '5 days', '11 days', '21 days', '22 days', '25 days']],
	] as const)('%s %s', (locale, form, expected) => {
		expect(COUNTS.map((n) => days(strings(locale), n, form))).toEqual(expected);
	});

	it('keeps decimals in the form each language gives fractions', () => {
		expect(days(strings('ru'), 1.5, 'genitive')).toBe('1,5 дня');
		expect(days(strings('cs'), 1.5, 'genitive')).toBe('1,5 dne');
	});

	it('puts the form into a fact, and refuses a form the language lacks or a fact that is no count', () => {
		expect(factText('returnWindow', facts, strings('de'), { form: 'dative' })).toBe(factText('returnWindow', facts, strings('de')).replace('Tage', 'Tagen'));
		expect(() => factText('returnWindow', facts, strings('de'), { form: 'locative' })).toThrow(
			'form="locative" is not one the engine has for days in de; use one of: nominative, genitive, dative',
		);
		expect(() => factText('cutoffTime', facts, strings('pl'), { form: 'genitive' })).toThrow('is not a count, so it has no grammatical forms');
	});
});

describe('facts in words', () => {
	const { returns, shipping } = facts;

	it('states the return window and what starts it in the language of the text', () => {
		expect(factText('returnWindow', facts, strings('ru'))).toBe(`${returns?.window.days} дней`);
		expect(factText('returnWindowStart', facts, strings('en'))).toBe('from the day you receive your order');
	});

	it('names groups of countries as a list in each language', () => {
		expect(countryList('en', ['CZ', 'SK', 'PL'])).toBe('Czechia, Slovakia, and Poland');
		expect(countryList('cs', ['CZ', 'SK'])).toBe('Česko a\u00a0Slovensko');
		expect(countryList('he', ['IL', 'CZ'])).toBe('ישראל וצ׳כיה');
	});

	it('states prices with the currency as each language writes it', () => {
		expect(formatMoney('cs', { amount: 2000, currency: 'CZK' })).toBe('2\u00a0000\u00a0Kč');
		expect(formatMoney('en', { amount: 4.9, currency: 'EUR' })).toBe('€4.90');
		expect(formatMoney('pl', { amount: 19.9, currency: 'PLN' })).toBe('19,90\u00a0zł');
		expect(factText('freeShippingFrom', facts, strings('pl'), { country: 'PL' })).toBe('349\u00a0zł');
		expect(factText('returnShippingCost', facts, strings('en'), { country: 'CZ' })).toBe('Free: we pay');
	});

	it('names what is wrong when a writer asks for a fact that cannot be stated', () => {
		expect(() => factText('returnWindw', facts, strings('en'))).toThrow('<Fact name="returnWindw"> is not a fact; use one of: returnWindow');
		expect(() => factText('freeShippingFrom', facts, strings('en'))).toThrow('differs by country: add country="DE"');
		expect(() => factText('refundTime', { shipping }, strings('en'))).toThrow('needs content/policies/returns.yaml');
	});
});

describe('import duties as facts', () => {
	const duties = (country: string): DutyTerms | undefined =>
		({
			DE: { paidBy: 'none' as const },
			US: { paidBy: 'shop' as const, customsDays: { min: 1, max: 2 } },
			IL: {
				paidBy: 'shopper' as const,
				customsDays: { min: 2, max: 4 },
				dutyFreeUpTo: { amount: 75, currency: 'USD' },
				clearanceFee: { amount: 35, currency: 'ILS' },
			},
		})[country];
	const stated = (locale: string, country: string) =>
		[factText('customsDuties', { duties }, strings(locale), { country }), factText('customsTime', { duties }, strings(locale), { country })].join(' ');

	it("say who pays and how long customs takes, with the amounts in each language's format", () => {
		expect(stated('en', 'DE')).toBe('No import duties or taxes: your order stays within the customs union. Customs adds no time to the delivery.');
		expect(stated('en', 'US')).toBe(
			'We pay the import duties and taxes for you: what you pay at checkout is all you pay. Customs adds 1–2 business days to the delivery time.',
		);
		expect(stated('en', 'IL')).toBe(
			"Your country's customs charges import duties and taxes, which you pay to the carrier on delivery. Orders worth up to $75 pass without duties. The carrier adds a customs clearance fee of ₪35. Customs adds 2–4 business days to the delivery time.",
		);
	});

	it.each(['he', 'ru', 'pl', 'cs', 'vi'])('are stated in %s, never in English, with its number formats', (locale) => {
		const text = stated(locale, 'IL');
		expect(text).not.toMatch(/customs|duties|carrier/i);
		expect(text).toContain(formatMoney(locale, { amount: 35, currency: 'ILS' }));
		expect(text).toContain(formatMoney(locale, { amount: 75, currency: 'USD' }));
		expect(text).toContain(businessDays(strings(locale), { min: 2, max: 4 }));
	});

	it('name what is missing', () => {
		expect(() => factText('customsDuties', {}, strings('en'), { country: 'IL' })).toThrow('needs content/markets.yaml');
		expect(() => factText('customsTime', { duties }, strings('en'), { country: 'JP' })).toThrow('JP is in no market of content/markets.yaml');
	});
});

describe('rules by country', () => {
	const returns = returnsPolicySchema.parse(
		parse(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/shop/content/policies/returns.yaml'), 'utf8')),
	);
	const shipping = shippingPolicySchema.parse(
		parse(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/shop/content/policies/shipping.yaml'), 'utf8')),
	);

	it("applies a country's override and groups countries with the same rules", () => {
		expect(returnRulesFor(returns, 'IL')).toMatchObject({ window: { days: 14 }, returnShipping: { payer: 'customerOwnCarrier' } });
		expect(returnRulesFor(returns, 'PL')).toMatchObject({ window: { days: 30 }, returnShipping: { payer: 'customer' } });
		expect(returnRuleGroups(returns).map((g) => g.countries)).toEqual([['CZ', 'PL'], ['IL']]);
		expect(hasOneWindow(returns)).toBe(false);
	});

	it('finds the free-shipping threshold of a country, and none where nothing ships free', () => {
		expect(freeShippingFrom(shipping, 'CZ')).toEqual({ amount: 2000, currency: 'CZK' });
		expect(freeShippingFrom(shipping, 'IL')).toBeUndefined();
	});

	it("guesses the shopper's country from the language only when the shop serves it", () => {
		expect(likelyCountry('he', ['CZ', 'IL'])).toBe('IL');
		expect(likelyCountry('cs', ['CZ', 'IL'])).toBe('CZ');
		expect(likelyCountry('ru', ['CZ', 'IL'])).toBeUndefined();
	});
});

describe('policy facts files', () => {
	it('explain a wrong fact with its field', () => {
		const result = shippingPolicySchema.safeParse({
			updated: '2026-10-01',
			timeZone: 'Europe/Praha',
			cutoffTime: '2pm',
			handlingDays: { min: 2, max: 1 },
			zones: [{ id: 'eu', countries: ['XX'], methods: [] }],
		});
		expect(result.success).toBe(false);
		const messages = result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		expect(messages).toEqual(
			expect.arrayContaining([
				'timeZone: must be an IANA time zone such as Europe/Berlin',
				'cutoffTime: must be a 24-hour time such as "14:00"',
				'handlingDays: max must not be less than min',
				'zones.0.countries.0: is not an ISO 3166 country code',
				'zones.0.methods: must list at least one delivery method',
			]),
		);
	});
});
