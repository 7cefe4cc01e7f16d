import { getHelpCenter, type HelpCenter } from '../../shop/help-center.js';
import type { PolicyStrings } from '../../policies/fact-text.js';

/**
 * What a policy component renders with: the language of the text it sits in
 * (a fallback page shows the original's text, so its facts follow that
 * language too), that language's strings and the shop's facts.
 */
export function policyContext(locals: App.Locals): { hc: HelpCenter; strings: PolicyStrings } {
	const hc = getHelpCenter();
	const locale = locals.helpCenterPage?.contentLocale ?? hc.site.defaultLocale;
	return { hc, strings: { locale, t: hc.t(locale), plural: (key) => hc.pluralForms(locale, key) } };
}
