import { z } from 'zod';
import { withBase } from '../catalog/routes.js';
import { httpUrlSchema } from '../shop/common-schemas.js';
import { SURVEY_SCALES, type SurveyQuestion } from './limits.js';
import { GA4_ORIGINS, insightsEndpoint, type InsightsDestination } from './targets.js';

/**
 * site.yaml `insights`: where the help center sends what shoppers search, open, vote and
 * answer (README "Insights"). Without it nothing is sent. `local` is the receiver that
 * `npm start` runs, storing events beside the contact inbox; `webhook` posts the same JSON to
 * any endpoint the shop runs; `plausible` and `umami` send custom events to the shop's own
 * instance; `ga4` hands them to the Google tag a shop's host already puts on every page.
 */

/** The local receiver's address under the site's base path. */
export const LOCAL_INSIGHTS_ENDPOINT = 'api/insights';

const survey = z
	.array(z.enum(Object.keys(SURVEY_SCALES) as [SurveyQuestion, ...SurveyQuestion[]], { error: 'must list ces (how easy) and/or csat (how satisfied)' }))
	.default(['ces']);

/** An analytics instance's own address, without a path: events go to its documented API below it. */
const instanceUrl = httpUrlSchema.refine((url) => new URL(url).pathname === '/' && !new URL(url).search, {
	error: 'must be the address of the instance itself, such as https://plausible.io, without a path',
});

const GA4_REFUSAL =
	'needs the Google tag (gtag.js) on every page: GA4 takes events from the browser only through it, and its Measurement Protocol needs a secret that must not reach the browser. ' +
	'This help center loads no third-party script, so use ga4 only when your host already adds your Google tag to every page (for example Cloudflare Zaraz or Netlify snippet injection) and write "gtag: loaded-by-host"; ' +
	'otherwise choose plausible, umami, webhook or local (README "Insights")';

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
		z.strictObject({
			target: z.literal('plausible'),
			/** The Plausible instance: https://plausible.io or the shop's own. */
			url: instanceUrl,
			/** The site as it is named in Plausible, usually the help center's host name. */
			domain: z
				.string({ error: 'is required: the site as Plausible names it, such as help.example.com' })
				.regex(/^[a-z0-9.-]+\.[a-z]{2,}(?:\/[\w./-]*)?$/i, { error: 'must be the site as Plausible names it, such as help.example.com (no https://)' }),
			survey,
		}),
		z.strictObject({
			target: z.literal('umami'),
			/** The Umami instance: https://cloud.umami.is or the shop's own. */
			url: instanceUrl,
			/** The website's id in Umami (Settings → Websites → Edit). */
			websiteId: z.uuid({ error: "must be the website's id from Umami (Settings → Websites), such as 4fb7fa4c-5b46-438d-94b3-3a8fb9bc2e8b" }),
			survey,
		}),
		z.strictObject({
			target: z.literal('ga4'),
			/** The GA4 measurement id: G- and letters or digits. */
			measurementId: z
				.string({ error: 'is required: your GA4 measurement id, such as G-ABC123XYZ' })
				.regex(/^G-[A-Z0-9]{4,}$/, { error: 'must be a GA4 measurement id such as G-ABC123XYZ' }),
			/** The shop says its host already loads the Google tag; without it the build refuses (see GA4_REFUSAL). */
			gtag: z.literal('loaded-by-host', { error: GA4_REFUSAL }),
			survey,
		}),
	],
	{ error: 'must say where events go: target: local, webhook (with a url), plausible (url, domain), umami (url, websiteId) or ga4' },
);
export type InsightsConfig = z.output<typeof insightsConfigSchema>;

/** What the pages need to send events: the kind of target, its address, and the site it knows the shop by. */
export function insightsDestination(config: InsightsConfig | undefined, base: string): InsightsDestination | undefined {
	if (!config) return undefined;
	switch (config.target) {
		case 'local':
			return { kind: 'webhook', url: withBase(base, `/${LOCAL_INSIGHTS_ENDPOINT}`) };
		case 'webhook':
			return { kind: 'webhook', url: config.url };
		case 'plausible':
			return { kind: 'plausible', url: insightsEndpoint('plausible', config.url), site: config.domain };
		case 'umami':
			return { kind: 'umami', url: insightsEndpoint('umami', config.url), site: config.websiteId };
		case 'ga4':
			return { kind: 'ga4', url: 'gtag', site: config.measurementId };
	}
}

/** The origins the Content-Security-Policy must let the pages reach (and, for the Google tag, load scripts from). */
export function insightsCspSources(config: InsightsConfig | undefined): { connect: string[]; script: string[] } {
	if (!config || config.target === 'local') return { connect: [], script: [] };
	if (config.target === 'ga4') return { connect: [...GA4_ORIGINS.connect], script: [...GA4_ORIGINS.script] };
	return { connect: [new URL(config.url).origin], script: [] };
}
