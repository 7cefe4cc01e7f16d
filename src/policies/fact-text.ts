import { timeZoneName } from '../i18n/format.js';
import { formatPlural, type PluralForms } from '../i18n/plural-forms.js';
import type { UiKey } from '../i18n/engine-strings.js';
import { caseForms, type GrammaticalForm } from '../i18n/grammatical-forms.js';
import type { Translate } from '../i18n/translator.js';
import { freeShippingFrom, returnRulesFor } from './facts.js';
import { formatClockTime, formatDayRange, formatMoney } from './format.js';
import type { PaymentsPolicy } from './payment-schema.js';
import { cashOnDeliveryFees, cashOnDeliveryFeeText, paymentMethodList, paymentMethodsIn } from './payments.js';
import type { DayRange, DutyTerms, ReturnShipping, ReturnsPolicy, ShippingPolicy } from './policy-schema.js';

/** The UI strings of one locale, as the fact texts need them. */
export interface PolicyStrings {
	locale: string;
	t: Translate;
	/** A plural UI string's forms, e.g. plural('policy.days'). */
	plural: (key: UiKey) => PluralForms;
}

/** "45 days", or the form a sentence needs ("innerhalb von 45 Tagen" is dative). Throws when the language lacks that form. */
export function days(strings: PolicyStrings, count: number, form: GrammaticalForm = 'nominative'): string {
	const found = caseForms(strings.locale, 'days', form);
	if (found.kind === 'lacking') {
		throw new Error(`form="${form}" is not one the engine has for days in ${strings.locale}; use one of: ${found.available.join(', ')}`);
	}
	return formatPlural(strings.locale, found.kind === 'table' ? found.forms : strings.plural('policy.days'), count);
}

export function businessDays(strings: PolicyStrings, range: DayRange): string {
	return formatDayRange(strings.locale, strings.plural('policy.businessDays'), strings.plural('policy.businessDayRange'), range);
}

export function returnShippingText(strings: PolicyStrings, shipping: ReturnShipping): string {
	return shipping.payer === 'customer'
		? strings.t('policy.returnShipping.customer', { fee: formatMoney(strings.locale, shipping.fee) })
		: strings.t(`policy.returnShipping.${shipping.payer}`);
}

/** Names writers use in <Fact name="..." />, with what each states. */
export const FACT_NAMES = [
	'returnWindow',
	'returnWindowStart',
	'refundTime',
	'defectShipping',
	'returnShippingCost',
	'cutoffTime',
	'handling',
	'freeShippingFrom',
	'customsDuties',
	'customsTime',
	'paymentMethods',
	'cardCharged',
	'bankTransferDays',
	'payLater',
	'cashOnDelivery',
	'invoices',
] as const;
export type FactName = (typeof FACT_NAMES)[number];

/**
 * What a fact is stated from, whether it differs by country (then <Fact> needs country="DE"),
 * and whether it is a bare count that can take a grammatical form (form="genitive").
 */
export const FACT_SOURCES: Readonly<
	Record<FactName, { policy: 'returns' | 'shipping' | 'payments' | 'markets'; country: 'required' | 'optional' | 'none'; takesForm?: true }>
> = {
	returnWindow: { policy: 'returns', country: 'optional', takesForm: true },
	returnWindowStart: { policy: 'returns', country: 'optional' },
	refundTime: { policy: 'returns', country: 'none' },
	defectShipping: { policy: 'returns', country: 'none' },
	returnShippingCost: { policy: 'returns', country: 'required' },
	cutoffTime: { policy: 'shipping', country: 'none' },
	handling: { policy: 'shipping', country: 'none' },
	freeShippingFrom: { policy: 'shipping', country: 'required' },
	customsDuties: { policy: 'markets', country: 'required' },
	customsTime: { policy: 'markets', country: 'required' },
	paymentMethods: { policy: 'payments', country: 'optional' },
	cardCharged: { policy: 'payments', country: 'none' },
	bankTransferDays: { policy: 'payments', country: 'none', takesForm: true },
	payLater: { policy: 'payments', country: 'optional' },
	cashOnDelivery: { policy: 'shipping', country: 'required' },
	invoices: { policy: 'payments', country: 'none' },
};

export interface FactOptions {
	/** Facts that differ by country take one: <Fact name="freeShippingFrom" country="FR" />. */
	country?: string;
	/** A count's case in the sentence: <Fact name="returnWindow" form="genitive" />. */
	form?: GrammaticalForm;
}

export interface PolicyFacts {
	returns?: ReturnsPolicy;
	shipping?: ShippingPolicy;
	/** The import duties of the market a country belongs to (content/markets.yaml). */
	duties?: (country: string) => DutyTerms | undefined;
	payments?: PaymentsPolicy;
	/** The payment method ids of the market a country belongs to; undefined when it lists none (then every method). */
	marketPayments?: (country: string) => readonly string[] | undefined;
}

/** "Import duties … paid on delivery. Orders worth up to $800 pass without duties." */
export function dutiesText(strings: PolicyStrings, duties: DutyTerms): string {
	return [strings.t(`policy.duties.${duties.paidBy}`), ...dutyDetails(strings, duties)].join(' ');
}

