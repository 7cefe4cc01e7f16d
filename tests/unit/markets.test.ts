import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { channelsFileSchema, channelsFor, type ChannelsFile } from '../../src/contact/channels-schema.js';
import { parseSchedule, scheduleIn, shiftSchedule } from '../../src/contact/hours.js';
import { formatSchedule } from '../../src/contact/format-hours.js';
import { marketsFileSchema, type MarketsFile } from '../../src/markets/market-schema.js';
import { resolveMarket } from '../../src/markets/market-script.js';
import { defaultMarketFor, marketChannels, marketGuessTable, marketName } from '../../src/markets/markets.js';
import { copyFixtureShop, problemsOf } from '../helpers/shop-copy.js';

const markets: MarketsFile = marketsFileSchema.parse({
	default: 'cz',
	markets: [
		{ id: 'cz', countries: ['CZ'], languages: ['cs', 'en'], currency: 'CZK', timeZone: 'Europe/Prague', channels: ['phone-cz', 'chat', 'email'] },
		{ id: 'pl', countries: ['PL'], languages: ['pl'], currency: 'PLN', timeZone: 'Europe/Warsaw', channels: ['phone-pl', 'email'] },
		{
			id: 'de',
			countries: ['DE', 'AT'],
			languages: ['de', 'en'],
			currency: 'EUR',
			timeZone: 'Europe/Berlin',
			otherTimeZones: ['Europe/Vienna'],
			channels: ['email'],
		},
		{ id: 'il', countries: ['IL'], languages: ['he', 'en'], currency: 'ILS', timeZone: 'Asia/Jerusalem', channels: ['email'] },
		{
			id: 'us',
			countries: ['US'],
			languages: ['en'],
			currency: 'USD',
			timeZone: 'America/New_York',
			otherTimeZones: ['America/Los_Angeles'],
			channels: ['email'],
		},
	],
});
const table = marketGuessTable(markets);
const guess = (hints: { stored?: string; timeZone?: string; languages?: string[]; fallback?: string }) =>
	resolveMarket(table, { stored: hints.stored ?? null, timeZone: hints.timeZone, languages: hints.languages ?? [], fallback: hints.fallback ?? 'cz' });

describe("the shopper's market", () => {
	it('is guessed from the time zone first: where the shopper is, whatever language their browser speaks', () => {
		expect(guess({ timeZone: 'Europe/Warsaw', languages: ['en-US'] })).toBe('pl');
		expect(guess({ timeZone: 'Europe/Vienna', languages: ['en-GB'] })).toBe('de');
		expect(guess({ timeZone: 'America/Los_Angeles', languages: ['es-MX', 'en'] })).toBe('us');
	});

	it("then from the region of the browser's first language that has one", () => {
		expect(guess({ timeZone: 'Asia/Tokyo', languages: ['he', 'he-IL', 'en-US'] })).toBe('il');
		expect(guess({ languages: ['de-AT'] })).toBe('de');
		// The language alone says nothing about the country: Polish without a region is not Poland.
		expect(guess({ languages: ['pl'], fallback: 'cz' })).toBe('cz');
	});

	it("falls back to the page's default market for a country outside every market, or nothing known", () => {
		expect(guess({ timeZone: 'Asia/Tokyo', languages: ['ja-JP'], fallback: 'pl' })).toBe('pl');
		expect(guess({ languages: [], fallback: 'il' })).toBe('il');
		expect(guess({ languages: ['not a tag', 'x-'], fallback: 'cz' })).toBe('cz');
	});

	it('lets an explicit choice win over every guess, unless the market no longer exists', () => {
		expect(guess({ stored: 'us', timeZone: 'Europe/Warsaw', languages: ['pl-PL'] })).toBe('us');
		expect(guess({ stored: 'fr', timeZone: 'Europe/Warsaw' })).toBe('pl');
	});

	it('starts each language on the default market if its shoppers speak it, else the market that speaks it first', () => {
		expect(defaultMarketFor(markets, 'en').id).toBe('cz');
		expect(defaultMarketFor(markets, 'cs').id).toBe('cz');
		expect(defaultMarketFor(markets, 'pl').id).toBe('pl');
		expect(defaultMarketFor(markets, 'he').id).toBe('il');
		expect(defaultMarketFor(markets, 'ru').id).toBe('cz');
		expect(defaultMarketFor(markets, 'pt-BR').id).toBe('cz');
	});

	it("is named by the shop, or by its countries in the shopper's language", () => {
		const de = markets.markets.find((m) => m.id === 'de')!;
		expect(marketName(de, 'en', 'en')).toBe('Germany and Austria');
		expect(marketName(de, 'cs', 'en')).toMatch(/^Německo a\sRakousko$/);
		expect(marketName({ ...de, name: { en: 'German-speaking Europe', pl: 'Europa niemieckojęzyczna' } }, 'pl', 'en')).toBe('Europa niemieckojęzyczna');
		// A group without a name in the language takes the default language's rather than a long list.
		expect(marketName({ ...de, name: { en: 'German-speaking Europe' } }, 'vi', 'en')).toBe('German-speaking Europe');
	});
});

