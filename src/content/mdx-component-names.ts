/**
 * The components writers use in MDX without importing them (README
 * "Components for writers"). A plain list because the components themselves
 * are .astro files that only Astro can load, while the content checks run in
 * plain TypeScript (loadShop, scripts, unit tests).
 * src/components/mdx-components.ts is type-checked against this list, so a
 * component cannot be added to one and forgotten in the other.
 */
export const MDX_COMPONENT_NAMES = [
	'Callout',
	'Steps',
	'Video',
	'ContactButton',
	'Fact',
	'ReturnConditions',
	'NonReturnableItems',
	'ReturnCosts',
	'RefundOptions',
	'ReturnChecker',
	'ShippingRates',
	'DeliveryEstimator',
	'CustomsDuties',
	'PaymentMethods',
] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

const names: ReadonlySet<string> = new Set(MDX_COMPONENT_NAMES);

export function isMdxComponentName(name: string): name is MdxComponentName {
	return names.has(name);
}
