import type { PlainDate } from './dates.js';
import { formatPlural, type PluralForms } from '../i18n/plural-forms.js';
import type { DayRange, Money } from './policy-schema.js';

/**
 * How policy facts read in a language. Plural forms come from the UI strings
 * (policy.days, policy.businessDays ...), so "2 дня" and "5 dní" are each
 * language's own; numbers, money and dates come from Intl.
 */

/**
 * "1–2 business days", "2–4 дня", "5 dní". A range agrees with its last
 * number in these languages ("2–4 дня", "3–5 дней"), so its form is chosen by max.
 */
export function formatDayRange(locale: string, single: PluralForms, range: PluralForms, days: DayRange): string {
	if (days.min === days.max) return formatPlural(locale, single, days.max);
	return formatPlural(locale, range, days.max, { min: days.min, max: days.max });
}

export function formatMoney(locale: string, money: Money): string {
	const whole = Number.isInteger(money.amount);
	return new Intl.NumberFormat(locale, {
		style: 'currency',
		currency: money.currency,
		...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
	}).format(money.amount);
}

export function countryName(locale: string, code: string): string {
	return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

/** "Czechia, Slovakia and Poland" in the locale's words and list style. */
export function countryList(locale: string, codes: readonly string[]): string {
	return new Intl.ListFormat(locale, { type: 'conjunction' }).format(codes.map((code) => countryName(locale, code)));
}

/** "Thu, December 3": a date in the coming days, with its weekday. */
export function formatShortDate(locale: string, date: PlainDate): string {
	return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** "14:00" as the locale writes a time of day. */
export function formatClockTime(locale: string, time: string): string {
	const [hours, minutes] = time.split(':').map(Number) as [number, number];
	return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 1, hours, minutes)));
}
