import { z } from 'zod';
import { httpUrlSchema, localizedTextSchema } from '../shop/common-schemas.js';

/**
 * `contactForm` in site.yaml: where the contact form sends messages and what
 * it asks. Validated at build time, so an operator learns about a missing
 * endpoint or a broken order-number pattern before shoppers do.
 */

export const FORM_TARGETS = ['local', 'json', 'netlify', 'formspree', 'zendesk', 'relay'] as const;
export type FormTarget = (typeof FORM_TARGETS)[number];

/** Targets that take photo uploads (multipart/form-data, or Zendesk's Uploads API). */
export const TARGETS_WITH_FILES: readonly FormTarget[] = ['local', 'netlify', 'formspree', 'zendesk', 'relay'];

/** What the form knows beyond the shopper's text, which a help desk can keep in fields of its own. */
export const HANDOFF_FIELDS = ['language', 'topic', 'orderNumber', 'market', 'page'] as const;
export type HandoffField = (typeof HANDOFF_FIELDS)[number];

const zendeskFieldId = z
	.number({ error: "must be the number of a ticket field in Zendesk (Admin Center → Objects and rules → Tickets → Fields: the field's ID)" })
	.int({ error: 'must be a whole number: the ID of a ticket field in Zendesk' })
	.positive({ error: 'must be the ID of a ticket field in Zendesk' });

/** Milliseconds a person needs at least to fill the form, unless site.yaml says otherwise; the relay, which has no site.yaml, uses it too. */
export const DEFAULT_MINIMUM_FILL_TIME = 3000;

/** Where the receiver that `npm start` runs listens, relative to the site's base path. */
export const LOCAL_ENDPOINT = 'api/contact';
/** Where the contact relay (Freshdesk, Help Scout, Gorgias) listens by default: the same path in npm start, Netlify and Cloudflare. */
export const RELAY_ENDPOINT = 'api/contact-relay';

const topicId = z
	.string({ error: 'must be a short id such as order or return' })
	.regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be lowercase letters, digits and hyphens, such as damaged-item' });

const topicSchema = z.strictObject({
	id: topicId,
	/** Label per locale code; a locale without one shows the default locale's. */
	label: localizedTextSchema,
});

export const contactFormConfigSchema = z
	.strictObject({
		target: z.enum(FORM_TARGETS, { error: `must be one of ${FORM_TARGETS.join(', ')}` }),
		/** json: the URL that receives the JSON; formspree: https://formspree.io/f/<form id>; zendesk: https://<subdomain>.zendesk.com. */
		endpoint: httpUrlSchema.optional(),
		/** Netlify Forms: the form's name in the Netlify dashboard. */
		formName: z.string().trim().min(1).default('contact'),
		topics: z.array(topicSchema, { error: 'must be a list of topics, each with an id and labels' }).min(1, { error: 'must list at least one topic' }),
		maxMessageLength: z
			.number({ error: 'must be a number of characters, such as 2000' })
			.int({ error: 'must be a whole number of characters' })
			.min(20, { error: 'must allow at least 20 characters' })
			.max(20000, { error: 'must be at most 20000 characters' })
			.default(2000),
		orderNumberPattern: z.string().refine(isRegExp, { error: 'must be a valid regular expression, such as "^ORD-\\\\d{6}$"' }).optional(),
		orderNumberExample: z.string().trim().min(1).optional(),
		attachments: z
			.strictObject({
				maxFiles: z.number().int().min(1).max(10, { error: 'must be at most 10 photos' }),
				maxMegabytes: z.number().positive().max(25, { error: 'must be at most 25 MB per photo' }),
			})
			.optional(),
		/**
		 * Zendesk: the ticket fields that take the shopper's language, the topic (a drop-down field whose
		 * values are the topic ids, so it tags the ticket too), the order number, the market and the page
		 * the shopper came from. What has no field goes into the message, so the agent sees it either way.
		 */
		zendeskFields: z
			.strictObject(
				Object.fromEntries(HANDOFF_FIELDS.map((field) => [field, zendeskFieldId.optional()])) as Record<HandoffField, z.ZodOptional<typeof zendeskFieldId>>,
				{
					error: (issue) =>
						issue.code === 'unrecognized_keys'
							? `names ${issue.keys.join(', ')}, which the form does not know; it can fill ${HANDOFF_FIELDS.join(', ')}`
							: `must map ${HANDOFF_FIELDS.join(', ')} to Zendesk ticket field IDs, such as { orderNumber: 360012345678 }`,
				},
			)
			.optional(),
		/** Milliseconds a person needs at least to fill the form; faster sends are treated as spam. */
		minimumFillTime: z.number().int().min(0).default(DEFAULT_MINIMUM_FILL_TIME),
	})
	.superRefine((config, ctx) => {
		const help = endpointHelp(config.target);
		const needsEndpoint = help !== undefined;
		if (help && !config.endpoint) {
			ctx.addIssue({ code: 'custom', path: ['endpoint'], message: `is required for the ${config.target} target: ${help}` });
		}
		// The relay has an address of its own by default, and may live elsewhere.
		if (!needsEndpoint && config.endpoint && config.target !== 'relay') {
			ctx.addIssue({ code: 'custom', path: ['endpoint'], message: `is not used by the ${config.target} target; remove it` });
		}
		if (config.attachments && !TARGETS_WITH_FILES.includes(config.target)) {
			ctx.addIssue({
				code: 'custom',
				path: ['attachments'],
				message: `cannot be used with the ${config.target} target, which does not accept files (only ${TARGETS_WITH_FILES.join(', ')} do); remove it`,
			});
		}
		if (config.zendeskFields && config.target !== 'zendesk') {
			ctx.addIssue({ code: 'custom', path: ['zendeskFields'], message: `is only used by the zendesk target, not ${config.target}; remove it` });
		}
		if (config.orderNumberPattern && !config.orderNumberExample) {
			ctx.addIssue({
				code: 'custom',
				path: ['orderNumberExample'],
				message: 'is required with orderNumberPattern: shoppers see it as a hint and in the error message',
			});
		}
		if (config.orderNumberPattern && config.orderNumberExample && isRegExp(config.orderNumberPattern)) {
			if (!new RegExp(config.orderNumberPattern).test(config.orderNumberExample)) {
				ctx.addIssue({
					code: 'custom',
					path: ['orderNumberExample'],
					message: `"${config.orderNumberExample}" does not match orderNumberPattern ${config.orderNumberPattern}`,
				});
			}
		}
		const ids = config.topics.map((t) => t.id);
		for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) {
			ctx.addIssue({ code: 'custom', path: ['topics'], message: `lists the topic "${id}" more than once` });
		}
	});

/** What the endpoint of a target is, for targets that need one. */
function endpointHelp(target: FormTarget): string | undefined {
	switch (target) {
		case 'json':
			return 'the address that receives the messages as JSON';
		case 'formspree':
			return 'your form address, https://formspree.io/f/<form id>';
		case 'zendesk':
			return 'your Zendesk address, https://<subdomain>.zendesk.com';
		default:
			return undefined;
	}
}

function isRegExp(pattern: string): boolean {
	try {
		new RegExp(pattern);
		return true;
	} catch {
		return false;
	}
}

export type ContactFormSettings = z.output<typeof contactFormConfigSchema>;
