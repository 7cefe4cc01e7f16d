import type { PolicyStrings } from '../../policies/fact-text.js';
import type { PaymentsPolicy } from '../../policies/payment-schema.js';
import type { ReturnsPolicy, ShippingPolicy } from '../../policies/policy-schema.js';
import type { HelpCenter } from '../../shop/help-center.js';
import { likelyCountry } from '../../policies/facts.js';

/**
 * What a policy component renders with: the language of the text it sits in
 * (a fallback page shows the original's text, so its facts follow that
 * language too), that language's strings and the shop's facts. `returns()`
 * and `shipping()` stop the build, naming the component, when the shop has
 * no such facts.
 */
/**
 * The country a policy tool starts on before the browser knows the shopper's: the first of the
 * page's default market's countries that the tool covers, else the country most shoppers of the
 * page's language live in.
 */
export function shopperCountry(hc: HelpCenter, pageLocale: string, countries: readonly string[]): string | undefined {
	const market = hc.defaultMarket(pageLocale);
	return market?.countries.find((c) => countries.includes(c)) ?? likelyCountry(pageLocale, countries);
}

export function policyContext(locals: App.Locals, component: string) {
	const hc: HelpCenter = locals.page.hc;
	const locale = locals.page.textLocale;
	const strings: PolicyStrings = { locale, t: hc.t(locale), plural: (key) => hc.pluralForms(locale, key) };
	const need = <T>(facts: T | undefined, file: string): T => {
		if (!facts) throw new Error(`<${component} /> needs content/policies/${file}, which the shop does not have`);
		return facts;
	};
	return {
		hc,
		strings,
		/** The page's own locale (for links), which differs from the text's on a fallback page. */
		pageLocale: locals.page.locale,
		returns: (): ReturnsPolicy => need(hc.policies.returns, 'returns.yaml'),
		shipping: (): ShippingPolicy => need(hc.policies.shipping, 'shipping.yaml'),
		payments: (): PaymentsPolicy => need(hc.policies.payments, 'payments.yaml'),
	};
}
