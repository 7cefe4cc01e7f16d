import { z } from 'zod';
import { withBase } from '../catalog/routes.js';
import { httpUrlSchema } from '../shop/common-schemas.js';
import { SURVEY_SCALES, type SurveyQuestion } from './limits.js';

/**
 * site.yaml `insights`: where the help center sends what shoppers search, open, vote and
 * answer (README "Insights"). Without it nothing is sent. `local` is the receiver that
 * `npm start` runs, storing events beside the contact inbox; `webhook` posts the same JSON to
 * any endpoint the shop runs.
 */

/** The local receiver's address under the site's base path. */
export const LOCAL_INSIGHTS_ENDPOINT = 'api/insights';

const survey = z
	.array(z.enum(Object.keys(SURVEY_SCALES) as [SurveyQuestion, ...SurveyQuestion[]], { error: 'must list ces (how easy) and/or csat (how satisfied)' }))
	.default(['ces']);

export const insightsConfigSchema = z.discriminatedUnion(
	'target',
	[
		z.strictObject({
			target: z.literal('local'),
			/** The questions on the "message sent" page, in order. */
			survey,
		}),
		z.strictObject({
			target: z.literal('webhook'),
			/** Receives `{"events":[…]}` as a text/plain POST (a beacon). */
			url: httpUrlSchema,
			survey,
		}),
	],
	{ error: 'must say where events go: target: local (the receiver of npm start) or target: webhook with a url' },
);
export type InsightsConfig = z.output<typeof insightsConfigSchema>;

/** Where the browser sends events: the local receiver under the base path, or the webhook. */
export function insightsUrl(config: InsightsConfig | undefined, base: string): string | undefined {
	if (!config) return undefined;
	return config.target === 'local' ? withBase(base, `/${LOCAL_INSIGHTS_ENDPOINT}`) : config.url;
}
