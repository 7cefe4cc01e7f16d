import { z } from 'zod';
import { isoDateSchema } from '../content/article-schema.js';
import { countryCodeSchema, currencyCodeSchema, localizedTextSchema, timeZoneSchema, type LocalizedText } from '../shop/common-schemas.js';

/**
 * The shop's returns and shipping facts (content/policies/returns.yaml and
 * shipping.yaml). Facts live only here; every language renders them, so no
 * translation can state another return window, fee or delivery time.
 */

export const moneySchema = z.strictObject({
	amount: z.number({ error: 'must be a number, such as 4.90' }).nonnegative({ error: 'must not be negative' }),
	currency: currencyCodeSchema,
});
export type Money = z.output<typeof moneySchema>;

export type { LocalizedText };

const dayRange = z
	.strictObject({
		min: z.number().int().nonnegative({ error: 'must be 0 or more days' }),
		max: z.number().int().nonnegative({ error: 'must be 0 or more days' }),
	})
	.refine((range) => range.max >= range.min, { error: 'max must not be less than min' });
export type DayRange = z.output<typeof dayRange>;

const clockTime = z.string({ error: 'must be a time such as "14:00"' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time such as "14:00"' });

/**
 * Import duties and taxes of a market (content/markets.yaml `duties`): none inside a customs
 * union; prepaid by the shop at checkout (DDP), so the shopper pays nothing more; or paid by the
 * shopper to the carrier on delivery, above the country's duty-free threshold, often with the
 * carrier's clearance fee. Customs adds business days to the delivery time either way.
 */
export const dutyTermsSchema = z.discriminatedUnion(
	'paidBy',
	[
		z.strictObject({ paidBy: z.literal('none') }),
		z.strictObject({ paidBy: z.literal('shop'), customsDays: dayRange }),
		z.strictObject({
			paidBy: z.literal('shopper'),
			customsDays: dayRange,
			/** Orders worth up to this pass without duties. */
			dutyFreeUpTo: moneySchema.optional(),
			/** What the carrier charges for clearing customs, on top of the duties. */
			clearanceFee: moneySchema.optional(),
		}),
	],
	{ error: 'must say who pays import duties: "paidBy: none" (no customs), "shop" (prepaid at checkout) or "shopper" (paid on delivery)' },
);
export type DutyTerms = z.output<typeof dutyTermsSchema>;

export const RETURN_METHODS = ['mail', 'store', 'dropOff'] as const;
export const REFUND_TYPES = ['originalPayment', 'storeCredit', 'exchange'] as const;

/** Who pays for sending a return back, and how much when the shopper does. */
const returnShipping = z.discriminatedUnion(
	'payer',
	[
		z.strictObject({ payer: z.literal('shop') }),
		z.strictObject({ payer: z.literal('customer'), fee: moneySchema }),
		// The shopper sends it back their own way and pays the carrier directly.
		z.strictObject({ payer: z.literal('customerOwnCarrier') }),
	],
	{ error: 'must say who pays: payer: shop, payer: customer with a fee, or payer: customerOwnCarrier' },
);
export type ReturnShipping = z.output<typeof returnShipping>;

const returnWindow = z.strictObject({
	days: z.number({ error: 'must be a number of days, such as 30' }).int().min(1, { error: 'must be at least 1 day' }),
	startsOn: z.enum(['delivery', 'purchase'], { error: 'must be delivery or purchase: the day the return window starts' }),
});
export type ReturnWindow = z.output<typeof returnWindow>;

/** What may differ for some countries. */
const returnOverride = z.strictObject({
	countries: z.array(countryCodeSchema).min(1),
	window: returnWindow.optional(),
	returnShipping: returnShipping.optional(),
	methods: z.array(z.enum(RETURN_METHODS)).min(1).optional(),
	/** Why this country differs, e.g. a statutory right; shown under the rules. */
	note: localizedTextSchema.optional(),
});

export const returnsPolicySchema = z
	.strictObject({
		updated: isoDateSchema,
		/** Where returns are sent: the country of the warehouse. */
		returnTo: countryCodeSchema,
		countries: z.array(countryCodeSchema, { error: 'must list the countries the policy applies to' }).min(1),
		window: returnWindow,
		conditions: z.array(localizedTextSchema).min(1, { error: 'must list at least one condition, e.g. unused with tags attached' }),
		nonReturnable: z.array(localizedTextSchema).default([]),
		methods: z.array(z.enum(RETURN_METHODS, { error: `must be one of ${RETURN_METHODS.join(', ')}` })).min(1),
		/** Return shipping for a change of mind. */
		returnShipping: returnShipping,
		/** Faulty or wrong items: the shop always pays, unless set otherwise. */
		defectReturnShipping: returnShipping.default({ payer: 'shop' }),
		refundTypes: z.array(z.enum(REFUND_TYPES, { error: `must be one of ${REFUND_TYPES.join(', ')}` })).min(1),
		/** Most days from receiving a return to sending the refund. */
		refundDays: z.number().int().min(1),
		exchanges: z.strictObject({ allowed: z.boolean(), free: z.boolean().default(true) }),
		overrides: z.array(returnOverride).default([]),
	})
	.superRefine((policy, ctx) => {
		const seen = new Set<string>();
		policy.overrides.forEach((override, index) => {
			for (const country of override.countries) {
				if (!policy.countries.includes(country)) {
					ctx.addIssue({
						code: 'custom',
						path: ['overrides', index, 'countries'],
						message: `"${country}" is not in countries (${policy.countries.join(', ')})`,
					});
				}
				if (seen.has(country)) ctx.addIssue({ code: 'custom', path: ['overrides', index, 'countries'], message: `"${country}" has more than one override` });
				seen.add(country);
			}
		});
	});
export type ReturnsPolicy = z.output<typeof returnsPolicySchema>;

export const SHIPPING_SERVICES = ['home', 'pickup', 'express', 'economy'] as const;

const shippingMethod = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lowercase letters, digits and hyphens' }),
	/** What kind of delivery it is; its name comes from the UI strings (policy.service.*). */
	service: z.enum(SHIPPING_SERVICES, { error: `must be one of ${SHIPPING_SERVICES.join(', ')}` }),
	carrier: z.string().trim().min(1),
	price: moneySchema,
	/** Orders of at least this value ship free with this method. */
	freeFrom: moneySchema.optional(),
	/** Business days in transit, after the parcel leaves the warehouse. */
	transitDays: dayRange,
	cashOnDelivery: z.strictObject({ fee: moneySchema }).optional(),
});
export type ShippingMethod = z.output<typeof shippingMethod>;

