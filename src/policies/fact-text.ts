import { timeZoneName } from '../i18n/format.js';
import { formatPlural, type PluralForms } from '../i18n/plural-forms.js';
import type { UiKey } from '../i18n/engine-strings.js';
import type { Translate } from '../i18n/translator.js';
import { freeShippingFrom, returnRulesFor } from './facts.js';
import { formatClockTime, formatDayRange, formatMoney } from './format.js';
import type { DayRange, ReturnShipping, ReturnsPolicy, ShippingPolicy } from './policy-schema.js';

/** The UI strings of one locale, as the fact texts need them. */
export interface PolicyStrings {
	locale: string;
	t: Translate;
	/** A plural UI string's forms, e.g. plural('policy.days'). */
	plural: (key: UiKey) => PluralForms;
}

export function days(strings: PolicyStrings, count: number): string {
	return formatPlural(strings.locale, strings.plural('policy.days'), count);
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
] as const;
export type FactName = (typeof FACT_NAMES)[number];

/** What a fact is stated from, and whether it differs by country (then <Fact> needs country="DE"). */
export const FACT_SOURCES: Readonly<Record<FactName, { policy: 'returns' | 'shipping'; country: 'required' | 'optional' | 'none' }>> = {
	returnWindow: { policy: 'returns', country: 'optional' },
	returnWindowStart: { policy: 'returns', country: 'optional' },
	refundTime: { policy: 'returns', country: 'none' },
	defectShipping: { policy: 'returns', country: 'none' },
	returnShippingCost: { policy: 'returns', country: 'required' },
	cutoffTime: { policy: 'shipping', country: 'none' },
	handling: { policy: 'shipping', country: 'none' },
	freeShippingFrom: { policy: 'shipping', country: 'required' },
};

/** Facts that differ by country take one: <Fact name="freeShippingFrom" country="FR" />. */
export interface FactOptions {
	country?: string;
}

export interface PolicyFacts {
	returns?: ReturnsPolicy;
	shipping?: ShippingPolicy;
}

/** A fact as a phrase or sentence in the strings' language. Throws, naming what is missing, when it cannot be stated. */
export function factText(name: string, facts: PolicyFacts, strings: PolicyStrings, options: FactOptions = {}): string {
	const { t, locale } = strings;
	const returns = () => need(facts.returns, name, 'content/policies/returns.yaml');
	const shipping = () => need(facts.shipping, name, 'content/policies/shipping.yaml');
	const country = () => {
		if (!options.country) throw new Error(`<Fact name="${name}"> differs by country: add country="DE" (a two-letter code)`);
		return options.country;
	};
	switch (name as FactName) {
		case 'returnWindow': {
			const window = options.country ? returnRulesFor(returns(), options.country).window : returns().window;
			return days(strings, window.days);
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
		default:
			throw new Error(`<Fact name="${name}"> is not a fact; use one of: ${FACT_NAMES.join(', ')}`);
	}
}

function need<T>(value: T | undefined, name: string, file: string): T {
	if (value === undefined) throw new Error(`<Fact name="${name}"> needs ${file}, which the shop does not have`);
	return value;
}
