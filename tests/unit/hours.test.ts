import { describe, expect, it } from 'vitest';
import { isAlwaysOpen, isHoliday, isOpenAt, nextOpening, parseSchedule, zonedInstant, zonedTime } from '../../src/contact/hours.js';

const weekdays = parseSchedule({ 'mon-fri': '08:00-18:00', sat: '09:00-12:00, 13:00-16:00' });

describe('opening hours', () => {
	it('parses day ranges and split shifts', () => {
		expect(weekdays.mon).toEqual([[480, 1080]]);
		expect(weekdays.fri).toEqual([[480, 1080]]);
		expect(weekdays.sat).toEqual([
			[540, 720],
			[780, 960],
		]);
		expect(weekdays.sun).toEqual([]);
	});

	it('explains a bad day or time', () => {
		expect(() => parseSchedule({ 'fri-monday': '08:00-18:00' })).toThrow('"fri-monday" is not a day or range of days');
		expect(() => parseSchedule({ mon: '8-18' })).toThrow('"8" is not a time written as HH:MM');
		expect(() => parseSchedule({ mon: '18:00-08:00' })).toThrow('ends before it starts');
	});

	it('answers "open now?" in the shop time zone, not the viewer\'s', () => {
		// Monday 2026-11-23 07:30 UTC is 08:30 in Prague (UTC+1): open.
		expect(isOpenAt(weekdays, 'Europe/Prague', new Date('2026-11-23T07:30:00Z'))).toBe(true);
		// 17:30 UTC is 18:30 in Prague: closed.
		expect(isOpenAt(weekdays, 'Europe/Prague', new Date('2026-11-23T17:30:00Z'))).toBe(false);
		// Summer time: 2026-07-06 06:30 UTC is 08:30 in Prague (UTC+2).
		expect(isOpenAt(weekdays, 'Europe/Prague', new Date('2026-07-06T06:30:00Z'))).toBe(true);
		// Saturday lunch break.
		expect(isOpenAt(weekdays, 'Europe/Prague', new Date('2026-11-28T11:30:00Z'))).toBe(false);
	});

	it('says when it opens next, across the weekend', () => {
		// Saturday 2026-11-28 16:30 Prague: next opening Monday 08:00 Prague, 07:00 UTC in winter.
		expect(nextOpening(weekdays, 'Europe/Prague', new Date('2026-11-28T15:30:00Z'))?.toISOString()).toBe('2026-11-30T07:00:00.000Z');
		expect(nextOpening(parseSchedule({}), 'Europe/Prague', new Date())).toBeUndefined();
	});

	it('opens at the local hour on the other side of a DST change', () => {
		// Summer time starts on Sunday 2027-03-28: Saturday evening is UTC+1, Monday morning UTC+2.
		const monday = nextOpening(weekdays, 'Europe/Prague', new Date('2027-03-27T19:00:00Z'));
		expect(monday?.toISOString()).toBe('2027-03-29T06:00:00.000Z');
		// And back in autumn (Sunday 2027-10-31): Monday 08:00 is 07:00 UTC again.
		expect(nextOpening(weekdays, 'Europe/Prague', new Date('2027-10-30T17:00:00Z'))?.toISOString()).toBe('2027-11-01T07:00:00.000Z');
		// New York changes on another Sunday (2027-03-14).
		const newYork = parseSchedule({ 'mon-fri': '09:00-17:00' });
		expect(nextOpening(newYork, 'America/New_York', new Date('2027-03-13T12:00:00Z'))?.toISOString()).toBe('2027-03-15T13:00:00.000Z');
		expect(zonedInstant('2027-03-12', 9 * 60, 'America/New_York').toISOString()).toBe('2027-03-12T14:00:00.000Z');
	});

	it('is closed on holidays and opens on the next working day', () => {
		const christmas = ['2026-12-24', '2026-12-25', '2026-12-26'];
		// Thursday 24 December, 10:00 in Prague: a weekday inside the hours, but a holiday.
		const christmasEve = new Date('2026-12-24T09:00:00Z');
		expect(isOpenAt(weekdays, 'Europe/Prague', christmasEve)).toBe(true);
		expect(isOpenAt(weekdays, 'Europe/Prague', christmasEve, christmas)).toBe(false);
		expect(isHoliday(christmasEve, 'Europe/Prague', christmas)).toBe(true);
		// Friday 25 is a holiday and Saturday 26 too, so the line opens on Monday 28 at 08:00.
		expect(nextOpening(weekdays, 'Europe/Prague', christmasEve, christmas)?.toISOString()).toBe('2026-12-28T07:00:00.000Z');
		// A holiday is a date in the schedule's zone: 23:30 UTC on the 23rd is already the 24th in Prague.
		expect(isHoliday(new Date('2026-12-23T23:30:00Z'), 'Europe/Prague', christmas)).toBe(true);
	});

	it('reads ranges that run over the weekend, as Israeli shops keep', () => {
		const israeli = parseSchedule({ 'sun-thu': '09:00-17:00' });
		expect(
			Object.entries(israeli)
				.filter(([, intervals]) => intervals.length)
				.map(([day]) => day),
		).toEqual(['mon', 'tue', 'wed', 'thu', 'sun']);
	});

	it('knows a round-the-clock schedule', () => {
		expect(isAlwaysOpen(parseSchedule({ 'mon-sun': '00:00-24:00' }))).toBe(true);
		expect(isAlwaysOpen(weekdays)).toBe(false);
		expect(zonedTime(new Date('2026-11-23T23:30:00Z'), 'Asia/Ho_Chi_Minh')).toEqual({ date: '2026-11-24', day: 'tue', minute: 6 * 60 + 30 });
	});
});
