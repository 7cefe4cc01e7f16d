import type { Money, ReturnShipping, ReturnsPolicy, ReturnWindow, ShippingMethod, ShippingPolicy, ShippingZone } from './policy-schema.js';

/**
 * Questions about the policies that pages, islands and JSON-LD ask, answered
 * from the facts alone: what applies in a country, which countries share the
 * same rules.
 */

export interface CountryReturnRules {
	countries: string[];
	window: ReturnWindow;
	returnShipping: ReturnShipping;
	methods: ReturnsPolicy['methods'];
	note?: Record<string, string>;
}

/** The rules for one country: the policy with that country's override applied. */
export function returnRulesFor(policy: ReturnsPolicy, country: string): CountryReturnRules {
	const override = policy.overrides.find((o) => o.countries.includes(country));
	return {
		countries: [country],
		window: override?.window ?? policy.window,
		returnShipping: override?.returnShipping ?? policy.returnShipping,
		methods: override?.methods ?? policy.methods,
		...(override?.note ? { note: override.note } : {}),
	};
}

/** Countries grouped by identical rules, in the order of `countries`: one table row or JSON-LD policy each. */
export function returnRuleGroups(policy: ReturnsPolicy): CountryReturnRules[] {
	const groups: CountryReturnRules[] = [];
	for (const country of policy.countries) {
		const rules = returnRulesFor(policy, country);
		const same = groups.find((g) => sameRules(g, rules));
		if (same) same.countries.push(country);
		else groups.push(rules);
	}
	return groups;
}

function sameRules(a: CountryReturnRules, b: CountryReturnRules): boolean {
	const { countries: _a, ...restA } = a;
	const { countries: _b, ...restB } = b;
	return JSON.stringify(restA) === JSON.stringify(restB);
}

/** True when every country has the same return window (then the checker needs no country). */
export function hasOneWindow(policy: ReturnsPolicy): boolean {
	return new Set(policy.countries.map((c) => JSON.stringify(returnRulesFor(policy, c).window))).size === 1;
}

export function zoneOf(policy: ShippingPolicy, country: string): ShippingZone | undefined {
	return policy.zones.find((zone) => zone.countries.includes(country));
}

/** Every country the shop ships to, in zone order. */
export function shippingCountries(policy: ShippingPolicy): string[] {
	return policy.zones.flatMap((zone) => zone.countries);
}

/** The lowest order value that ships free to a country, with any method; undefined when nothing ships free. */
export function freeShippingFrom(policy: ShippingPolicy, country: string): Money | undefined {
	const thresholds = (zoneOf(policy, country)?.methods ?? []).map((m) => m.freeFrom).filter((m): m is Money => m !== undefined);
	return thresholds.sort((a, b) => a.amount - b.amount)[0];
}

/** Methods of a country's zone, cheapest first. */
export function methodsFor(policy: ShippingPolicy, country: string): ShippingMethod[] {
	return [...(zoneOf(policy, country)?.methods ?? [])].sort((a, b) => a.price.amount - b.price.amount);
}

/** The country a locale's shoppers most likely live in, if the shop serves it ("pl" -> "PL", "he" -> "IL"). */
export function likelyCountry(locale: string, countries: readonly string[]): string | undefined {
	try {
		const region = new Intl.Locale(locale).maximize().region;
		return region && countries.includes(region) ? region : undefined;
	} catch {
		return undefined;
	}
}
