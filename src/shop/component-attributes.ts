import { z } from 'zod';
import type { ComponentUse } from '../content/mdx-safety.js';
import type { MdxComponentName } from '../content/mdx-component-names.js';
import type { ContentProblem } from '../content/problems.js';
import { caseForms, GRAMMATICAL_FORMS } from '../i18n/grammatical-forms.js';
import { FACT_NAMES, FACT_SOURCES } from '../policies/fact-text.js';
import type { Policies } from '../policies/load-policies.js';
import { VIDEO_ID_PATTERN, VIDEO_PROVIDERS } from '../writer/video.js';

/**
 * The attributes writers give the engine's components, checked with the shop
 * check rather than when Astro renders the page: a wrong <Callout type> or
 * <Fact name> then names the file and the line, together with every other
 * problem, instead of stopping the build halfway with the route of a page.
 * The components keep their own checks as a last guard.
 */

/** What a component may be given; a component without attributes takes none. */
const ATTRIBUTES: Readonly<Record<MdxComponentName, z.ZodType>> = {
	Callout: z.strictObject({ type: z.enum(['note', 'tip', 'warning'], { error: 'must be note, tip or warning' }).optional() }),
	Steps: z.strictObject({}),
	Video: z.strictObject({
		provider: z.enum(VIDEO_PROVIDERS, { error: `must be ${VIDEO_PROVIDERS.join(' or ')}` }),
		id: z.string({ error: 'is required: the id from the video address, e.g. aqz-KE-bpKQ' }).regex(VIDEO_ID_PATTERN, {
			error: 'is not a video id: use the id from the video address, e.g. aqz-KE-bpKQ',
		}),
		title: z.string({ error: 'is required: what the video shows, for people who cannot see it' }).trim().min(1, { error: 'must say what the video shows' }),
	}),
	ContactButton: z.strictObject({}),
	Fact: z.strictObject({
		name: z.enum(FACT_NAMES, { error: `is not a fact; use one of: ${FACT_NAMES.join(', ')}` }),
		country: z
			.string({ error: 'must be a two-letter country code in quotes, like country="DE"' })
			.regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code in capitals, like country="DE"' })
			.optional(),
		form: z.enum(GRAMMATICAL_FORMS, { error: `is not a grammatical form; use one of: ${GRAMMATICAL_FORMS.join(', ')}` }).optional(),
	}),
	ReturnConditions: z.strictObject({}),
	NonReturnableItems: z.strictObject({}),
	ReturnCosts: z.strictObject({}),
	RefundOptions: z.strictObject({}),
	ReturnChecker: z.strictObject({}),
	ShippingRates: z.strictObject({}),
	DeliveryEstimator: z.strictObject({}),
	CustomsDuties: z.strictObject({}),
	PaymentMethods: z.strictObject({}),
};

/** The policy facts each component states; it cannot render without their file. */
type FactSource = 'returns' | 'shipping' | 'payments' | 'markets';
const NEEDS_POLICY: Partial<Record<MdxComponentName, FactSource>> = {
	ReturnConditions: 'returns',
	NonReturnableItems: 'returns',
	ReturnCosts: 'returns',
	RefundOptions: 'returns',
	ReturnChecker: 'returns',
	ShippingRates: 'shipping',
	DeliveryEstimator: 'shipping',
	CustomsDuties: 'markets',
	PaymentMethods: 'payments',
};

export interface ShopForComponents {
	policies: Pick<Policies, 'returns' | 'shipping' | 'payments'>;
	hasContactPage: boolean;
	/** With markets, a fact that differs by country follows the shopper's market when it names none. */
	hasMarkets: boolean;
}

/** Problems with the components one text (in `locale`) uses: attributes, and what the shop must have for them. */
export function checkComponentUses(file: string, locale: string, uses: readonly ComponentUse[], shop: ShopForComponents): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const use of uses) {
		const add = (message: string) => problems.push({ file, field: `line ${use.line}`, message });
		// An attribute that was code is reported already; what the others mean cannot be judged without it.
		if (use.incomplete) continue;
		const checked = ATTRIBUTES[use.name].safeParse(use.attributes, { reportInput: true });
		if (!checked.success) {
			for (const issue of checked.error.issues) add(describe(use.name, issue));
			continue;
		}
		const policy = use.name === 'Fact' ? factPolicy(use, locale, shop.hasMarkets, add) : NEEDS_POLICY[use.name];
		if (policy === 'markets') {
			if (!shop.hasMarkets) add(`<${use.name}${factAttribute(use)}> needs content/markets.yaml, which the shop does not have`);
		} else if (policy && !shop.policies[policy]) add(`<${use.name}${factAttribute(use)}> needs content/policies/${policy}.yaml, which the shop does not have`);
		if (use.name === 'ContactButton' && !shop.hasContactPage) {
			add('<ContactButton /> needs a contact page: add content/contact/channels.yaml or contactForm in site.yaml');
		}
	}
	return problems;
}

/** The policy a <Fact> states from; a fact that differs by country needs one, and a form must be one the text's language has. */
function factPolicy(use: ComponentUse, locale: string, hasMarkets: boolean, add: (message: string) => void): FactSource {
	const name = use.attributes.name as keyof typeof FACT_SOURCES;
	const source = FACT_SOURCES[name];
	const form = use.attributes.form as (typeof GRAMMATICAL_FORMS)[number] | undefined;
	if (form && form !== 'nominative' && !source.takesForm) add(`<Fact name="${name}"> is not a count, so it has no grammatical forms: remove form`);
	if (form && source.takesForm) {
		const found = caseForms(locale, 'days', form);
		if (found.kind === 'lacking')
			add(`<Fact name="${name}"> form="${form}" is not one the engine has for ${locale}; use one of: ${found.available.join(', ')}`);
	}
	if (source.country === 'required' && use.attributes.country === undefined && !hasMarkets) {
		add(
			`<Fact name="${name}"> differs by country: add country="DE" (a two-letter code), or list the shop's markets in content/markets.yaml to show each shopper their own`,
		);
	}
	if (source.country === 'none' && use.attributes.country !== undefined) {
		add(`<Fact name="${name}"> is the same in every country: remove country`);
	}
	return source.policy;
}

function factAttribute(use: ComponentUse): string {
	return use.name === 'Fact' ? ` name="${String(use.attributes.name)}"` : ' /';
}

function describe(component: MdxComponentName, issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') {
		const takes = Object.keys((ATTRIBUTES[component] as z.ZodObject).shape);
		const what = issue.keys.map((key) => `"${key}"`).join(', ');
		return `<${component}> has no attribute ${what}; ${takes.length > 0 ? `it takes ${takes.join(', ')}` : 'it takes none'}`;
	}
	const attribute = issue.path.map(String).join('.');
	const found = issue.input === undefined ? '' : ` (found ${JSON.stringify(issue.input)})`;
	return `<${component}> ${attribute}: ${issue.message}${found}`;
}
