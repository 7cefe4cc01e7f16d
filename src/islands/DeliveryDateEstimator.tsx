import { useEffect, useId, useState } from 'react';
import { fillTemplate } from '../i18n/plural-forms.js';
import { useShopperCountry } from './use-shopper-country.js';
import CountrySelect from './CountrySelect.js';
import { estimateDelivery, type DispatchRules, type PlainDate } from '../policies/dates.js';
import { formatShortDate } from '../policies/format.js';
import { markAsReact } from './react-island.js';

export interface EstimatorCountry {
	code: string;
	name: string;
	/** Business days on the way, customs included. */
	methods: { id: string; label: string; transitDays: { min: number; max: number } }[];
	/** "Includes 1–3 business days for customs." for a country outside the customs union. */
	customsNote?: string;
}

export interface DeliveryDateEstimatorProps {
	locale: string;
	countries: EstimatorCountry[];
	initialCountry: string;
	rules: DispatchRules;
	/** The handling rule in words, shown without JavaScript too. */
	rule: string;
	strings: { title: string; country: string; leaves: string; arrives: string; arrivesOn: string; note: string };
}

/**
 * "When will my order arrive?": for an order paid now, the days each method
 * delivers to the chosen country, counting the shop's cut-off time and
 * business days in its own time zone. Without JavaScript only the rule shows.
 */
export default function DeliveryDateEstimator({ locale, countries, initialCountry, rules, rule, strings }: DeliveryDateEstimatorProps) {
	const id = useId();
	const [now, setNow] = useState<Date | null>(null);
	const [country, setCountry] = useShopperCountry(initialCountry, countries);
	useEffect(() => setNow(new Date()), []);

	const destination = countries.find((c) => c.code === country) ?? countries[0];
	const short = (date: PlainDate) => formatShortDate(locale, date);
	const span = (from: PlainDate, to: PlainDate) => (from === to ? short(from) : `${short(from)} – ${short(to)}`);

	return (
		<section className="hc-tool" aria-labelledby={`${id}-title`}>
			<h2 id={`${id}-title`} className="hc-tool__title">
				{strings.title}
			</h2>
			<p className="hc-tool__rule">{rule}</p>
			{now && destination && (
				<>
					<div className="hc-tool__fields">
						<CountrySelect id={`${id}-country`} label={strings.country} countries={countries} value={destination.code} onChange={setCountry} />
					</div>
					<ul className="hc-tool__estimates" aria-live="polite">
						{destination.methods.map((method) => {
							const estimate = estimateDelivery(now, rules, method.transitDays);
							return (
								<li key={method.id}>
									<strong>{method.label}</strong>
									<span className="hc-tool__arrives">
										{estimate.earliest === estimate.latest
											? fillTemplate(strings.arrivesOn, { date: short(estimate.earliest) })
											: fillTemplate(strings.arrives, { from: short(estimate.earliest), to: short(estimate.latest) })}
									</span>
									<span className="hc-muted">{fillTemplate(strings.leaves, { date: span(estimate.shipsFrom, estimate.shipsBy) })}</span>
								</li>
							);
						})}
					</ul>
					{destination.customsNote && <p className="hc-muted">{destination.customsNote}</p>}
					<p className="hc-muted">{strings.note}</p>
				</>
			)}
		</section>
	);
}

markAsReact(DeliveryDateEstimator);
