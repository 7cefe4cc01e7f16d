import { describe, expect, it } from 'vitest';
import { addBusinessDays, estimateDelivery, handlingStart, returnDeadline, zonedDateTime, type DispatchRules } from '../../src/policies/dates.js';

const prague: DispatchRules = {
	timeZone: 'Europe/Prague',
	cutoffTime: '14:00',
	handlingDays: { min: 0, max: 1 },
	holidays: ['2026-12-24', '2026-12-25', '2026-12-26'],
};

describe('return deadline', () => {
	it('ends the window N days after it starts, counting to the day', () => {
		expect(returnDeadline('2026-03-01', 30, '2026-03-10')).toEqual({ lastDay: '2026-03-31', daysLeft: 22, closedDaysAgo: 0 });
		expect(returnDeadline('2026-03-01', 30, '2026-03-31')).toEqual({ lastDay: '2026-03-31', daysLeft: 1, closedDaysAgo: 0 });
		expect(returnDeadline('2026-03-01', 30, '2026-04-01')).toEqual({ lastDay: '2026-03-31', daysLeft: 0, closedDaysAgo: 1 });
	});

	it('crosses month and year ends', () => {
		expect(returnDeadline('2026-01-31', 30, '2026-02-01').lastDay).toBe('2026-03-02');
		expect(returnDeadline('2026-12-15', 30, '2026-12-16').lastDay).toBe('2027-01-14');
	});

	it('counts the leap day', () => {
		expect(returnDeadline('2028-01-30', 30, '2028-02-01').lastDay).toBe('2028-02-29');
		expect(returnDeadline('2028-02-29', 14, '2028-03-20')).toEqual({ lastDay: '2028-03-14', daysLeft: -5, closedDaysAgo: 6 });
		expect(returnDeadline('2027-01-30', 30, '2027-02-01').lastDay).toBe('2027-03-01');
	});

	it('is not moved by a daylight-saving change in between', () => {
		// Europe switches to summer time on 2026-03-29.
		expect(returnDeadline('2026-03-20', 14, '2026-03-30')).toMatchObject({ lastDay: '2026-04-03', daysLeft: 5 });
	});
});

describe('business days', () => {
	it('skips weekends and holidays', () => {
		expect(addBusinessDays('2026-11-27', 1, prague)).toBe('2026-11-30'); // Friday -> Monday
		expect(addBusinessDays('2026-11-28', 0, prague)).toBe('2026-11-30'); // Saturday -> Monday
		expect(addBusinessDays('2026-12-23', 1, prague)).toBe('2026-12-28'); // over Christmas
	});
});

describe('when an order is handled', () => {
	it("reads the clock in the shop's time zone, not the shopper's or UTC", () => {
		// 23:30 UTC on Sunday is already Monday 00:30 in Prague.
		expect(zonedDateTime(new Date('2026-11-29T23:30:00Z'), 'Europe/Prague')).toEqual({ date: '2026-11-30', minutes: 30 });
		expect(handlingStart(new Date('2026-11-29T23:30:00Z'), prague)).toBe('2026-11-30');
	});

	it('starts the same day before the cut-off time and the next business day after it', () => {
		expect(handlingStart(new Date('2026-11-30T12:59:00Z'), prague)).toBe('2026-11-30'); // 13:59 in Prague (UTC+1)
		expect(handlingStart(new Date('2026-11-30T13:00:00Z'), prague)).toBe('2026-12-01'); // 14:00: after the cut-off
		expect(handlingStart(new Date('2026-07-10T11:59:00Z'), prague)).toBe('2026-07-10'); // summer time: 13:59
		expect(handlingStart(new Date('2026-07-10T12:00:00Z'), prague)).toBe('2026-07-13'); // Friday 14:00 -> Monday
	});

	it('does not start on weekends or holidays', () => {
		expect(handlingStart(new Date('2026-11-28T09:00:00Z'), prague)).toBe('2026-11-30');
		expect(handlingStart(new Date('2026-12-24T09:00:00Z'), prague)).toBe('2026-12-28');
	});
});

describe('delivery estimate', () => {
	it("adds handling in the shop's business days, then transit on weekdays", () => {
		// Thursday 10:00 in Prague, handled 0-1 days, 2-5 days in transit.
		expect(estimateDelivery(new Date('2026-12-03T09:00:00Z'), prague, { min: 2, max: 5 })).toEqual({
			shipsFrom: '2026-12-03',
			shipsBy: '2026-12-04',
			earliest: '2026-12-07',
			latest: '2026-12-11',
		});
	});

	it('starts on Monday for an order placed on Friday afternoon', () => {
		expect(estimateDelivery(new Date('2026-11-27T15:00:00Z'), prague, { min: 1, max: 2 })).toEqual({
			shipsFrom: '2026-11-30',
			shipsBy: '2026-12-01',
			earliest: '2026-12-01',
			latest: '2026-12-03',
		});
	});
});
