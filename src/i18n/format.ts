import { memoized } from '../utils/memoized.js';

// Made once per locale: creating an Intl formatter loads the locale's data and costs far more than using it.
const dateFormat = memoized((locale: string, style: 'long' | 'full') => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }));
const languageNames = memoized((locale: string) => new Intl.DisplayNames([locale], { type: 'language' }));

/** Formats a YYYY-MM-DD date for a locale, e.g. "14 октября 2026 г."; `full` adds the weekday. */
export function formatDate(locale: string, isoDate: string, style: 'long' | 'full' = 'long'): string {
	// Noon UTC keeps the calendar day whatever the formatter's time zone.
	const date = new Date(`${isoDate}T12:00:00Z`);
	return dateFormat(locale, style).format(date);
}

/** A time zone's name in the locale's words, e.g. "Central European Time" for Europe/Berlin. */
export function timeZoneName(locale: string, timeZone: string): string {
	// A winter date gives the zone's generic name rather than its summer-time one.
	const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date(Date.UTC(2026, 0, 15)));
	return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** A language's name in the locale's words, e.g. "angličtina" for "en" in Czech. */
export function languageName(locale: string, code: string): string {
	return languageNames(locale).of(code) ?? code;
}
