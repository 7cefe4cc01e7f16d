import { describe, expect, it } from 'vitest';
import { formatDuration, formatSchedule } from '../../src/contact/format-hours.js';
import { parseSchedule } from '../../src/contact/hours.js';

describe('showing opening hours', () => {
	const schedule = parseSchedule({ 'mon-fri': '08:00-18:00', sat: '09:00-12:00, 13:00-16:00' });

	it("groups days with the same hours, in the shopper's language", () => {
		expect(formatSchedule('en', schedule)).toEqual([
			{ days: 'Mon–Fri', hours: '8:00 AM–6:00 PM' },
			{ days: 'Sat', hours: '9:00 AM–12:00 PM, 1:00 PM–4:00 PM' },
		]);
		expect(formatSchedule('cs', schedule)).toEqual([
			{ days: 'po–pá', hours: '8:00–18:00' },
			{ days: 'so', hours: '9:00–12:00, 13:00–16:00' },
		]);
	});

	it('keeps a week that runs over the weekend whole', () => {
		expect(formatSchedule('he', parseSchedule({ 'sun-thu': '09:00-17:00', fri: '09:00-13:00' }))).toEqual([
			{ days: 'יום א׳–יום ה׳', hours: '9:00–17:00' },
			{ days: 'יום ו׳', hours: '9:00–13:00' },
		]);
	});

	it('shows a round-the-clock day ending at 24:00 on 24-hour clocks', () => {
		expect(formatSchedule('ru', parseSchedule({ 'mon-sun': '00:00-24:00' }))).toEqual([{ days: 'пн–вс', hours: '0:00–24:00' }]);
	});

	it("words response times with each language's plural forms", () => {
		expect(formatDuration('ru', { hours: 24 })).toBe('24 часа');
		expect(formatDuration('ru', { minutes: 5 })).toBe('5 минут');
		expect(formatDuration('pl', { days: 2 })).toBe('2 dni');
		expect(formatDuration('cs', { minutes: 1 })).toBe('1 minuta');
		expect(formatDuration('en', { hours: 1 })).toBe('1 hour');
	});
});
