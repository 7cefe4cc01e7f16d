import type { MdxComponentName } from '../content/mdx-component-names.js';
import ContentLink from './ContentLink.astro';
import SectionHeading2 from './SectionHeading2.astro';
import SectionHeading3 from './SectionHeading3.astro';
import CustomsDuties from './policy/CustomsDuties.astro';
import DeliveryEstimator from './policy/DeliveryEstimator.astro';
import Fact from './policy/Fact.astro';
import NonReturnableItems from './policy/NonReturnableItems.astro';
import PaymentMethods from './policy/PaymentMethods.astro';
import RefundOptions from './policy/RefundOptions.astro';
import ReturnChecker from './policy/ReturnChecker.astro';
import ReturnConditions from './policy/ReturnConditions.astro';
import ReturnCosts from './policy/ReturnCosts.astro';
import ShippingRates from './policy/ShippingRates.astro';
import Callout from './writer/Callout.astro';
import ContactButton from './writer/ContactButton.astro';
import Steps from './writer/Steps.astro';
import Video from './writer/Video.astro';

/**
 * Components writers use in MDX without importing them (README "Components
 * for writers"): callouts, steps, videos, a contact button, and the policy
 * components that state the shop's facts from content/policies/*.yaml in the
 * language of the text around them.
 *
 * The content checks (src/content/mdx-safety.ts) cannot import .astro files, so
 * they read the names from MDX_COMPONENT_NAMES; `satisfies` keeps the two the
 * same: a component missing here, or one here that the list lacks, is a type
 * error. `a`, `h2` and `h3` are not writers' components but the overrides for
 * Markdown links and section headings (with the link beside them).
 */
export const mdxComponents = {
	a: ContentLink,
	h2: SectionHeading2,
	h3: SectionHeading3,
	Callout,
	Steps,
	Video,
	ContactButton,
	Fact,
	ReturnConditions,
	NonReturnableItems,
	ReturnCosts,
	RefundOptions,
	ReturnChecker,
	ShippingRates,
	DeliveryEstimator,
	CustomsDuties,
	PaymentMethods,
} satisfies Record<MdxComponentName | 'a' | 'h2' | 'h3', unknown>;