describe("a market's channels", () => {
	const channels = channelsFileSchema.parse({
		timeZone: 'Europe/Prague',
		channels: [
			{ id: 'phone-cz', type: 'phone', number: '+420 530 331 870', hours: { 'mon-fri': '08:00-18:00' }, responseTime: { minutes: 2 }, languages: ['cs', 'en'] },
			{ id: 'chat', type: 'chat', widgetScript: 'https://chat.example/w.js', hours: 'always', responseTime: { minutes: 3 }, languages: ['en', 'cs', 'ru'] },
			{ id: 'email', type: 'email', address: 'help@shop.example', hours: 'always', responseTime: { hours: 24 } },
			{ id: 'phone-pl', type: 'phone', number: '+48 22 307 41 90', hours: { 'mon-fri': '08:00-18:00' }, responseTime: { minutes: 2 }, languages: ['pl'] },
		],
	}).channels;
	const cz = markets.markets[0]!;

	it("come in the market's order, the ones that speak the page's language first", () => {
		expect(marketChannels(cz, channels, 'cs').map((c) => c.id)).toEqual(['phone-cz', 'chat', 'email']);
		// A Russian speaker in Czechia: the chat speaks Russian, the Czech phone line does not.
		expect(marketChannels(cz, channels, 'ru').map((c) => c.id)).toEqual(['chat', 'email', 'phone-cz']);
	});

	it('keep the per-language order of a shop without markets, or the file order without one', () => {
		const file: ChannelsFile = { timeZone: 'Europe/Prague', channels, order: { default: ['email', 'chat'], pl: ['phone-pl', 'email'] } };
		expect(channelsFor(file, 'pl').map((c) => c.id)).toEqual(['phone-pl', 'email']);
		expect(channelsFor(file, 'en').map((c) => c.id)).toEqual(['email', 'chat']);
		expect(channelsFor({ timeZone: file.timeZone, channels }, 'en').map((c) => c.id)).toEqual(['phone-cz', 'chat', 'email', 'phone-pl']);
	});

	it("show their hours in the market's time zone, moving hours over midnight to the right day", () => {
		const prague = parseSchedule({ 'mon-fri': '08:00-20:00' });
		// New York is 6 hours behind Prague in winter.
		expect(formatSchedule('en', scheduleIn(prague, 'Europe/Prague', 'America/New_York'))).toEqual([{ days: 'Mon–Fri', hours: '2:00 AM–2:00 PM' }]);
		// Vietnam is 6 hours ahead: the evening hours cross into the next day.
		const vietnam = scheduleIn(prague, 'Europe/Prague', 'Asia/Ho_Chi_Minh');
		expect(vietnam.mon).toEqual([[14 * 60, 24 * 60]]);
		expect(vietnam.tue).toEqual([
			[0, 2 * 60],
			[14 * 60, 24 * 60],
		]);
		expect(vietnam.sat).toEqual([[0, 2 * 60]]);
		// Shifting back and forth changes nothing.
		expect(shiftSchedule(shiftSchedule(prague, 390), -390)).toEqual(prague);
	});
});