/** What a shopper who pays duties on delivery should know besides: the duty-free threshold, the carrier's fee. */
export function dutyDetails(strings: PolicyStrings, duties: DutyTerms): string[] {
	const { t, locale } = strings;
	if (duties.paidBy !== 'shopper') return [];
	return [
		...(duties.dutyFreeUpTo ? [t('policy.duties.dutyFree', { amount: formatMoney(locale, duties.dutyFreeUpTo) })] : []),
		...(duties.clearanceFee ? [t('policy.duties.clearanceFee', { fee: formatMoney(locale, duties.clearanceFee) })] : []),
	];
}

/** A fact as a phrase or sentence in the strings' language. Throws, naming what is missing, when it cannot be stated. */
export function factText(name: string, facts: PolicyFacts, strings: PolicyStrings, options: FactOptions = {}): string {
	const { t, locale } = strings;
	const returns = () => need(facts.returns, name, 'content/policies/returns.yaml');
	const shipping = () => need(facts.shipping, name, 'content/policies/shipping.yaml');
	const payments = () => need(facts.payments, name, 'content/policies/payments.yaml');
	// The methods of the country's market, or of the whole shop when the fact names no country.
	const methodsIn = (inCountry: string | undefined) =>
		paymentMethodsIn(payments(), { shipping: facts.shipping, listed: inCountry ? facts.marketPayments?.(inCountry) : undefined, country: inCountry });
	const dutiesOf = (inCountry: string): DutyTerms => {
		const duties = need(facts.duties, name, 'content/markets.yaml')(inCountry);
		if (!duties) throw new Error(`<Fact name="${name}" country="${inCountry}">: ${inCountry} is in no market of content/markets.yaml`);
		return duties;
	};
	const country = () => {
		if (!options.country) throw new Error(`<Fact name="${name}"> differs by country: add country="DE" (a two-letter code)`);
		return options.country;
	};
	if (options.form && options.form !== 'nominative' && !FACT_SOURCES[name as FactName]?.takesForm) {
		throw new Error(`<Fact name="${name}"> is not a count, so it has no grammatical forms: remove form`);
	}
	switch (name as FactName) {
		case 'returnWindow': {
			const window = options.country ? returnRulesFor(returns(), options.country).window : returns().window;
			return days(strings, window.days, options.form);
		}
		case 'returnWindowStart': {
			const window = options.country ? returnRulesFor(returns(), options.country).window : returns().window;
			return t(`policy.startsOn.${window.startsOn}`);
		}
		case 'refundTime':
			return t('policy.refundTime', { days: days(strings, returns().refundDays) });
		case 'defectShipping': {
			const defect = returns().defectReturnShipping;
			return t(`policy.defectShipping.${defect.payer}`, defect.payer === 'customer' ? { fee: formatMoney(locale, defect.fee) } : {});
		}
		case 'returnShippingCost':
			return returnShippingText(strings, returnRulesFor(returns(), country()).returnShipping);
		case 'cutoffTime':
			return formatClockTime(locale, shipping().cutoffTime);
		case 'handling': {
			const policy = shipping();
			return t('policy.handling', {
				time: formatClockTime(locale, policy.cutoffTime),
				zone: timeZoneName(locale, policy.timeZone),
				days: businessDays(strings, policy.handlingDays),
			});
		}
		case 'freeShippingFrom': {
			const threshold = freeShippingFrom(shipping(), country());
			return threshold ? formatMoney(locale, threshold) : t('policy.notAvailable');
		}
		case 'customsDuties':
			return dutiesText(strings, dutiesOf(country()));
		case 'customsTime': {
			const duties = dutiesOf(country());
			return duties.paidBy === 'none' ? t('policy.duties.noTime') : t('policy.duties.time', { days: businessDays(strings, duties.customsDays) });
		}
		case 'paymentMethods':
			return paymentMethodList(strings, methodsIn(options.country));
		case 'cardCharged':
			return t(`policy.payments.cardCharged.${payments().chargedWhen}`);
		case 'bankTransferDays': {
			const transfer = payments().methods.find((method) => method.kind === 'bankTransfer');
			if (transfer?.kind !== 'bankTransfer') throw new Error(`<Fact name="${name}"> needs a method with kind: bankTransfer in content/policies/payments.yaml`);
			return days(strings, transfer.payWithinDays, options.form);
		}
		case 'payLater': {
			const later = methodsIn(options.country).find((method) => method.kind === 'payLater');
			return later?.kind === 'payLater' ? t('policy.payments.payLater', { count: later.payWithinDays, provider: later.provider }) : t('policy.notAvailable');
		}
		case 'cashOnDelivery': {
			const fees = cashOnDeliveryFees(shipping(), country());
			return fees.length > 0 ? t('policy.payments.cashOnDelivery', { fee: cashOnDeliveryFeeText(strings, fees) }) : t('policy.payments.noCashOnDelivery');
		}
		case 'invoices': {
			const { invoices } = payments();
			return [t(`policy.payments.invoiceSent.${invoices.sentWhen}`), ...(invoices.reverseCharge ? [t('policy.payments.reverseCharge')] : [])].join(' ');
		}
		default:
			throw new Error(`<Fact name="${name}"> is not a fact; use one of: ${FACT_NAMES.join(', ')}`);
	}
}

function need<T>(value: T | undefined, name: string, file: string): T {
	if (value === undefined) throw new Error(`<Fact name="${name}"> needs ${file}, which the shop does not have`);
	return value;
}
