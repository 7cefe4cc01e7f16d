import { describe, expect, it } from 'vitest';
import { isAlwaysOpen, isOpenAt, minutesUntilOpen, parseSchedule, zonedTime } from '../../src/contact/hours.js';

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
		// Saturday 2026-11-28 16:30 Prague: next opening Monday 08:00 = 1 day 15.5 hours later.
		expect(minutesUntilOpen(weekdays, 'Europe/Prague', new Date('2026-11-28T15:30:00Z'))).toBe(24 * 60 + 15 * 60 + 30);
		expect(minutesUntilOpen(parseSchedule({}), 'Europe/Prague', new Date())).toBeUndefined();
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
		expect(zonedTime(new Date('2026-11-23T23:30:00Z'), 'Asia/Ho_Chi_Minh')).toEqual({ day: 'tue', minute: 6 * 60 + 30 });
	});
});
