/**
 * Calendar arithmetic for the policy checkers. Days are plain calendar dates
 * ("2026-11-30"), counted in UTC so no time zone or daylight-saving change can
 * shift them; the only time zone that matters is the shop's, for "now" and the
 * cut-off time.
 */

/** A calendar date, YYYY-MM-DD. */
export type PlainDate = string;

const DAY_MS = 24 * 60 * 60 * 1000;

function toUtc(date: PlainDate): number {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	return Date.UTC(year, month - 1, day);
}

function fromUtc(ms: number): PlainDate {
	return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: PlainDate, days: number): PlainDate {
	return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: PlainDate, to: PlainDate): number {
	return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: PlainDate): number {
	return new Date(toUtc(date)).getUTCDay();
}

/** The date and the minutes since midnight of an instant, on the clocks of a time zone. */
export function zonedDateTime(instant: Date, timeZone: string): { date: PlainDate; minutes: number } {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).formatToParts(instant);
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
	return { date: `${part('year')}-${part('month')}-${part('day')}`, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

export interface BusinessCalendar {
	/** Days without shipping besides Saturdays and Sundays. */
	holidays: readonly PlainDate[];
}

export function isBusinessDay(date: PlainDate, calendar: BusinessCalendar): boolean {
	const weekday = dayOfWeek(date);
	return weekday !== 0 && weekday !== 6 && !calendar.holidays.includes(date);
}

/** The date `count` business days after `date` (0: `date` itself if it is one, else the next). */
export function addBusinessDays(date: PlainDate, count: number, calendar: BusinessCalendar): PlainDate {
	let current = date;
	while (!isBusinessDay(current, calendar)) current = addDays(current, 1);
	for (let added = 0; added < count;) {
		current = addDays(current, 1);
		if (isBusinessDay(current, calendar)) added++;
	}
	return current;
}

/** The last day to send a return, and how things stand today. */
export interface ReturnDeadline {
	lastDay: PlainDate;
	/** Days left including today; 0 or less once the window has closed. */
	daysLeft: number;
	/** Days since the last day, when the window has closed. */
	closedDaysAgo: number;
}

/**
 * A window of N days that starts on `start` (delivery or purchase) ends N days
 * later: delivered on 1 March with 30 days, the last day is 31 March.
 */
export function returnDeadline(start: PlainDate, windowDays: number, today: PlainDate): ReturnDeadline {
	const lastDay = addDays(start, windowDays);
	const remaining = daysBetween(today, lastDay);
	return { lastDay, daysLeft: remaining + 1, closedDaysAgo: remaining < 0 ? -remaining : 0 };
}

export interface DispatchRules extends BusinessCalendar {
	timeZone: string;
	/** "14:00": orders after it are handled from the next business day. */
	cutoffTime: string;
	handlingDays: { min: number; max: number };
}

/** First business day the warehouse handles an order placed at `now`. */
export function handlingStart(now: Date, rules: DispatchRules): PlainDate {
	const { date, minutes } = zonedDateTime(now, rules.timeZone);
	const [hours, mins] = rules.cutoffTime.split(':').map(Number) as [number, number];
	const beforeCutoff = minutes < hours * 60 + mins;
	if (isBusinessDay(date, rules) && beforeCutoff) return date;
	return addBusinessDays(addDays(date, 1), 0, rules);
}

export interface DeliveryEstimate {
	shipsFrom: PlainDate;
	shipsBy: PlainDate;
	earliest: PlainDate;
	latest: PlainDate;
}

/**
 * When a parcel ordered at `now` arrives: handling in the shop's business
 * days, then transit on weekdays (carriers do not deliver at weekends; the
 * destination's holidays are not known, so they are not counted).
 */
export function estimateDelivery(now: Date, rules: DispatchRules, transitDays: { min: number; max: number }): DeliveryEstimate {
	const start = handlingStart(now, rules);
	const shipsFrom = addBusinessDays(start, rules.handlingDays.min, rules);
	const shipsBy = addBusinessDays(start, rules.handlingDays.max, rules);
	const weekdays: BusinessCalendar = { holidays: [] };
	return {
		shipsFrom,
		shipsBy,
		earliest: addBusinessDays(shipsFrom, transitDays.min, weekdays),
		latest: addBusinessDays(shipsBy, transitDays.max, weekdays),
	};
}
