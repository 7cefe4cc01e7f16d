import { z } from 'zod';
import { isoDateSchema } from '../content/article-schema.js';
import { localizedTextSchema } from '../shop/common-schemas.js';
import { moneySchema } from './policy-schema.js';

/**
 * The shop's payment facts (content/policies/payments.yaml): the ways to pay, what each costs
 * and when the money is taken, and how invoices and VAT work. A method's name comes from the
 * UI strings (policy.payments.kind.*), so every language names it; content/markets.yaml says
 * which methods each market offers.
 */

export const PAYMENT_KINDS = [
	'card',
	'paypal',
	'applePay',
	'googlePay',
	'blik',
	'ideal',
	'bancontact',
	'bankTransfer',
	'payLater',
	'cashOnDelivery',
	'giftCard',
] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/** Methods paid through the shopper's bank app at once: the money is taken when they order. */
export const INSTANT_BANK_KINDS: readonly PaymentKind[] = ['blik', 'ideal', 'bancontact'];
/** Methods charged when `chargedWhen` says: at the order, or when the order ships. */
export const CARD_LIKE_KINDS: readonly PaymentKind[] = ['card', 'paypal', 'applePay', 'googlePay'];

const common = {
	id: z
		.string({ error: 'is required: a short id that content/markets.yaml lists, such as "card" or "klarna"' })
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase letters, digits and dashes, like "bank-transfer"' }),
	/** A surcharge for paying this way; most shops have none (the EU forbids card surcharges). */
	fee: moneySchema.optional(),
	/** Orders worth more than this cannot be paid this way. */
	upTo: moneySchema.optional(),
	/** Anything else a shopper should know, per language; shown under the method's name. */
	note: localizedTextSchema.optional(),
};

const days = (what: string) =>
	z
		.number({ error: `must be a number of days: ${what}` })
		.int({ error: 'must be a whole number of days' })
		.min(1, { error: 'must be at least 1 day' });

const simple = (kind: Exclude<PaymentKind, 'card' | 'bankTransfer' | 'payLater' | 'cashOnDelivery'>) => z.strictObject({ kind: z.literal(kind), ...common });

export const paymentMethodSchema = z.discriminatedUnion(
	'kind',
	[
		z.strictObject({
			kind: z.literal('card'),
			...common,
			/** Card brands accepted, as printed on the cards: "Visa", "Mastercard". */
			brands: z.array(z.string().trim().min(1), { error: 'must list the card brands, e.g. "[Visa, Mastercard]"' }).min(1, {
				error: 'must list at least one card brand',
			}),
		}),
		simple('paypal'),
		simple('applePay'),
		simple('googlePay'),
		simple('blik'),
		simple('ideal'),
		simple('bancontact'),
		simple('giftCard'),
		z.strictObject({
			kind: z.literal('bankTransfer'),
			...common,
			/** Days to pay after ordering; unpaid orders are cancelled then, and nothing ships before the money arrives. */
			payWithinDays: days('how long the shopper has to pay after ordering, e.g. 7'),
		}),
		z.strictObject({
			kind: z.literal('payLater'),
			...common,
			/** Who the shopper pays later: "Klarna", "PayPo". */
			provider: z.string({ error: 'is required: who the shopper pays later, e.g. "Klarna"' }).trim().min(1),
			/** Days to pay, counted from the day the order ships. */
			payWithinDays: days('how long the shopper has to pay after the order ships, e.g. 30'),
		}),
		z.strictObject({
			kind: z.literal('cashOnDelivery'),
			id: common.id,
			upTo: common.upTo,
			note: common.note,
			fee: z.never({ error: 'comes from content/policies/shipping.yaml: set cashOnDelivery.fee on the delivery methods that take cash' }).optional(),
		}),
	],
	{ error: `must say what kind of payment it is: kind is one of ${PAYMENT_KINDS.join(', ')}` },
);
export type PaymentMethod = z.output<typeof paymentMethodSchema>;

export const paymentsPolicySchema = z
	.strictObject({
		updated: isoDateSchema,
		/** When cards, PayPal and wallets are charged: when the shopper orders, or when the order ships (only reserved until then). */
		chargedWhen: z.enum(['order', 'shipping'], { error: 'must be order or shipping: when cards and wallets are charged' }),
		/** Every way to pay, in the order checkout shows them. */
		methods: z.array(paymentMethodSchema, { error: 'must list the ways to pay' }).min(1, { error: 'must list at least one way to pay' }),
		invoices: z.strictObject({
			/** When the invoice is emailed. */
			sentWhen: z.enum(['order', 'shipping'], { error: 'must be order or shipping: when the invoice is emailed' }),
			/** Companies with a valid VAT number in another EU country pay no VAT (reverse charge). */
			reverseCharge: z.boolean().default(false),
		}),
	})
	.superRefine((policy, ctx) => {
		const seen = new Map<string, number>();
		policy.methods.forEach((method, index) => {
			const first = seen.get(method.id);
			if (first !== undefined) {
				ctx.addIssue({ code: 'custom', path: ['methods', index, 'id'], message: `"${method.id}" is also the id of method ${first}; ids must differ` });
			} else seen.set(method.id, index);
			if (method.fee && method.upTo && method.fee.currency !== method.upTo.currency) {
				ctx.addIssue({ code: 'custom', path: ['methods', index, 'upTo', 'currency'], message: `must be the fee's currency (${method.fee.currency})` });
			}
		});
	});
export type PaymentsPolicy = z.output<typeof paymentsPolicySchema>;
