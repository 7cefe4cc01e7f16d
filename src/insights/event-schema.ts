import { z } from 'zod';
import { COMMENT_MAX_LENGTH, FEEDBACK_REASONS, MAX_BATCH, QUERY_MAX_LENGTH, SHORT_ID, SURVEY_SCALES } from './limits.js';

/**
 * What the help center tells the shop about its shoppers, and nothing more: the one contract
 * between the pages that send insight events and every receiver (the local receiver, a
 * webhook, the report). No names, addresses, order numbers, cookies or identifiers: a search
 * query or comment that looks like an email address or a long number never leaves the browser
 * as typed (see privacy.ts), and a receiver refuses events that do not fit this schema.
 */

const locale = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language code such as "en" or "pt-BR"' });
/** `<category>/<slug>` of an article, or the id of a policy page ("returns"). */
const article = z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)?$/, { error: 'must be an article as "<category>/<slug>"' });
const query = z.string().trim().min(1).max(QUERY_MAX_LENGTH);
const shortId = z.string().regex(SHORT_ID, { error: 'must be a short id of lowercase letters, digits and dashes' });
const count = z.number().int().nonnegative();

export const insightEventSchema = z.discriminatedUnion(
	'type',
	[
		/** A search that ran: what was typed and how many articles it found (0: a miss). */
		z.strictObject({ type: z.literal('search'), locale, query, results: count }),
		/**
		 * A result opened from search, by its place in the list (1 = first); `afterMiss` is a
		 * search that found nothing shortly before in the same tab: what that shopper wanted.
		 */
		z.strictObject({ type: z.literal('resultClick'), locale, query, rank: count.min(1), article, afterMiss: query.optional() }),
		/** "Was this article helpful?" */
		z.strictObject({
			type: z.literal('vote'),
			locale,
			article,
			helpful: z.boolean(),
			reason: z.enum(FEEDBACK_REASONS).optional(),
			comment: z.string().trim().min(1).max(COMMENT_MAX_LENGTH).optional(),
		}),
		/** The shopper began writing to support: the contact form got its first input. */
		z.strictObject({ type: z.literal('contactStarted'), locale }),
		/** An article the contact form suggested while the shopper wrote, opened. */
		z.strictObject({ type: z.literal('suggestionOpened'), locale, article }),
		/** A message was sent; its topic and the shopper's market when known, never its text. */
		z.strictObject({ type: z.literal('contactSent'), locale, topic: shortId.optional(), market: shortId.optional() }),
		/** One answer to the question after contact. */
		z
			.strictObject({
				type: z.literal('survey'),
				locale,
				question: z.enum(['ces', 'csat']),
				score: z.number().int().min(1),
				topic: shortId.optional(),
			})
			.refine((event) => event.score <= SURVEY_SCALES[event.question], { error: "is above the question's scale (CES 1–7, CSAT 1–5)", path: ['score'] }),
	],
	{ error: 'must be one of: search, resultClick, vote, contactStarted, suggestionOpened, contactSent, survey' },
);
export type InsightEvent = z.output<typeof insightEventSchema>;
export type InsightEventType = InsightEvent['type'];

/** What the browser sends in one request (a beacon when the page is hidden, or after a few events). */
export const insightBatchSchema = z.strictObject({
	events: z
		.array(insightEventSchema)
		.min(1)
		.max(MAX_BATCH, { error: `must hold at most ${MAX_BATCH} events` }),
});
export type InsightBatch = z.output<typeof insightBatchSchema>;