const shippingZone = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lowercase letters, digits and hyphens' }),
	countries: z.array(countryCodeSchema).min(1),
	methods: z.array(shippingMethod).min(1, { error: 'must list at least one delivery method' }),
});
export type ShippingZone = z.output<typeof shippingZone>;

export const shippingPolicySchema = z
	.strictObject({
		updated: isoDateSchema,
		/** The warehouse's time zone: cut-off times and business days are counted there. */
		timeZone: timeZoneSchema,
		/** Orders paid before this time on a business day start being handled that day. */
		cutoffTime: clockTime,
		/** Business days from the order (or the next business day after the cut-off) until the parcel leaves. */
		handlingDays: dayRange,
		/** Days the warehouse does not ship, besides weekends (public holidays). */
		holidays: z.array(isoDateSchema).default([]),
		zones: z.array(shippingZone).min(1),
	})
	.superRefine((policy, ctx) => {
		const zoneOf = new Map<string, string>();
		policy.zones.forEach((zone, index) => {
			for (const country of zone.countries) {
				const other = zoneOf.get(country);
				if (other) ctx.addIssue({ code: 'custom', path: ['zones', index, 'countries'], message: `"${country}" is already in zone "${other}"` });
				zoneOf.set(country, zone.id);
			}
			zone.methods.forEach((method, m) => {
				if (method.freeFrom && method.freeFrom.currency !== method.price.currency) {
					ctx.addIssue({
						code: 'custom',
						path: ['zones', index, 'methods', m, 'freeFrom', 'currency'],
						message: `must be the price's currency (${method.price.currency})`,
					});
				}
			});
		});
	});
export type ShippingPolicy = z.output<typeof shippingPolicySchema>;

/** Front matter of content/policies/<locale>/returns.mdx, shipping.mdx and payments.mdx: the prose around the facts. */
export const policyPageSchema = z.strictObject({
	title: z.string({ error: 'is required: the page title, e.g. "Returns and refunds"' }).trim().min(1),
	description: z.string({ error: 'is required: one sentence for search results' }).trim().min(1).max(200),
});

export const POLICY_PAGES = ['returns', 'shipping', 'payments'] as const;
export type PolicyPage = (typeof POLICY_PAGES)[number];
