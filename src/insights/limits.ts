/**
 * The plain values of the insight event contract (event-schema.ts), apart from its zod
 * schema so that the browser can use them without loading zod.
 */

export const FEEDBACK_REASONS = ['unanswered', 'unclear', 'wrong', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

/** Survey questions after contact: Customer Effort Score (1 very difficult … 7 very easy) and satisfaction (1 … 5). */
export const SURVEY_SCALES = { ces: 7, csat: 5 } as const;
export type SurveyQuestion = keyof typeof SURVEY_SCALES;

/** The longest query and comment kept: enough for a question, too short for a letter. */
export const QUERY_MAX_LENGTH = 200;
export const COMMENT_MAX_LENGTH = 500;

/** Events in one request at most; the browser sends sooner. */
export const MAX_BATCH = 50;

/** Topic and market ids as events carry them: short, lowercase letters, digits and dashes. */
export const SHORT_ID = /^[a-z0-9-]{1,40}$/;
