/**
 * Opening hours: a weekly schedule in the shop's IANA time zone, and the
 * questions asked of it (is it open at an instant, when does it open next).
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Minutes since local midnight: [opens, closes). `closes` may be 1440 (24:00). */
export type Interval = readonly [number, number];
export type WeeklySchedule = Record<Weekday, Interval[]>;

/** "08:30" -> 510. Throws on anything else. */
export function parseTime(text: string): number {
	const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text.trim());
	if (!match) throw new Error(`"${text}" is not a time written as HH:MM`);
	const minutes = Number(match[1]) * 60 + Number(match[2]);
	if (minutes > 24 * 60) throw new Error(`"${text}" is later than 24:00`);
	return minutes;
}

/**
 * Parses the YAML shorthand { "mon-fri": "08:00-18:00", sat: "09:00-12:00, 13:00-16:00" }
 * into a schedule. Days not named are closed.
 */
export function parseSchedule(input: Record<string, string>): WeeklySchedule {
	const schedule = Object.fromEntries(WEEKDAYS.map((day) => [day, [] as Interval[]])) as unknown as Record<Weekday, Interval[]>;
	for (const [days, ranges] of Object.entries(input)) {
		for (const day of expandDays(days)) {
			for (const range of ranges.split(',')) {
				const [from, to] = range.split('-').map((part) => part.trim());
				if (!from || !to) throw new Error(`"${range.trim()}" is not a time range written as 08:00-18:00`);
				const interval: Interval = [parseTime(from), parseTime(to)];
				if (interval[1] <= interval[0]) throw new Error(`"${range.trim()}" ends before it starts`);
				schedule[day].push(interval);
			}
			schedule[day].sort((a, b) => a[0] - b[0]);
		}
	}
	return schedule;
}

function expandDays(text: string): Weekday[] {
	const [first, last] = text.split('-').map((part) => part.trim().toLowerCase()) as [string, string | undefined];
	const start = WEEKDAYS.indexOf(first as Weekday);
	const end = last === undefined ? start : WEEKDAYS.indexOf(last as Weekday);
	if (start === -1 || end === -1) {
		throw new Error(`"${text}" is not a day or range of days such as mon, sat, mon-fri or sun-thu`);
	}
	// A range may run over the weekend: "sun-thu" is Sunday to Thursday.
	const days: Weekday[] = [];
	for (let i = start; ; i = (i + 1) % 7) {
		days.push(WEEKDAYS[i] as Weekday);
		if (i === end) break;
	}
	return days;
}

/** The calendar date, weekday and minute of the day of an instant, in a time zone. */
export function zonedTime(instant: Date, timeZone: string): { date: string; day: Weekday; minute: number } {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		weekday: 'short',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).formatToParts(instant);
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	const day = get('weekday').toLowerCase().slice(0, 3) as Weekday;
	return { date: `${get('year')}-${get('month')}-${get('day')}`, day, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** Days closed all day besides the weekly schedule (public holidays), YYYY-MM-DD in the schedule's time zone. */
export type Holidays = readonly string[];

export function isOpenAt(schedule: WeeklySchedule, timeZone: string, instant: Date, holidays: Holidays = []): boolean {
	const { date, day, minute } = zonedTime(instant, timeZone);
	if (holidays.includes(date)) return false;
	return schedule[day].some(([from, to]) => minute >= from && minute < to);
}

function addDays(date: string, days: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The instant a wall-clock time of a date has in a time zone (the later one when a DST change repeats it). */
export function zonedInstant(date: string, minute: number, timeZone: string): Date {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const wall = Date.UTC(y, m - 1, d, 0, minute);
	// The zone's offset at a guess, corrected once: enough for every real zone's DST change.
	let instant = wall;
	for (let i = 0; i < 2; i++) {
		const seen = zonedTime(new Date(instant), timeZone);
		const [sy, sm, sd] = seen.date.split('-').map(Number) as [number, number, number];
		instant += wall - Date.UTC(sy, sm - 1, sd, 0, seen.minute);
	}
	return new Date(instant);
}

/**
 * When the schedule next opens after `instant`, skipping holidays, looking three weeks ahead
 * (Christmas and a weekend can close a line for five days); undefined when it never opens.
 * The answer is an instant, right across a DST change, for the shopper's clock to show.
 */
export function nextOpening(schedule: WeeklySchedule, timeZone: string, instant: Date, holidays: Holidays = []): Date | undefined {
	const { date, day, minute } = zonedTime(instant, timeZone);
	const today = WEEKDAYS.indexOf(day);
	for (let offset = 0; offset <= 21; offset++) {
		const on = addDays(date, offset);
		if (holidays.includes(on)) continue;
		for (const [from] of schedule[WEEKDAYS[(today + offset) % 7] as Weekday]) {
			if (offset === 0 && from <= minute) continue;
			return zonedInstant(on, from, timeZone);
		}
	}
	return undefined;
}

/** Whether a holiday of the list falls on the instant's date in the time zone. */
export function isHoliday(instant: Date, timeZone: string, holidays: Holidays): boolean {
	return holidays.includes(zonedTime(instant, timeZone).date);
}

/** True when every day is open all day. */
export function isAlwaysOpen(schedule: WeeklySchedule): boolean {
	return WEEKDAYS.every((day) => schedule[day].some(([from, to]) => from === 0 && to === 1440));
}

/** The zone's offset from UTC in minutes at an instant (+60 for Prague in winter). */
export function zoneOffset(timeZone: string, instant: Date): number {
	const { date, minute } = zonedTime(instant, timeZone);
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return Math.round((Date.UTC(y, m - 1, d, 0, minute) - instant.getTime()) / 60_000);
}

/**
 * The schedule as clocks `minutes` ahead read it (a line open 08:00-20:00 in Prague is open
 * 02:00-14:00 in New York: -360). Hours that cross midnight move to the next or previous day.
 */
export function shiftSchedule(schedule: WeeklySchedule, minutes: number): WeeklySchedule {
	const week = 7 * 1440;
	const shifted = Object.fromEntries(WEEKDAYS.map((day) => [day, [] as Interval[]])) as unknown as Record<Weekday, Interval[]>;
	WEEKDAYS.forEach((day, index) => {
		for (const [from, to] of schedule[day]) {
			let start = (((index * 1440 + from + minutes) % week) + week) % week;
			const end = start + (to - from);
			while (start < end) {
				const dayStart = Math.floor(start / 1440) * 1440;
				const pieceEnd = Math.min(end, dayStart + 1440);
				shifted[WEEKDAYS[(dayStart / 1440) % 7] as Weekday].push([start - dayStart, pieceEnd - dayStart]);
				start = pieceEnd;
			}
		}
	});
	for (const day of WEEKDAYS) {
		const merged: Interval[] = [];
		for (const interval of shifted[day].sort((a, b) => a[0] - b[0])) {
			const last = merged.at(-1);
			if (last && interval[0] <= last[1]) merged[merged.length - 1] = [last[0], Math.max(last[1], interval[1])];
			else merged.push(interval);
		}
		shifted[day] = merged;
	}
	return shifted;
}

// Zone names are shown by their winter (standard) names, so hours are converted at winter offsets too.
const WINTER_DAY = new Date(Date.UTC(2026, 0, 15, 12));

/** A schedule written in zone `from` as clocks in zone `to` read it. */
export function scheduleIn(schedule: WeeklySchedule, from: string, to: string): WeeklySchedule {
	if (from === to) return schedule;
	return shiftSchedule(schedule, zoneOffset(to, WINTER_DAY) - zoneOffset(from, WINTER_DAY));
}
