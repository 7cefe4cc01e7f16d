import { WEEKDAYS, type Interval, type WeeklySchedule } from './hours.js';

export interface ScheduleLine {
	/** "Mon–Fri", "Sat" in the locale's words. */
	days: string;
	/** "08:00–18:00", "09:00–12:00, 13:00–16:00"; empty when closed all those days. */
	hours: string;
}

// 2024-01-01 was a Monday: day i of the week is 2024-01-0(1+i).
const weekdayDate = (index: number) => new Date(Date.UTC(2024, 0, 1 + index, 12));

/**
 * Groups consecutive days with the same hours: Mon–Fri 08:00–18:00, Sat 09:00–13:00.
 * Closed days are left out. The week is read from the first day after a closed
 * one, so a week running over the weekend stays whole: Sun–Thu 09:00–17:00.
 */
export function formatSchedule(locale: string, schedule: WeeklySchedule): ScheduleLine[] {
	const dayName = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
	const keys = WEEKDAYS.map((day) => intervalsKey(schedule[day]));
	// Start after a closed day if there is one (the week's rest), else at any change.
	const afterClosed = keys.findIndex((key, i) => key !== '' && keys[(i + 6) % 7] === '');
	const first =
		afterClosed !== -1
			? afterClosed
			: Math.max(
					0,
					keys.findIndex((key, i) => key !== keys[(i + 6) % 7]),
				);
	const order = WEEKDAYS.map((_, i) => (first + i) % 7);
	const lines: ScheduleLine[] = [];
	let start = 0;
	while (start < order.length) {
		const key = keys[order[start]!];
		let end = start;
		while (end + 1 < order.length && keys[order[end + 1]!] === key) end++;
		if (key) {
			const from = dayName.format(weekdayDate(order[start]!));
			const days = end === start ? from : `${from}–${dayName.format(weekdayDate(order[end]!))}`;
			lines.push({ days, hours: schedule[WEEKDAYS[order[start]!]!].map((interval) => formatInterval(locale, interval)).join(', ') });
		}
		start = end + 1;
	}
	return lines;
}

function intervalsKey(intervals: readonly Interval[]): string {
	return intervals.map(([a, b]) => `${a}-${b}`).join(',');
}

export function formatInterval(locale: string, [from, to]: Interval): string {
	return `${formatMinute(locale, from)}–${formatMinute(locale, to)}`;
}

/** A minute of the day in the locale's clock style; 1440 is shown as 24:00 where the locale uses a 24-hour clock. */
export function formatMinute(locale: string, minute: number): string {
	const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
	if (minute === 1440 && format.resolvedOptions().hourCycle === 'h23') return '24:00';
	return format.format(new Date(Date.UTC(2024, 0, 1, 0, minute % 1440)));
}

/** "3 minutes", "24 часа", "2 dni": a response time in the locale's words, with its plural rules. */
export function formatDuration(locale: string, duration: { minutes: number } | { hours: number } | { days: number }): string {
	const [unit, value] =
		'minutes' in duration
			? (['minute', duration.minutes] as const)
			: 'hours' in duration
				? (['hour', duration.hours] as const)
				: (['day', duration.days] as const);
	return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