describe('markets.yaml', () => {
	let copy: ReturnType<typeof copyFixtureShop> | undefined;
	afterEach(() => copy?.remove());
	const problemsWith = (yaml: string, files: Record<string, string> = {}) => {
		copy = copyFixtureShop({ 'markets.yaml': yaml, ...files });
		return problemsOf(copy).map((p) => `${p.file} ${p.field ?? ''}: ${p.message}`);
	};
	const market = (fields: string) =>
		`default: cz\nmarkets:\n  - id: cz\n    countries: [CZ]\n    languages: [cs]\n    currency: CZK\n    timeZone: Europe/Prague\n    channels: [email]\n${fields}`;

	it('names the file and field of each mistake, in words a shop owner can act on', () => {
		const problems = problemsWith(
			[
				'default: cz',
				'markets:',
				'  - id: Czech Republic',
				'    countries: [CZE]',
				'    languages: [cs]',
				'    currency: Kč',
				'    timeZone: Prague',
				'    channels: [email]',
				'    holidays: [24.12.2026]',
			].join('\n'),
		);
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/content\/markets\.yaml markets\.0\.id: must be lowercase letters/),
				expect.stringMatching(/markets\.0\.countries\.0: must be a two-letter ISO country code/),
				expect.stringMatching(/markets\.0\.currency: must be a three-letter ISO currency code/),
				expect.stringMatching(/markets\.0\.timeZone: must be an IANA time zone/),
				expect.stringMatching(/markets\.0\.holidays\.0: /),
			]),
		);
	});

	it('needs a default that is one of the markets', () => {
		expect(problemsWith(market('').replace('default: cz', 'default: eu'))).toContain('content/markets.yaml default: "eu" is not the id of a market below (cz)');
	});

	it('refuses a country in two markets', () => {
		const problems = problemsWith(
			market(
				['  - id: pl', '    countries: [CZ]', '    languages: [pl]', '    currency: CZK', '    timeZone: Europe/Warsaw', '    channels: [email]'].join('\n'),
			),
		);
		expect(problems).toContain('content/markets.yaml markets.1.countries.0: CZ is already in market "cz"; a country belongs to one market');
	});

	it('refuses unknown channels, and countries the shipping and returns facts do not cover', () => {
		const problems = problemsWith(
			market(
				['  - id: pl', '    countries: [PL]', '    languages: [pl]', '    currency: PLN', '    timeZone: Europe/Warsaw', '    channels: [phone-pl]'].join('\n'),
			),
		);
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/markets\.1\.channels\.0: "phone-pl" is not the id of a channel in content\/contact\/channels\.yaml \(chat, email, phone, whatsapp\)/,
				),
				expect.stringMatching(/markets\.1\.countries\.0: PL is in market "pl", but no zone in content\/policies\/shipping\.yaml ships there/),
			]),
		);
	});

	it("keeps a market's prices in its currency", () => {
		const problems = problemsWith(market('').replace('currency: CZK', 'currency: EUR'));
		expect(problems).toContainEqual(expect.stringMatching(/markets\.0\.currency: is EUR, but shipping method "cz-home" .* charges its shoppers in CZK/));
	});

	it('moves the channel order out of channels.yaml', () => {
		copy = copyFixtureShop();
		const channels = fs.readFileSync(`${copy.content}/contact/channels.yaml`, 'utf8');
		copy.remove();
		const problems = problemsWith(market(''), { 'contact/channels.yaml': `${channels}order:\n  default: [email]\n` });
		expect(problems).toContainEqual(expect.stringMatching(/channels\.yaml order: is replaced by content\/markets\.yaml/));
	});
});
