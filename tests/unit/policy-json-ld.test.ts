import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { returnsPolicySchema, shippingPolicySchema } from '../../src/policies/policy-schema.js';
import { merchantReturnPolicies, shippingServices, utcOffset } from '../../src/seo/policy-json-ld.js';

// Facts of a shop with several country groups, free-shipping thresholds and cash on delivery.
const facts = (file: string) => parse(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/policies', file), 'utf8'));
const returns = returnsPolicySchema.parse(facts('returns.yaml'));
const shipping = shippingPolicySchema.parse(facts('shipping.yaml'));

// What Google's merchant return policy and shipping policy documentation requires.
const RETURN_REQUIRED = ['applicableCountry', 'returnPolicyCategory', 'merchantReturnDays', 'returnPolicyCountry'];
const MONETARY_REQUIRED = ['value', 'currency'];

describe('MerchantReturnPolicy from returns.yaml', () => {
	const policies = merchantReturnPolicies(returns);

	it('has every property Google requires, for every country of the policy', () => {
		for (const policy of policies) for (const property of RETURN_REQUIRED) expect(policy, property).toHaveProperty(property);
		expect(policies.flatMap((p) => p.applicableCountry as string[]).sort()).toEqual([...returns.countries].sort());
		for (const policy of policies) {
			if (policy.returnFees === 'https://schema.org/ReturnShippingFees') {
				for (const property of MONETARY_REQUIRED) expect(policy.returnShippingFeesAmount).toHaveProperty(property);
			}
		}
	});

	it('lists only the countries the shop has markets for, dropping groups left empty', () => {
		const sold = merchantReturnPolicies(returns, ['CZ', 'PL', 'DE']);
		expect(sold.map((p) => p.applicableCountry)).toEqual([['CZ'], ['DE'], ['PL']]);
		expect(sold.find((p) => (p.applicableCountry as string[]).includes('PL'))).toMatchObject({ returnShippingFeesAmount: { value: 19.9, currency: 'PLN' } });
	});

	it("states each country group's own fees, methods and window", () => {
		const czech = policies.find((p) => (p.applicableCountry as string[]).includes('CZ'));
		expect(czech).toMatchObject({
			merchantReturnDays: 30,
			returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
			returnFees: 'https://schema.org/FreeReturn',
			returnMethod: ['https://schema.org/ReturnByMail', 'https://schema.org/ReturnAtKiosk', 'https://schema.org/ReturnInStore'],
			itemDefectReturnFees: 'https://schema.org/FreeReturn',
		});
		const poland = policies.find((p) => (p.applicableCountry as string[]).includes('PL'));
		expect(poland).toMatchObject({
			returnFees: 'https://schema.org/ReturnShippingFees',
			returnShippingFeesAmount: { '@type': 'MonetaryAmount', value: 19.9, currency: 'PLN' },
			customerRemorseReturnFees: 'https://schema.org/ReturnShippingFees',
			customerRemorseReturnShippingFeesAmount: { value: 19.9, currency: 'PLN' },
		});
		const israel = policies.find((p) => (p.applicableCountry as string[]).includes('IL'));
		expect(israel).toMatchObject({ returnFees: 'https://schema.org/ReturnFeesCustomerResponsibility', returnMethod: ['https://schema.org/ReturnByMail'] });
		expect(policies.every((p) => (p.refundType as string[]).includes('https://schema.org/FullRefund'))).toBe(true);
	});
});

describe('ShippingService from shipping.yaml', () => {
	const services = shippingServices(shipping);

	it('gives every method conditions with destination and rate, as Google requires', () => {
		expect(services).toHaveLength(shipping.zones.reduce((n, zone) => n + zone.methods.length, 0));
		for (const service of services) {
			const conditions = service.shippingConditions as Record<string, unknown>[];
			expect(conditions.length).toBeGreaterThan(0);
			for (const condition of conditions) {
				expect(condition).toHaveProperty('shippingDestination');
				for (const property of MONETARY_REQUIRED) expect(condition.shippingRate).toHaveProperty(property);
			}
		}
	});

	it('turns a free-shipping threshold into a free rate from that order value on', () => {
		const czechPickup = services.find((s) => s['@id'] === '#shipping-cz-pickup');
		expect(czechPickup?.shippingConditions).toEqual([
			expect.objectContaining({
				shippingRate: { '@type': 'MonetaryAmount', value: 69, currency: 'CZK' },
				orderValue: expect.objectContaining({ maxValue: 2000 }),
			}),
			expect.objectContaining({
				shippingRate: { '@type': 'MonetaryAmount', value: 0, currency: 'CZK' },
				orderValue: expect.objectContaining({ minValue: 2000 }),
			}),
		]);
	});

	it("states handling and transit times with the cut-off in the shop's time zone", () => {
		const service = services[0] as { handlingTime: Record<string, unknown>; shippingConditions: { transitTime: { duration: unknown } }[] };
		expect(service.handlingTime).toMatchObject({
			'@type': 'ServicePeriod',
			duration: { minValue: 0, maxValue: 1, unitCode: 'DAY' },
			cutoffTime: '14:00:00+02:00',
		});
		expect(service.shippingConditions[0]?.transitTime.duration).toEqual({ '@type': 'QuantitativeValue', minValue: 1, maxValue: 2, unitCode: 'DAY' });
		expect(utcOffset('Europe/Prague', new Date('2026-01-15T12:00:00Z'))).toBe('+01:00');
		expect(utcOffset('Asia/Kolkata', new Date('2026-01-15T12:00:00Z'))).toBe('+05:30');
	});
});
