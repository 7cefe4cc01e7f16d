import type { Channel } from '../contact/channels-schema.js';
import { countryList } from '../policies/format.js';
import type { Market, MarketsFile } from './market-schema.js';

/**
 * Questions pages ask of the markets: which one a page shows before anything
 * is known about the shopper, what a market is called in a language, which
 * channels it lists.
 */

function primaryLanguage(tag: string): string {
	return tag.split('-')[0]!.toLowerCase();
}

/**
 * The market a page in `locale` shows without JavaScript, and before the browser has guessed:
 * the shop's default market when its shoppers speak the language, else the first market whose
 * main language it is (Polish pages show Poland's channels), else the shop's default.
 */
export function defaultMarketFor(file: MarketsFile, locale: string): Market {
	const language = primaryLanguage(locale);
	const fallback = file.markets.find((m) => m.id === file.default) ?? file.markets[0]!;
	if (fallback.languages.some((tag) => primaryLanguage(tag) === language)) return fallback;
	return file.markets.find((m) => primaryLanguage(m.languages[0]!) === language) ?? fallback;
}

/** Every country the shop has a market for; undefined for a shop without markets.yaml. */
export function marketCountries(file: MarketsFile | undefined): string[] | undefined {
	return file?.markets.flatMap((market) => market.countries);
}

export function marketOfCountry(file: MarketsFile, country: string): Market | undefined {
	return file.markets.find((m) => m.countries.includes(country));
}

/** The market's own name in the language, else its countries' names ("Rakousko a Maďarsko"). */
export function marketName(market: Market, locale: string, defaultLocale: string): string {
	const own = market.name?.[locale] ?? (market.countries.length > 1 ? market.name?.[defaultLocale] : undefined);
	if (own) return own;
	return countryList(locale, market.countries);
}

/**
 * The channels a market lists, in its order; channels whose staff do not speak the page's
 * language move after those that do (a Russian speaker in Czechia sees chat before the Czech
 * phone line), keeping the market's order within each group.
 */
export function marketChannels(market: Market, channels: readonly Channel[], locale: string): Channel[] {
	const listed = market.channels.map((id) => channels.find((c) => c.id === id)).filter((c): c is Channel => c !== undefined);
	const language = primaryLanguage(locale);
	const speaks = (channel: Channel) => !channel.languages || channel.languages.some((tag) => primaryLanguage(tag) === language);
	return [...listed.filter(speaks), ...listed.filter((c) => !speaks(c))];
}

/**
 * The attributes of an element shown only to some markets' shoppers (see market-script.ts).
 * Search indexes the page's default market's text only, so excerpts never repeat a fact.
 */
export function variantAttributes(markets: readonly string[], pageDefault: string): Record<string, string> {
	const isDefault = markets.includes(pageDefault);
	return { class: 'hc-market-variant', 'data-markets': markets.join(' '), ...(isDefault ? { 'data-market-default': '' } : { 'data-pagefind-ignore': '' }) };
}

/** What the browser needs to guess a shopper's market: every id, and which market a country or time zone belongs to. */
export interface MarketGuessTable {
	markets: string[];
	countries: Record<string, string>;
	timeZones: Record<string, string>;
}

export function marketGuessTable(file: MarketsFile): MarketGuessTable {
	const countries: Record<string, string> = {};
	const timeZones: Record<string, string> = {};
	for (const market of file.markets) {
		for (const country of market.countries) countries[country] = market.id;
		for (const zone of [market.timeZone, ...market.otherTimeZones]) timeZones[zone] ??= market.id;
	}
	return { markets: file.markets.map((m) => m.id), countries, timeZones };
}

/**
 * Groups markets that would show the same thing, so a page renders each distinct
 * variant once: `key` says what the market shows (a digest, a text).
 */
export function variantsBy<T>(
	markets: readonly Market[],
	show: (market: Market) => T,
	key: (shown: T) => string = (shown) => JSON.stringify(shown),
): { markets: string[]; shown: T }[] {
	const variants = new Map<string, { markets: string[]; shown: T }>();
	for (const market of markets) {
		const shown = show(market);
		const k = key(shown);
		const variant = variants.get(k);
		if (variant) variant.markets.push(market.id);
		else variants.set(k, { markets: [market.id], shown });
	}
	return [...variants.values()];
}
