import { z } from 'zod';
import { isoDateSchema } from '../content/article-schema.js';

/**
 * Announcements: short notices such as delivery delays before a holiday,
 * in content/announcements/<locale>/<name>.md. Each shows as a banner on
 * every page of its locale from `start` to `end` (both included).
 */
export const announcementSchema = z
	.strictObject({
		start: isoDateSchema,
		end: isoDateSchema,
		severity: z.enum(['info', 'warning', 'critical'], { error: 'must be info, warning or critical' }).default('info'),
		/** Ids of content/markets.yaml: the banner shows only to shoppers in these markets. */
		markets: z.array(z.string({ error: 'must be market ids from content/markets.yaml, e.g. "[pl, cz]"' })).optional(),
	})
	.refine((a) => a.end >= a.start, { error: 'end must not be before start', path: ['end'] });

export type AnnouncementData = z.output<typeof announcementSchema>;
