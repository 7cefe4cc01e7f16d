import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINE_STRINGS } from '../../src/i18n/engine-strings.js';
import { factText, type PolicyFacts } from '../../src/policies/fact-text.js';
import { PAYMENT_KINDS, paymentsPolicySchema, type PaymentMethod, type PaymentsPolicy } from '../../src/policies/payment-schema.js';
import {
	cashOnDeliveryFees,
	cashOnDeliveryFeeText,
	paymentCost,
	paymentDetails,
	paymentMethodName,
	paymentMethodsIn,
	paymentTiming,
} from '../../src/policies/payments.js';
import { shippingPolicySchema } from '../../src/policies/policy-schema.js';
import { acceptedPaymentMethods } from '../../src/seo/policy-json-ld.js';
import { enginePolicyStrings } from '../helpers/engine-translator.js';
import { copyFixtureShop, problemsOf } from '../helpers/shop-copy.js';

const shipping = shippingPolicySchema.parse(parse(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/policies/shipping.yaml'), 'utf8')));

/** A method of each kind, as a shop would write them. */
const policy: PaymentsPolicy = paymentsPolicySchema.parse({
	updated: '2026-11-01',
	chargedWhen: 'order',
	methods: [
		{ id: 'card', kind: 'card', brands: ['Visa', 'Mastercard'] },
		{ id: 'paypal', kind: 'paypal' },
		{ id: 'apple-pay', kind: 'applePay' },
		{ id: 'google-pay', kind: 'googlePay' },
		{ id: 'blik', kind: 'blik' },
		{ id: 'ideal', kind: 'ideal' },
		{ id: 'bancontact', kind: 'bancontact' },
		{ id: 'transfer', kind: 'bankTransfer', payWithinDays: 5 },
		{ id: 'klarna', kind: 'payLater', provider: 'Klarna', payWithinDays: 30, upTo: { amount: 1500, currency: 'EUR' } },
		{ id: 'cod', kind: 'cashOnDelivery' },
		{ id: 'gift', kind: 'giftCard' },
	],
	invoices: { sentWhen: 'shipping', reverseCharge: true },
});
const method = (id: string): PaymentMethod => policy.methods.find((m) => m.id === id)!;

describe('payments.yaml', () => {
	const problems = (input: unknown) => {
		const parsed = paymentsPolicySchema.safeParse(input);
		return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
	};
	const base = { updated: '2026-11-01', chargedWhen: 'order', invoices: { sentWhen: 'order' } };

	it('says what is wrong with a method, field by field', () => {
		expect(
			problems({
				...base,
				methods: [
					{ id: 'card', kind: 'card', brands: [] },
					{ id: 'card', kind: 'paypal' },
					{ id: 'later', kind: 'payLater', provider: 'Klarna' },
					{ id: 'cod', kind: 'cashOnDelivery', fee: { amount: 2, currency: 'EUR' } },
					{ id: 'cheque', kind: 'cheque' },
				],
			}),
		).toEqual([
			'methods.0.brands: must list at least one card brand',
			'methods.2.payWithinDays: must be a number of days: how long the shopper has to pay after the order ships, e.g. 30',
			'methods.3.fee: comes from content/policies/shipping.yaml: set cashOnDelivery.fee on the delivery methods that take cash',
			`methods.4.kind: must say what kind of payment it is: kind is one of ${PAYMENT_KINDS.join(', ')}`,
		]);
		expect(
			problems({
				...base,
				methods: [
					{ id: 'card', kind: 'paypal' },
					{ id: 'card', kind: 'giftCard' },
				],
			}),
		).toEqual(['methods.1.id: "card" is also the id of method 0; ids must differ']);
		expect(problems({ ...base, chargedWhen: 'later', methods: [{ id: 'paypal', kind: 'paypal' }] })).toEqual([
			'chargedWhen: must be order or shipping: when cards and wallets are charged',
		]);
	});
});

describe('the methods of a country', () => {
	it("keeps the market's order and leaves out cash on delivery where no courier takes cash", () => {
		expect(paymentMethodsIn(policy, { shipping, listed: ['cod', 'blik', 'card'], country: 'PL' }).map((m) => m.id)).toEqual(['cod', 'blik', 'card']);
		expect(paymentMethodsIn(policy, { shipping, listed: ['cod', 'card'], country: 'DE' }).map((m) => m.id)).toEqual(['card']);
		expect(paymentMethodsIn(policy).map((m) => m.id)).toEqual(policy.methods.map((m) => m.id));
	});

	it("states the courier's cash fee, lowest first, per currency", () => {
		const en = enginePolicyStrings('en');
		expect(cashOnDeliveryFees(shipping, 'PL').map((fee) => fee.amount)).toEqual([7]);
		expect(cashOnDeliveryFeeText(en, [{ amount: 39, currency: 'CZK' }])).toBe('CZK\u00a039');
		expect(
			cashOnDeliveryFeeText(en, [
				{ amount: 2.5, currency: 'EUR' },
				{ amount: 1.9, currency: 'EUR' },
			]),
		).toBe('from €1.90');
		expect(
			cashOnDeliveryFeeText(enginePolicyStrings('cs'), [
				{ amount: 39, currency: 'CZK' },
				{ amount: 1.9, currency: 'EUR' },
			]),
		).toBe('39\u00a0Kč nebo 1,90\u00a0€');
		expect(cashOnDeliveryFeeText(en, [])).toBe('Not available');
	});
});

describe('payment methods in words', () => {
	it('names each method and says when the money is taken', () => {
		const en = enginePolicyStrings('en');
		const table = policy.methods.map((m) => [paymentMethodName(en, m), paymentTiming(en, policy, m), paymentCost(en, m, [{ amount: 39, currency: 'CZK' }])]);
		expect(table).toEqual([
			['Credit or debit card', 'When you place the order', 'None'],
			['PayPal', 'When you place the order', 'None'],
			['Apple Pay', 'When you place the order', 'None'],
			['Google Pay', 'When you place the order', 'None'],
			['BLIK', "When you place the order, confirmed in your bank's app", 'None'],
			['iDEAL', "When you place the order, confirmed in your bank's app", 'None'],
			['Bancontact', "When you place the order, confirmed in your bank's app", 'None'],
			['Bank transfer', 'Within 5 days of ordering; we ship when the money arrives', 'None'],
			['Pay later with Klarna', 'To Klarna, within 30 days after your order ships', 'None'],
			['Cash on delivery', 'To the courier when your parcel arrives', 'CZK\u00a039'],
			['Gift card', 'At checkout; you pay any rest with another method', 'None'],
		]);
		expect(paymentTiming(en, { ...policy, chargedWhen: 'shipping' }, method('card'))).toBe('When your order ships; until then the amount is only reserved');
		expect(paymentDetails(en, method('card'), undefined)).toEqual(['Visa and Mastercard']);
		expect(paymentDetails(en, method('klarna'), 'Only for adults.')).toEqual(['For orders up to €1,500', 'Only for adults.']);
	});

	it('counts the days to pay in each language', () => {
		const transfer = (locale: string, days: number) =>
			paymentTiming(enginePolicyStrings(locale), policy, { id: 'transfer', kind: 'bankTransfer', payWithinDays: days });
		expect(transfer('ru', 1)).toMatch(/\b1 дн/);
		expect(transfer('ru', 5)).toMatch(/\b5 дней/);
		expect(transfer('pl', 3)).toMatch(/\b3 dni/);
		expect(transfer('cs', 5)).toMatch(/\b5 dn/);
		expect(transfer('en', 1)).toBe('Within 1 day of ordering; we ship when the money arrives');
	});

	// Every language the engine speaks names and times every method, with nothing left of a template.
	it.each(Object.keys(ENGINE_STRINGS))('has every method in %s', (locale) => {
		const strings = enginePolicyStrings(locale);
		for (const m of policy.methods) {
			for (const text of [paymentMethodName(strings, m), paymentTiming(strings, policy, m), paymentCost(strings, m, [{ amount: 7, currency: 'PLN' }])]) {
				expect(text.trim()).not.toBe('');
				expect(text).not.toMatch(/\{\{|policy\.payments/);
			}
		}
		if (locale !== 'en')
			expect(paymentTiming(strings, policy, method('transfer'))).not.toBe(paymentTiming(enginePolicyStrings('en'), policy, method('transfer')));
	});
});

describe('payment facts', () => {
	const facts: PolicyFacts = { shipping, payments: policy, marketPayments: (country) => (country === 'PL' ? ['blik', 'cod', 'card'] : undefined) };
	const en = enginePolicyStrings('en');

	it("lists a country's market's methods, or every method", () => {
		expect(factText('paymentMethods', facts, en, { country: 'PL' })).toBe('BLIK, Cash on delivery, and Credit or debit card');
		expect(factText('paymentMethods', { ...facts, marketPayments: () => ['card', 'paypal'] }, en, { country: 'FR' })).toBe('Credit or debit card and PayPal');
	});

	it('states charging, bank transfer days, paying later, cash on delivery and invoices', () => {
		expect(factText('cardCharged', facts, en)).toBe('We charge cards, PayPal and wallets when you place the order.');
		expect(factText('bankTransferDays', facts, en)).toBe('5 days');
		expect(factText('bankTransferDays', facts, enginePolicyStrings('ru'), { form: 'genitive' })).toBe('5 дней');
		expect(factText('payLater', facts, en, { country: 'DE' })).toBe('With Klarna, you pay within 30 days after your order ships.');
		expect(factText('payLater', facts, en, { country: 'PL' })).toBe('Not available');
		expect(factText('cashOnDelivery', facts, en, { country: 'PL' })).toBe(
			'Paying on delivery costs PLN\u00a07 extra, which the courier collects together with the price of your order.',
		);
		expect(factText('cashOnDelivery', facts, en, { country: 'DE' })).toBe('Cash on delivery is not available for deliveries to your country.');
		expect(factText('invoices', facts, en)).toBe(
			'We email your invoice as a PDF when your order ships. If your company has a valid VAT number from another EU country, we do not charge VAT: the reverse charge applies.',
		);
	});

	it('names what a fact needs when the shop lacks it', () => {
		expect(() => factText('cardCharged', { shipping }, en)).toThrow(
			'<Fact name="cardCharged"> needs content/policies/payments.yaml, which the shop does not have',
		);
		expect(() => factText('bankTransferDays', { payments: { ...policy, methods: [method('card')] } }, en)).toThrow(
			'<Fact name="bankTransferDays"> needs a method with kind: bankTransfer in content/policies/payments.yaml',
		);
	});
});

describe('structured data', () => {
	it('lists each card brand as a PaymentCard and typed methods with their schema.org type', () => {
		const en = enginePolicyStrings('en');
		const methods = acceptedPaymentMethods([method('card'), method('transfer'), method('cod'), method('klarna'), method('paypal')], (m) =>
			paymentMethodName(en, m),
		);
		expect(methods).toEqual([
			{ '@type': 'PaymentCard', name: 'Visa' },
			{ '@type': 'PaymentCard', name: 'Mastercard' },
			{ '@type': 'PaymentMethod', name: 'Bank transfer', paymentMethodType: 'https://schema.org/ByBankTransferInAdvance' },
			{ '@type': 'PaymentMethod', name: 'Cash on delivery', paymentMethodType: 'https://schema.org/COD' },
			{ '@type': 'PaymentMethod', name: 'Pay later with Klarna', paymentMethodType: 'https://schema.org/ByInvoice' },
			{ '@type': 'PaymentMethod', name: 'PayPal' },
		]);
	});
});

describe("a market's payment methods", () => {
	let copy: ReturnType<typeof copyFixtureShop> | undefined;
	afterEach(() => copy?.remove());
	const problemsWith = (files: Record<string, string>) => {
		copy = copyFixtureShop(files);
		return problemsOf(copy).map((p) => `${p.file} ${p.field ?? ''}: ${p.message}`);
	};
	const markets = (czPayments: string) =>
		[
			'default: cz',
			'markets:',
			'  - id: cz',
			'    countries: [CZ]',
			'    languages: [cs]',
			'    currency: CZK',
			'    timeZone: Europe/Prague',
			'    channels: [email]',
			`    payments: ${czPayments}`,
			'  - id: il',
			'    countries: [IL]',
			'    languages: [he]',
			'    currency: EUR',
			'    timeZone: Asia/Jerusalem',
			'    channels: [email]',
			'    payments: [card, cash-on-delivery, klarna]',
		].join('\n');

	it('refuses unknown ids, cash on delivery where no courier takes cash, and amounts in another currency', () => {
		expect(problemsWith({ 'markets.yaml': markets('[card, cheque, klarna]') })).toEqual(
			expect.arrayContaining([
				'content/markets.yaml markets.0.payments.1: "cheque" is not the id of a method in content/policies/payments.yaml (card, paypal, bank-transfer, klarna, cash-on-delivery)',
				'content/markets.yaml markets.0.payments.2: offers "klarna", whose amounts in content/policies/payments.yaml are in EUR, but the market pays in CZK; give this market a method of its own in CZK',
				'content/markets.yaml markets.1.payments.1: offers "cash-on-delivery" (cash on delivery), but no delivery method to IL in content/policies/shipping.yaml takes cash; add cashOnDelivery there or remove it here',
			]),
		);
	});

	it('refuses payment methods in a shop without payments.yaml', () => {
		copy = copyFixtureShop();
		fs.rmSync(path.join(copy.content, 'policies/payments.yaml'));
		fs.rmSync(path.join(copy.content, 'policies/en/payments.mdx'));
		const problems = problemsOf(copy).map((p) => `${p.file} ${p.field ?? ''}: ${p.message}`);
		expect(problems).toContain(
			'content/markets.yaml markets.0.payments: lists payment methods, but the shop has no content/policies/payments.yaml to define them',
		);
	});

	it('needs the payments page in the default language', () => {
		copy = copyFixtureShop();
		fs.rmSync(path.join(copy.content, 'policies/en/payments.mdx'));
		expect(problemsOf(copy).map((p) => `${p.file}: ${p.message}`)).toEqual([
			'content/policies/en/payments.mdx: is missing: payments.yaml has the facts, and the payments page needs its text in the default locale (en)',
		]);
	});
});
