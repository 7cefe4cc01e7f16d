import { returnRuleGroups } from '../policies/facts.js';
import type { PaymentKind, PaymentMethod } from '../policies/payment-schema.js';
import type { Money, ReturnShipping, ReturnsPolicy, ShippingPolicy } from '../policies/policy-schema.js';

/**
 * schema.org structured data from the policy facts, as Google reads it for
 * merchant listings: an Organization's MerchantReturnPolicy and its
 * ShippingService, and the payment methods it accepts. Built from the same YAML as the pages, so they cannot
 * disagree.
 */

type JsonLd = Record<string, unknown>;

const RETURN_METHOD: Record<ReturnsPolicy['methods'][number], string> = {
	mail: 'https://schema.org/ReturnByMail',
	store: 'https://schema.org/ReturnInStore',
	dropOff: 'https://schema.org/ReturnAtKiosk',
};

const REFUND_TYPE: Record<ReturnsPolicy['refundTypes'][number], string> = {
	originalPayment: 'https://schema.org/FullRefund',
	storeCredit: 'https://schema.org/StoreCreditRefund',
	exchange: 'https://schema.org/ExchangeRefund',
};

function monetaryAmount(money: Money): JsonLd {
	return { '@type': 'MonetaryAmount', value: money.amount, currency: money.currency };
}

/** returnFees (and the amount, when the shopper pays a set fee) for one kind of return. */
function fees(shipping: ReturnShipping, prefix = ''): JsonLd {
	const key = (name: string) => (prefix ? `${prefix}${name[0]?.toUpperCase()}${name.slice(1)}` : name);
	switch (shipping.payer) {
		case 'shop':
			return { [key('returnFees')]: 'https://schema.org/FreeReturn' };
		case 'customer':
			return {
				[key('returnFees')]: 'https://schema.org/ReturnShippingFees',
				[key('returnShippingFeesAmount')]: monetaryAmount(shipping.fee),
			};
		case 'customerOwnCarrier':
			return { [key('returnFees')]: 'https://schema.org/ReturnFeesCustomerResponsibility' };
	}
}

/**
 * One MerchantReturnPolicy per group of countries with the same rules; `sellsTo` (the countries
 * of content/markets.yaml) keeps only the countries the shop has markets for.
 */
export function merchantReturnPolicies(policy: ReturnsPolicy, sellsTo?: readonly string[]): JsonLd[] {
	const groups = returnRuleGroups(policy).flatMap((group) => {
		const countries = sellsTo ? group.countries.filter((country) => sellsTo.includes(country)) : group.countries;
		return countries.length > 0 ? [{ ...group, countries }] : [];
	});
	return groups.map((group) => ({
		'@type': 'MerchantReturnPolicy',
		applicableCountry: group.countries,
		returnPolicyCountry: policy.returnTo,
		returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
		merchantReturnDays: group.window.days,
		returnMethod: group.methods.map((method) => RETURN_METHOD[method]),
		...fees(group.returnShipping),
		refundType: policy.refundTypes.map((type) => REFUND_TYPE[type]),
		// A change of mind costs what the country's rules say; a faulty item what defectReturnShipping says.
		...fees(group.returnShipping, 'customerRemorse'),
		...fees(policy.defectReturnShipping, 'itemDefect'),
	}));
}

const WEEKDAYS = [
	'https://schema.org/Monday',
	'https://schema.org/Tuesday',
	'https://schema.org/Wednesday',
	'https://schema.org/Thursday',
	'https://schema.org/Friday',
];

/** The UTC offset of a time zone on a date, as "+01:00", for cutoffTime. */
export function utcOffset(timeZone: string, at: Date): string {
	const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
	const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
	return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00';
}

/**
 * One ShippingService per method, with conditions per destination: the
 * price, and a free rate from the free-shipping threshold on.
 */
export function shippingServices(policy: ShippingPolicy, at: Date = new Date(`${policy.updated}T12:00:00Z`)): JsonLd[] {
	const businessDays = { '@type': 'OpeningHoursSpecification', dayOfWeek: WEEKDAYS };
	const handlingTime = {
		'@type': 'ServicePeriod',
		duration: { '@type': 'QuantitativeValue', minValue: policy.handlingDays.min, maxValue: policy.handlingDays.max, unitCode: 'DAY' },
		businessDays,
		cutoffTime: `${policy.cutoffTime}:00${utcOffset(policy.timeZone, at)}`,
	};
	return policy.zones.flatMap((zone) =>
		zone.methods.map((method) => {
			const destination = zone.countries.map((country) => ({ '@type': 'DefinedRegion', addressCountry: country }));
			const transitTime = {
				'@type': 'ServicePeriod',
				duration: { '@type': 'QuantitativeValue', minValue: method.transitDays.min, maxValue: method.transitDays.max, unitCode: 'DAY' },
				businessDays,
			};
			const paid: JsonLd = {
				'@type': 'ShippingConditions',
				shippingDestination: destination,
				shippingRate: monetaryAmount(method.price),
				transitTime,
				...(method.freeFrom
					? { orderValue: { '@type': 'MonetaryAmount', minValue: 0, maxValue: method.freeFrom.amount, currency: method.freeFrom.currency } }
					: {}),
			};
			const free: JsonLd[] = method.freeFrom
				? [
						{
							'@type': 'ShippingConditions',
							shippingDestination: destination,
							shippingRate: { '@type': 'MonetaryAmount', value: 0, currency: method.price.currency },
							transitTime,
							orderValue: { '@type': 'MonetaryAmount', minValue: method.freeFrom.amount, currency: method.freeFrom.currency },
						},
					]
				: [];
			return {
				'@type': 'ShippingService',
				'@id': `#shipping-${method.id}`,
				name: `${method.carrier} (${zone.countries.join(', ')})`,
				handlingTime,
				shippingConditions: [paid, ...free],
			};
		}),
	);
}

/** schema.org's payment method types for the kinds that have one; the rest are named PaymentMethods. */
const PAYMENT_METHOD_TYPE: Partial<Record<PaymentKind, string>> = {
	bankTransfer: 'https://schema.org/ByBankTransferInAdvance',
	cashOnDelivery: 'https://schema.org/COD',
	payLater: 'https://schema.org/ByInvoice',
};

/**
 * An Organization's acceptedPaymentMethod: each card brand as a PaymentCard, the other
 * methods as PaymentMethods named in the page's language, with schema.org's type where one
 * exists (bank transfer in advance, cash on delivery, invoice). Google documents no rich result
 * for it; other consumers of schema.org (and assistants reading the page) use it.
 */
export function acceptedPaymentMethods(methods: readonly PaymentMethod[], nameOf: (method: PaymentMethod) => string): JsonLd[] {
	return methods.flatMap((method) => {
		if (method.kind === 'card') return method.brands.map((brand) => ({ '@type': 'PaymentCard', name: brand }));
		const type = PAYMENT_METHOD_TYPE[method.kind];
		return [{ '@type': 'PaymentMethod', name: nameOf(method), ...(type ? { paymentMethodType: type } : {}) }];
	});
}
