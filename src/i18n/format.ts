/** Formats a YYYY-MM-DD date for a locale, e.g. "14 октября 2026 г.". */
export function formatDate(locale: string, isoDate: string): string {
	// Noon UTC keeps the calendar day whatever the formatter's time zone.
	const date = new Date(`${isoDate}T12:00:00Z`);
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
