import type { ChannelsFile } from '../contact/channels-schema.js';
import type { ContentProblem } from '../content/problems.js';
import type { Policies } from '../policies/load-policies.js';
import { cashOnDeliveryFees } from '../policies/payments.js';
import type { Money } from '../policies/policy-schema.js';
import type { MarketsFile } from './market-schema.js';

interface MarketsContext {
	/** content/markets.yaml as shown to the writer. */
	file: string;
	channelsFile: string;
	/** Undefined when the shop has no channels.yaml; 'unreadable' when it has one with problems of its own, reported already. */
	channels: ChannelsFile | 'unreadable' | undefined;
	policies: Pick<Policies, 'returns' | 'shipping' | 'payments'>;
}

/**
 * What markets.yaml says that other files must agree with: the channels it lists exist, the
 * countries it sells to are ones the shipping and returns facts cover, the payment methods it
 * offers exist and can be used there, and the channel order lives in one place.
 */
export function checkMarkets(markets: MarketsFile, { file, channelsFile, channels, policies }: MarketsContext): ContentProblem[] {
	const problems: ContentProblem[] = [];
	if (channels !== 'unreadable' && channels?.order) {
		problems.push({
			file: channelsFile,
			field: 'order',
			message:
				'is replaced by content/markets.yaml, where each market lists its channels in the order its shoppers prefer; move the lists there and remove "order"',
		});
	}
	const channelIds = new Set(channels === 'unreadable' ? [] : (channels?.channels.map((c) => c.id) ?? []));
	const shipped = new Set(policies.shipping?.zones.flatMap((zone) => zone.countries) ?? []);
	const returnable = new Set(policies.returns?.countries ?? []);
	markets.markets.forEach((market, index) => {
		if (channels === undefined) {
			problems.push({ file, field: `markets.${index}.channels`, message: 'lists channels, but the shop has no content/contact/channels.yaml to define them' });
		} else if (channels !== 'unreadable') {
			market.channels.forEach((id, c) => {
				if (!channelIds.has(id)) {
					problems.push({
						file,
						field: `markets.${index}.channels.${c}`,
						message: `"${id}" is not the id of a channel in ${channelsFile} (${[...channelIds].join(', ')})`,
					});
				}
			});
		}
		// Prices are shown as the shop charges them: a market's must be in its currency.
		for (const zone of policies.shipping?.zones.filter((z) => z.countries.some((country) => market.countries.includes(country))) ?? []) {
			for (const method of zone.methods) {
				const other = [method.price, method.freeFrom, method.cashOnDelivery?.fee].find((money) => money && money.currency !== market.currency);
				if (other) {
					problems.push({
						file,
						field: `markets.${index}.currency`,
						message: `is ${market.currency}, but shipping method "${method.id}" in content/policies/shipping.yaml charges its shoppers in ${other.currency}; use one currency for both`,
					});
				}
			}
		}
		problems.push(...checkMarketPayments(market, index, file, policies));
		market.countries.forEach((country, c) => {
			if (policies.shipping && !shipped.has(country)) {
				problems.push({
					file,
					field: `markets.${index}.countries.${c}`,
					message: `${country} is in market "${market.id}", but no zone in content/policies/shipping.yaml ships there; add it to a zone or remove it here`,
				});
			}
			if (policies.returns && !returnable.has(country)) {
				problems.push({
					file,
					field: `markets.${index}.countries.${c}`,
					message: `${country} is in market "${market.id}", but content/policies/returns.yaml does not list it in "countries"; add it there or remove it here`,
				});
			}
		});
	});
	return problems;
}

/** A market's payment methods exist, cash on delivery is offered only where a delivery method takes cash, and fees are in the market's currency. */
function checkMarketPayments(market: MarketsFile['markets'][number], index: number, file: string, policies: MarketsContext['policies']): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const { payments, shipping } = policies;
	if (!payments) {
		if (market.payments) {
			problems.push({
				file,
				field: `markets.${index}.payments`,
				message: 'lists payment methods, but the shop has no content/policies/payments.yaml to define them',
			});
		}
		return problems;
	}
	const ids = payments.methods.map((m) => m.id);
	(market.payments ?? []).forEach((id, p) => {
		if (!ids.includes(id)) {
			problems.push({
				file,
				field: `markets.${index}.payments.${p}`,
				message: `"${id}" is not the id of a method in content/policies/payments.yaml (${ids.join(', ')})`,
			});
		}
	});
	const listed = market.payments;
	const offered = listed ? payments.methods.filter((m) => listed.includes(m.id)) : payments.methods;
	for (const method of offered) {
		const field = listed ? `markets.${index}.payments.${listed.indexOf(method.id)}` : `markets.${index}`;
		// Without a list, cash on delivery is simply left out where no delivery method takes cash.
		if (method.kind === 'cashOnDelivery' && listed && shipping) {
			const without = market.countries.filter((country) => cashOnDeliveryFees(shipping, country).length === 0);
			if (without.length > 0) {
				problems.push({
					file,
					field,
					message: `offers "${method.id}" (cash on delivery), but no delivery method to ${without.join(', ')} in content/policies/shipping.yaml takes cash; add cashOnDelivery there or remove it here`,
				});
			}
		}
		const other = [method.fee, method.upTo].find((money): money is Money => money !== undefined && money.currency !== market.currency);
		if (other) {
			problems.push({
				file,
				field,
				message: `offers "${method.id}", whose amounts in content/policies/payments.yaml are in ${other.currency}, but the market pays in ${market.currency}; give this market a method of its own in ${market.currency}`,
			});
		}
	}
	return problems;
}
