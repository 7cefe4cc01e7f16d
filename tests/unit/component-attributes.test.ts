import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../src/content/mdx-safety.js';
import { checkComponentUses, type ShopForComponents } from '../../src/shop/component-attributes.js';
import type { ReturnsPolicy, ShippingPolicy } from '../../src/policies/policy-schema.js';

const FILE = 'content/articles/en/orders/x.mdx';

/** A shop with both policy files and a contact page; the facts themselves do not matter to these checks. */
const fullShop: ShopForComponents = {
	policies: { returns: {} as ReturnsPolicy, shipping: {} as ShippingPolicy },
	hasContactPage: true,
	hasMarkets: false,
};

/** The problems of a body whose first line is line 5 of its file, as "line N: message". */
function problemsOf(body: string, shop: ShopForComponents = fullShop, locale = 'en'): string[] {
	const check = checkMdxBody(body, { file: FILE, firstLine: 5 });
	expect(check.problems).toEqual([]);
	return checkComponentUses(FILE, locale, check.uses, shop).map((p) => `${p.field}: ${p.message}`);
}

describe('component attributes', () => {
	it('accepts what the README shows writers', () => {
		const body = [
			'<Callout type="tip">',
			'',
			'Keep the receipt.',
			'',
			'</Callout>',
			'',
			'Within <Fact name="returnWindow" />, or <Fact name="returnWindow" country="DE" /> in Germany.',
			'',
			'<Video provider="vimeo" id="76979871" title="Packing a parcel" />',
			'',
			'<ContactButton />',
			'',
			'<ReturnChecker />',
		].join('\n');
		expect(problemsOf(body)).toEqual([]);
	});

	it('names the line, the attribute and the values that exist', () => {
		const body = ['Text.', '', '<Callout type="danger">', '', 'Careful.', '', '</Callout>', '', 'Free from <Fact name="freeShipping" />.'].join('\n');
		expect(problemsOf(body)).toEqual([
			'line 7: <Callout> type: must be note, tip or warning (found "danger")',
			expect.stringMatching(
				/^line 13: <Fact> name: is not a fact; use one of: returnWindow, .*freeShippingFrom, customsDuties, customsTime, paymentMethods, .* \(found "freeShipping"\)$/,
			),
		]);
	});

	it('takes a grammatical form for a count, in a language that has it', () => {
		expect(problemsOf('innerhalb von <Fact name="returnWindow" form="dative" />', fullShop, 'de')).toEqual([]);
		expect(problemsOf('w ciągu <Fact name="returnWindow" form="genitive" />', fullShop, 'pl')).toEqual([]);
		// English does not decline "days": any form is the plain one.
		expect(problemsOf('within <Fact name="returnWindow" form="genitive" />')).toEqual([]);
		expect(problemsOf('<Fact name="returnWindow" form="instrumental" />', fullShop, 'de')).toEqual([
			'line 5: <Fact name="returnWindow"> form="instrumental" is not one the engine has for de; use one of: nominative, genitive, dative',
		]);
		expect(problemsOf('<Fact name="cutoffTime" form="genitive" />')).toEqual([
			'line 5: <Fact name="cutoffTime"> is not a count, so it has no grammatical forms: remove form',
		]);
		expect(problemsOf('<Fact name="returnWindow" form="Genitiv" />', fullShop, 'de')).toEqual([
			'line 5: <Fact> form: is not a grammatical form; use one of: nominative, genitive, dative, accusative, instrumental, locative (found "Genitiv")',
		]);
	});

	it('asks for what is missing and for no attribute the component does not take', () => {
		expect(problemsOf('<Video provider="youtube" id="aqz-KE-bpKQ" />')).toEqual([
			'line 5: <Video> title: is required: what the video shows, for people who cannot see it',
		]);
		expect(problemsOf('<Steps count={3}>\n\n1. One\n\n</Steps>')).toEqual(['line 5: <Steps> has no attribute "count"; it takes none']);
		expect(problemsOf('<Fact name="freeShippingFrom" />')).toEqual([
			'line 5: <Fact name="freeShippingFrom"> differs by country: add country="DE" (a two-letter code), or list the shop\'s markets in content/markets.yaml to show each shopper their own',
		]);
		// A shop with markets shows each shopper their market's value.
		expect(problemsOf('<Fact name="freeShippingFrom" />', { ...fullShop, hasMarkets: true })).toEqual([]);
		expect(problemsOf('<Fact name="refundTime" country="de" />')).toEqual([
			'line 5: <Fact> country: must be a two-letter country code in capitals, like country="DE" (found "de")',
		]);
	});

	it('says which shop file a component needs when the shop does not have it', () => {
		const bare: ShopForComponents = { policies: {}, hasContactPage: false, hasMarkets: false };
		expect(problemsOf('<ShippingRates />\n\n<Fact name="refundTime" />\n\n<ContactButton />', bare)).toEqual([
			'line 5: <ShippingRates /> needs content/policies/shipping.yaml, which the shop does not have',
			'line 7: <Fact name="refundTime"> needs content/policies/returns.yaml, which the shop does not have',
			'line 9: <ContactButton /> needs a contact page: add content/contact/channels.yaml or contactForm in site.yaml',
		]);
		expect(problemsOf('<CustomsDuties />\n\n<Fact name="customsTime" country="IL" />', bare)).toEqual([
			'line 5: <CustomsDuties /> needs content/markets.yaml, which the shop does not have',
			'line 7: <Fact name="customsTime"> needs content/markets.yaml, which the shop does not have',
		]);
		expect(problemsOf('<PaymentMethods />\n\n<Fact name="paymentMethods" />\n\n<Fact name="bankTransferDays" country="PL" />', bare)).toEqual([
			'line 5: <PaymentMethods /> needs content/policies/payments.yaml, which the shop does not have',
			'line 7: <Fact name="paymentMethods"> needs content/policies/payments.yaml, which the shop does not have',
			'line 9: <Fact name="bankTransferDays"> is the same in every country: remove country',
			'line 9: <Fact name="bankTransferDays"> needs content/policies/payments.yaml, which the shop does not have',
		]);
		// Cash on delivery costs what the courier charges in a country.
		expect(problemsOf('<Fact name="cashOnDelivery" />')).toEqual([
			'line 5: <Fact name="cashOnDelivery"> differs by country: add country="DE" (a two-letter code), or list the shop\'s markets in content/markets.yaml to show each shopper their own',
		]);
	});
});
