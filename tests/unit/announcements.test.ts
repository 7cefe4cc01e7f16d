import { describe, expect, it } from 'vitest';
import { announcementSchema } from '../../src/announcements/announcement-schema.js';
import { announcementsFor, type Announcement } from '../../src/announcements/announcements.js';

const make = (id: string, start: string, end: string, severity: 'info' | 'warning' | 'critical' = 'info'): Announcement => ({
	id,
	locale: id.split('/')[0] ?? '',
	file: `content/announcements/${id}.md`,
	digest: id,
	data: { start, end, severity },
});

describe('announcements', () => {
	it("keep on the page what has not ended yet, most severe first, in the page's language only", () => {
		const all = [
			make('pl/sale', '2026-11-01', '2026-11-29'),
			make('pl/delays', '2026-12-01', '2026-12-27', 'warning'),
			make('pl/outage', '2026-11-30', '2026-11-30', 'critical'),
			make('pl/news', '2026-11-15', '2026-12-31'),
			make('cs/delays', '2026-12-01', '2026-12-27', 'warning'),
		];
		expect(announcementsFor(all, 'pl', '2026-11-30').map((a) => a.id)).toEqual(['pl/outage', 'pl/delays', 'pl/news']);
	});

	it('explain wrong dates and severities', () => {
		const result = announcementSchema.safeParse({ start: '2026-12-10', end: '2026-12-01', severity: 'urgent' });
		expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['severity: must be info, warning or critical']);
		const dates = announcementSchema.safeParse({ start: '2026-12-10', end: '2026-12-01' });
		expect(dates.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['end: end must not be before start']);
	});
});
