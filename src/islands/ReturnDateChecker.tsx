import { useEffect, useId, useState } from 'react';
import { formatDate } from '../i18n/format.js';
import { formatPlural, fillTemplate, type PluralForms } from '../i18n/plural-forms.js';
import { daysBetween, returnDeadline, type PlainDate } from '../policies/dates.js';
import { useShopperCountry } from './use-shopper-country.js';
import CountrySelect from './CountrySelect.js';
import { markAsReact } from './react-island.js';

export interface CheckerCountry {
	code: string;
	name: string;
	days: number;
	startsOn: 'delivery' | 'purchase';
	/** The rule in words, shown without JavaScript too: "You can return items within 30 days ...". */
	rule: string;
}

export interface ReturnDateCheckerProps {
	locale: string;
	countries: CheckerCountry[];
	/** The country most shoppers of this language live in, when the shop serves it. */
	initialCountry: string;
	/** Hide the country choice when every country has the same window. */
	askCountry: boolean;
	contactUrl?: string | undefined;
	strings: {
		title: string;
		country: string;
		date: Record<'delivery' | 'purchase', string>;
		open: PluralForms;
		closed: PluralForms;
		stillCan: string;
		future: string;
		contactLink: string;
	};
}

function localToday(): PlainDate {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * "When is my last day to return?": the shopper enters the delivery (or
 * purchase) date and reads the last day, or how long ago the window closed
 * and what they can still do. Without JavaScript only the rule is shown.
 */
export default function ReturnDateChecker({ locale, countries, initialCountry, askCountry, contactUrl, strings }: ReturnDateCheckerProps) {
	const id = useId();
	const [hydrated, setHydrated] = useState(false);
	const [country, setCountry] = useShopperCountry(initialCountry, countries);
	const [date, setDate] = useState('');
	useEffect(() => setHydrated(true), []);

	const rules = countries.find((c) => c.code === country) ?? countries[0];
	if (!rules) return null;
	const today = hydrated ? localToday() : '';
	const longDate = (value: PlainDate) => formatDate(locale, value, 'full');

	let result: { tone: 'ok' | 'closed' | 'error'; text: string } | undefined;
	if (date && today) {
		if (daysBetween(today, date) > 0) result = { tone: 'error', text: strings.future };
		else {
			const deadline = returnDeadline(date, rules.days, today);
			result =
				deadline.daysLeft > 0
					? { tone: 'ok', text: fillTemplate(formatPlural(locale, strings.open, deadline.daysLeft), { date: longDate(deadline.lastDay) }) }
					: { tone: 'closed', text: fillTemplate(formatPlural(locale, strings.closed, deadline.closedDaysAgo), { date: longDate(deadline.lastDay) }) };
		}
	}

	return (
		<section className="hc-tool" aria-labelledby={`${id}-title`}>
			<h2 id={`${id}-title`} className="hc-tool__title">
				{strings.title}
			</h2>
			<p className="hc-tool__rule">{rules.rule}</p>
			{hydrated && (
				<div className="hc-tool__fields">
					{askCountry && <CountrySelect id={`${id}-country`} label={strings.country} countries={countries} value={country} onChange={setCountry} />}
					<div className="hc-field">
						<label htmlFor={`${id}-date`}>{strings.date[rules.startsOn]}</label>
						<input id={`${id}-date`} type="date" max={today} value={date} onChange={(event) => setDate(event.target.value)} />
					</div>
				</div>
			)}
			<div className="hc-tool__result" aria-live="polite">
				{result && (
					<>
						<p className={`hc-tool__answer hc-tool__answer--${result.tone}`}>{result.text}</p>
						{result.tone === 'closed' && (
							<p>
								{strings.stillCan} {contactUrl && <a href={contactUrl}>{strings.contactLink}</a>}
							</p>
						)}
					</>
				)}
			</div>
		</section>
	);
}

markAsReact(ReturnDateChecker);
