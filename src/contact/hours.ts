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

/** The weekday and minute of the day of an instant, in a time zone. */
export function zonedTime(instant: Date, timeZone: string): { day: Weekday; minute: number } {
	const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	const day = get('weekday').toLowerCase().slice(0, 3) as Weekday;
	return { day, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

export function isOpenAt(schedule: WeeklySchedule, timeZone: string, instant: Date): boolean {
	const { day, minute } = zonedTime(instant, timeZone);
	return schedule[day].some(([from, to]) => minute >= from && minute < to);
}

/**
 * How many minutes until the schedule next opens, looking up to a week ahead;
 * undefined when it never opens. Counts in local wall-clock minutes, which is
 * what a shopper reads ("opens in 2 hours"), except across a DST change.
 */
export function minutesUntilOpen(schedule: WeeklySchedule, timeZone: string, instant: Date): number | undefined {
	const { day, minute } = zonedTime(instant, timeZone);
	const today = WEEKDAYS.indexOf(day);
	for (let offset = 0; offset <= 7; offset++) {
		const intervals = schedule[WEEKDAYS[(today + offset) % 7] as Weekday];
		for (const [from] of intervals) {
			const until = offset * 1440 + from - minute;
			if (until > 0) return until;
		}
	}
	return undefined;
}

/** True when every day is open all day. */
export function isAlwaysOpen(schedule: WeeklySchedule): boolean {
	return WEEKDAYS.every((day) => schedule[day].some(([from, to]) => from === 0 && to === 1440));
}
