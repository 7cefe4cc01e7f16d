import type { PolicyStrings } from './fact-text.js';
import { zoneOf } from './facts.js';
import { formatMoney } from './format.js';
import { CARD_LIKE_KINDS, INSTANT_BANK_KINDS, type PaymentMethod, type PaymentsPolicy } from './payment-schema.js';
import type { Money, ShippingPolicy } from './policy-schema.js';

/**
 * Questions about paying, answered from content/policies/payments.yaml (and shipping.yaml for
 * cash on delivery, whose fee belongs to the delivery method): which methods a country's
 * shoppers have, and how each reads in a language.
 */

/** Cash-on-delivery fees of the delivery methods to a country that take cash, lowest first; empty when none do. */
export function cashOnDeliveryFees(shipping: ShippingPolicy | undefined, country: string): Money[] {
	const fees = (shipping && zoneOf(shipping, country)?.methods.map((m) => m.cashOnDelivery?.fee)) ?? [];
	return fees.filter((fee): fee is Money => fee !== undefined).sort((a, b) => a.amount - b.amount);
}

export interface PaymentScope {
	shipping?: ShippingPolicy | undefined;
	/** The method ids a market lists (content/markets.yaml `payments`); every method when it lists none. */
	listed?: readonly string[] | undefined;
	/** The country an order ships to: cash on delivery is left out where no delivery method takes cash. */
	country?: string | undefined;
}

/** The methods a shopper can use, in the order the market lists them (else payments.yaml's order). */
export function paymentMethodsIn(policy: PaymentsPolicy, { shipping, listed, country }: PaymentScope = {}): PaymentMethod[] {
	const methods = listed ? listed.map((id) => policy.methods.find((m) => m.id === id)).filter((m): m is PaymentMethod => m !== undefined) : policy.methods;
	if (country === undefined || !shipping) return methods;
	return methods.filter((method) => method.kind !== 'cashOnDelivery' || cashOnDeliveryFees(shipping, country).length > 0);
}

/** "Credit or debit card", "Pay later with Klarna". */
export function paymentMethodName(strings: PolicyStrings, method: PaymentMethod): string {
	return method.kind === 'payLater'
		? strings.t('policy.payments.kind.payLater', { provider: method.provider })
		: strings.t(`policy.payments.kind.${method.kind}`);
}

/** When the money is taken, as a table cell: "When you place the order", "Within 7 days of ordering …". */
export function paymentTiming(strings: PolicyStrings, policy: PaymentsPolicy, method: PaymentMethod): string {
	const { t } = strings;
	if (CARD_LIKE_KINDS.includes(method.kind)) return t(`policy.payments.timing.${policy.chargedWhen}`);
	if (INSTANT_BANK_KINDS.includes(method.kind)) return t('policy.payments.timing.instant');
	switch (method.kind) {
		case 'bankTransfer':
			return t('policy.payments.timing.bankTransfer', { count: method.payWithinDays });
		case 'payLater':
			return t('policy.payments.timing.payLater', { count: method.payWithinDays, provider: method.provider });
		case 'cashOnDelivery':
			return t('policy.payments.timing.cashOnDelivery');
		default:
			return t('policy.payments.timing.giftCard');
	}
}

/**
 * The courier's fee for cash on delivery: "39 Kč", or "from 1,90 €" when delivery methods differ;
 * fees in several currencies (a shop without markets) read "from 39 Kč or from 1,90 €".
 */
export function cashOnDeliveryFeeText(strings: PolicyStrings, fees: readonly Money[]): string {
	if (fees.length === 0) return strings.t('policy.notAvailable');
	const currencies = [...new Set(fees.map((fee) => fee.currency))];
	const texts = currencies.map((currency) => {
		const [lowest, ...others] = fees.filter((fee) => fee.currency === currency).sort((a, b) => a.amount - b.amount) as [Money, ...Money[]];
		const fee = formatMoney(strings.locale, lowest);
		return others.some((other) => other.amount !== lowest.amount) ? strings.t('policy.payments.feeFrom', { fee }) : fee;
	});
	return new Intl.ListFormat(strings.locale, { type: 'disjunction' }).format(texts);
}

/** What paying this way adds to an order: its surcharge, the courier's cash fee, or "None". */
export function paymentCost(strings: PolicyStrings, method: PaymentMethod, codFees: readonly Money[]): string {
	if (method.kind === 'cashOnDelivery') return cashOnDeliveryFeeText(strings, codFees);
	return method.fee ? formatMoney(strings.locale, method.fee) : strings.t('policy.payments.noFee');
}

/** "Visa, Mastercard …", the limit and the writer's note: what the table says under a method's name. */
export function paymentDetails(strings: PolicyStrings, method: PaymentMethod, note: string | undefined): string[] {
	const brands = method.kind === 'card' ? [new Intl.ListFormat(strings.locale, { type: 'conjunction' }).format(method.brands)] : [];
	const limit = method.upTo ? [strings.t('policy.payments.upTo', { amount: formatMoney(strings.locale, method.upTo) })] : [];
	return [...brands, ...limit, ...(note ? [note] : [])];
}

/** "Credit or debit card, PayPal and BLIK": the methods' names as one list in the language. */
export function paymentMethodList(strings: PolicyStrings, methods: readonly PaymentMethod[]): string {
	return new Intl.ListFormat(strings.locale, { type: 'conjunction' }).format(methods.map((method) => paymentMethodName(strings, method)));
}
