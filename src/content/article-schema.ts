import { z } from 'zod';

/** The longest description lists and search results can show in full. */
export const DESCRIPTION_MAX_LENGTH = 200;

const required = (what: string) => (issue: { input: unknown }) =>
	issue.input === undefined ? `is required: ${what}` : `must be text: ${what}`;

/**
 * A calendar date written as YYYY-MM-DD. YAML parsers may already have turned
 * it into a Date, so both forms are accepted and normalized to the string.
 */
export const isoDateSchema = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z
		.string({
			error: (issue) =>
				issue.input === undefined
					? 'is required: a date written as YYYY-MM-DD, for example 2026-10-01'
					: 'must be a date written as YYYY-MM-DD, for example 2026-10-01',
		})
		.refine(isCalendarDate, {
			error: 'must be a date written as YYYY-MM-DD, for example 2026-10-01',
			abort: true,
		}),
);

export function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Front matter of a help article: the writers' contract (see README, "Writing articles"). */
export const articleFrontmatterSchema = z.strictObject({
	title: z
		.string({ error: required('the question or task the article answers, e.g. "How do I return an item?"') })
		.trim()
		.min(1, { error: 'must not be empty: write the question or task the article answers' }),
	description: z
		.string({ error: required(`one or two sentences (at most ${DESCRIPTION_MAX_LENGTH} characters) for lists and search results`) })
		.trim()
		.min(1, { error: 'must not be empty: one or two sentences for lists and search results' })
		.max(DESCRIPTION_MAX_LENGTH, {
			error: (issue) =>
				`must be at most ${DESCRIPTION_MAX_LENGTH} characters so lists and search results can show it whole; it has ${String(issue.input).length}`,
		}),
	keywords: z
		.array(z.string({ error: 'must be a list of words or phrases' }).trim().min(1, { error: 'must not contain empty entries' }), {
			error: 'must be a list, written as [refund, send back] or as lines starting with "- "',
		})
		.default([]),
	/** When the text last changed; without it, the date of the file's last commit is used. */
	updated: isoDateSchema.optional(),
	featured: z.boolean({ error: 'must be true or false' }).default(false),
	order: z.number({ error: 'must be a number; articles with a lower number come first' }).int({ error: 'must be a whole number' }).optional(),
	draft: z.boolean({ error: 'must be true or false' }).default(false),
	/** A translation begun from the original's text (npm run new -- --locale): shown by npm run dev, left out of builds until a translator removes it. */
	needsTranslation: z.boolean({ error: 'must be true or false' }).default(false),
	/** Who keeps the article true: a name, a team or an address, as the shop likes; `npm run check` groups overdue reviews by it. */
	owner: z.string({ error: 'must be text: who looks after this article' }).trim().min(1, { error: 'must not be empty: who looks after this article' }).optional(),
	/** The day by which someone should read the article again against the shop as it is. */
	reviewBy: isoDateSchema.optional(),
	/** Other articles a reader of this one may need next, in any category, as category/slug. */
	related: z
		.array(
			z
				.string({ error: 'must be an article written as category/slug, such as returns/refund-times' })
				.trim()
				.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'must be an article written as category/slug, such as returns/refund-times (no language, no slashes around it)' }),
			{ error: 'must be a list of articles, written as [returns/refund-times, orders/track-your-order]' },
		)
		.default([]),
	/** Where the article used to be, as category/slug: the old addresses lead here in every language. */
	redirectFrom: z
		.array(
			z
				.string({ error: 'must be an old address written as category/slug, such as returns/old-name' })
				.trim()
				.transform((old) => old.replace(/^\/+|\/+$/g, ''))
				.pipe(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'must be an old address written as category/slug, such as returns/old-name (no language, no slashes around it)' })),
			{ error: 'must be a list of old addresses, written as [returns/old-name]' },
		)
		.default([]),
});

export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>;
