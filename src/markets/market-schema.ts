import { z } from 'zod';
import { isoDateSchema } from '../content/article-schema.js';
import { dutyTermsSchema } from '../policies/policy-schema.js';
import { countryCodeSchema, currencyCodeSchema, languageTagSchema, localizedTextSchema, timeZoneSchema } from '../shop/common-schemas.js';

/**
 * content/markets.yaml: the countries the shop sells to, grouped into markets.
 * Language decides the words on a page; the market (the country a shopper
 * ships to) decides the channels and their hours, holidays, currency and the
 * policy facts that apply.
 */

const id = z
	.string({ error: 'is required: a short id such as "pl" or "central-europe"' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase letters, digits and dashes, like "central-europe"' });

export const marketSchema = z.strictObject({
	id,
	/** The market's name per language; without one, the names of its countries in the shopper's language. */
	name: localizedTextSchema.optional(),
	/** ISO 3166 codes of the countries a shopper in this market ships to. */
	countries: z.array(countryCodeSchema, { error: 'must list the market\'s countries, e.g. "[DE, AT]"' }).min(1, { error: 'must list at least one country' }),
	/** Languages spoken there, most common first (the help center's language that fits best is suggested). */
	languages: z
		.array(languageTagSchema, { error: 'must list the languages spoken there, e.g. "[de, en]"' })
		.min(1, { error: 'must list at least one language' }),
	/** What prices are shown in for this market's shoppers. */
	currency: currencyCodeSchema,
	/** Where the market's shoppers live: channel hours and "open now" are shown in this time zone. */
	timeZone: timeZoneSchema,
	/** Other time zones of the market's countries, for guessing a shopper's market from the browser. */
	otherTimeZones: z.array(timeZoneSchema).default([]),
	/** Ids of content/contact/channels.yaml, in the order this market's shoppers prefer them. */
	channels: z.array(id, { error: 'must list channel ids from content/contact/channels.yaml, e.g. "[phone-pl, chat, email]"' }).min(1, {
		error: 'must list at least one channel',
	}),
	/** Public holidays: the market's channels are closed on these days. */
	holidays: z.array(isoDateSchema).default([]),
	/** Ids of content/policies/payments.yaml's methods offered here, in checkout's order; without it, every method. */
	payments: z.array(id, { error: 'must list payment method ids from content/policies/payments.yaml, e.g. "[card, paypal, blik]"' }).min(1).optional(),
	/** Import duties and taxes, and the time customs adds; none inside a customs union (the default). */
	duties: dutyTermsSchema.default({ paidBy: 'none' }),
});

export type Market = z.output<typeof marketSchema>;

export const marketsFileSchema = z
	.strictObject({
		/** The market shown when nothing is known about the shopper (pages without JavaScript, unknown countries). */
		default: id,
		markets: z.array(marketSchema, { error: 'must list the markets, each with an id and its countries' }).min(1, { error: 'must list at least one market' }),
	})
	.superRefine((file, ctx) => {
		const seenIds = new Map<string, number>();
		const seenCountries = new Map<string, string>();
		file.markets.forEach((market, index) => {
			const first = seenIds.get(market.id);
			if (first !== undefined)
				ctx.addIssue({ code: 'custom', path: ['markets', index, 'id'], message: `"${market.id}" is also the id of market ${first}; ids must differ` });
			else seenIds.set(market.id, index);
			market.countries.forEach((country, c) => {
				const owner = seenCountries.get(country);
				if (owner !== undefined) {
					ctx.addIssue({
						code: 'custom',
						path: ['markets', index, 'countries', c],
						message: `${country} is already in market "${owner}"; a country belongs to one market`,
					});
				} else seenCountries.set(country, market.id);
			});
		});
		if (!seenIds.has(file.default)) {
			ctx.addIssue({ code: 'custom', path: ['default'], message: `"${file.default}" is not the id of a market below (${[...seenIds.keys()].join(', ')})` });
		}
	});

export type MarketsFile = z.output<typeof marketsFileSchema>;
