import { channelHref, type Channel } from '../contact/channels-schema.js';
import { WEEKDAYS, isAlwaysOpen, type WeeklySchedule } from '../contact/hours.js';

const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

interface OpeningHoursSpecification {
	'@type': 'OpeningHoursSpecification';
	dayOfWeek: string[];
	opens: string;
	closes: string;
}

export interface ContactPoint {
	'@type': 'ContactPoint';
	contactType: string;
	email?: string;
	telephone?: string;
	url?: string;
	availableLanguage?: string[];
	/** ISO 3166 codes of the countries the point serves (a market's). */
	areaServed?: string[];
	hoursAvailable?: OpeningHoursSpecification[];
}

/**
 * schema.org ContactPoints for an Organization: one per channel, with its
 * languages and opening hours (in the channel's local time, as schema.org
 * expects), and the market's countries when it serves one market. Chat
 * widgets have no address of their own and are left out.
 */
export function contactPoints(channels: readonly Channel[], market?: { areaServed: readonly string[] }): ContactPoint[] {
	return channels.flatMap((channel): ContactPoint[] => {
		const point: ContactPoint = { '@type': 'ContactPoint', contactType: 'customer support' };
		if (channel.type === 'email') point.email = channel.address;
		else if (channel.type === 'phone') point.telephone = channel.number;
		else if (channel.type === 'chat') return [];
		else point.url = channelHref(channel);
		if (channel.languages?.length) point.availableLanguage = channel.languages;
		if (market) point.areaServed = [...market.areaServed];
		point.hoursAvailable = openingHours(channel.hours);
		return [point];
	});
}

function openingHours(schedule: WeeklySchedule): OpeningHoursSpecification[] {
	if (isAlwaysOpen(schedule)) return [{ '@type': 'OpeningHoursSpecification', dayOfWeek: [...SCHEMA_DAYS], opens: '00:00', closes: '23:59' }];
	const byInterval = new Map<string, string[]>();
	WEEKDAYS.forEach((day, index) => {
		for (const [from, to] of schedule[day]) {
			const key = `${time(from)}-${time(to)}`;
			byInterval.set(key, [...(byInterval.get(key) ?? []), SCHEMA_DAYS[index]!]);
		}
	});
	return [...byInterval.entries()].map(([key, days]) => {
		const [opens, closes] = key.split('-') as [string, string];
		return { '@type': 'OpeningHoursSpecification', dayOfWeek: days, opens, closes };
	});
}

function time(minute: number): string {
	if (minute >= 1440) return '23:59';
	return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
