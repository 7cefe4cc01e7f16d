import type { ChannelsFile } from '../contact/channels-schema.js';
import type { ContentProblem } from '../content/problems.js';
import type { Policies } from '../policies/load-policies.js';
import type { MarketsFile } from './market-schema.js';

interface MarketsContext {
	/** content/markets.yaml as shown to the writer. */
	file: string;
	channelsFile: string;
	/** Undefined when the shop has no channels.yaml; 'unreadable' when it has one with problems of its own, reported already. */
	channels: ChannelsFile | 'unreadable' | undefined;
	policies: Pick<Policies, 'returns' | 'shipping'>;
}

/**
 * What markets.yaml says that other files must agree with: the channels it lists exist, the
 * countries it sells to are ones the shipping and returns facts cover, and the channel order
 * lives in one place.
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
