import fs from 'node:fs';
import path from 'node:path';
import { readFrontMatter } from '../content/front-matter.js';
import { checkMdxBody, type ComponentUse } from '../content/mdx-safety.js';
import { problemsFromZod, type ContentProblem } from '../content/problems.js';
import { checkLocalizedText } from '../shop/common-schemas.js';
import { readYaml } from '../shop/read-yaml.js';
import { digestOf } from '../utils/digest.js';
import { paymentsPolicySchema, type PaymentsPolicy } from './payment-schema.js';
import {
	POLICY_PAGES,
	policyPageSchema,
	returnsPolicySchema,
	shippingPolicySchema,
	type PolicyPage,
	type ReturnsPolicy,
	type ShippingPolicy,
} from './policy-schema.js';

/** The prose of a policy page in one language, validated. */
export interface PolicyPageSource {
	/** `<locale>/<page>`: also the id in Astro's `policies` collection. */
	id: string;
	locale: string;
	page: PolicyPage;
	file: string;
	/** Changes whenever the file's text does. */
	digest: string;
	data: { title: string; description: string };
	/** The text below the front matter, and the file's line it starts on. */
	body: string;
	bodyLine: number;
	/** The engine's components the text uses (e.g. ["ReturnChecker"]), sorted: what the page needs besides its text. */
	components: string[];
	/** Each component in the text with its attributes, checked against the shop once everything is loaded. */
	componentUses: ComponentUse[];
}

export interface Policies {
	returns?: ReturnsPolicy;
	shipping?: ShippingPolicy;
	payments?: PaymentsPolicy;
	pages: PolicyPageSource[];
}

interface LoadOptions {
	/** content/policies */
	dir: string;
	locales: readonly string[];
	defaultLocale: string;
	display: (file: string) => string;
	problems: ContentProblem[];
}

/**
 * Reads content/policies: returns.yaml, shipping.yaml and payments.yaml (the facts) and
 * <locale>/returns.mdx, shipping.mdx and payments.mdx (the prose around them). A shop
 * without the folder has no policy pages; one without a facts file has no such page.
 */
export function loadPolicies({ dir, locales, defaultLocale, display, problems }: LoadOptions): Policies {
	const policies: Policies = { pages: [] };
	if (!fs.existsSync(dir)) return policies;

	const returns = readYaml(path.join(dir, 'returns.yaml'), returnsPolicySchema, display, problems, { optional: true });
	if (returns) {
		policies.returns = returns;
		const texts = [
			...returns.conditions.map((text, i) => ({ text, field: `conditions.${i}` })),
			...returns.nonReturnable.map((text, i) => ({ text, field: `nonReturnable.${i}` })),
			...returns.overrides.flatMap((o, i) => (o.note ? [{ text: o.note, field: `overrides.${i}.note` }] : [])),
		];
		for (const { text, field } of texts) {
			problems.push(...checkLocalizedText(text, { file: display(path.join(dir, 'returns.yaml')), field, locales, defaultLocale }));
		}
	}
	const shipping = readYaml(path.join(dir, 'shipping.yaml'), shippingPolicySchema, display, problems, { optional: true });
	if (shipping) policies.shipping = shipping;
	const payments = readYaml(path.join(dir, 'payments.yaml'), paymentsPolicySchema, display, problems, { optional: true });
	if (payments) {
		policies.payments = payments;
		payments.methods.forEach((method, i) => {
			if (method.note) {
				problems.push(
					...checkLocalizedText(method.note, { file: display(path.join(dir, 'payments.yaml')), field: `methods.${i}.note`, locales, defaultLocale }),
				);
			}
		});
	}

	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		if (entry.isDirectory() && !locales.includes(entry.name)) {
			problems.push({
				file: `${display(path.join(dir, entry.name))}/`,
				message: `is not a locale in site.yaml (${locales.join(', ')}); policy texts go in content/policies/<locale>/`,
				unlistedLocale: entry.name,
			});
		}
	}

	for (const page of POLICY_PAGES) {
		if (!policies[page]) continue;
		for (const locale of locales) {
			const file = path.join(dir, locale, `${page}.mdx`);
			if (!fs.existsSync(file)) {
				if (locale === defaultLocale) {
					problems.push({
						file: display(file),
						message: `is missing: ${page}.yaml has the facts, and the ${page} page needs its text in the default locale (${defaultLocale})`,
					});
				}
				continue;
			}
			const shown = display(file);
			const text = fs.readFileSync(file, 'utf8');
			const front = readFrontMatter(text);
			if (!front.ok) {
				problems.push(...front.messages.map((message) => ({ file: shown, message })));
				continue;
			}
			const parsed = policyPageSchema.safeParse(front.data, { reportInput: true });
			if (!parsed.success) problems.push(...problemsFromZod(shown, parsed.error));
			const body = checkMdxBody(front.body, { file: shown, firstLine: front.bodyLine });
			problems.push(...body.problems);
			if (!parsed.success || body.problems.length > 0) continue;
			policies.pages.push({
				id: `${locale}/${page}`,
				locale,
				page,
				file: shown,
				digest: digestOf(text),
				data: parsed.data,
				body: front.body,
				bodyLine: front.bodyLine,
				components: body.components,
				componentUses: body.uses,
			});
		}
	}
	return policies;
}

/** A policy page's text in a locale, or the default locale's when it is not translated. */
export function policyTextFor(
	policies: Pick<Policies, 'pages'>,
	page: PolicyPage,
	locale: string,
	defaultLocale: string,
): { source: PolicyPageSource; isFallback: boolean } | undefined {
	const textIn = (language: string) => policies.pages.find((p) => p.locale === language && p.page === page);
	const own = textIn(locale);
	if (own) return { source: own, isFallback: false };
	const original = textIn(defaultLocale);
	return original && { source: original, isFallback: true };
}
