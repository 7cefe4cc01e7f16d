import { themeSchema } from '../theme/theme-schema.js';
import { z } from 'zod';
import { contactFormConfigSchema } from '../contact/form-config-schema.js';
import { insightsConfigSchema } from '../insights/insights-config.js';
import { httpUrlSchema } from './common-schemas.js';

const localeCode = z
	.string({ error: 'must be a language code such as en, he or pt-BR' })
	.trim()
	.refine(isLanguageTag, { error: 'must be a valid BCP 47 language code such as en, he or pt-BR' });

function isLanguageTag(value: string): boolean {
	try {
		return new Intl.Locale(value).toString().toLowerCase() === value.toLowerCase();
	} catch {
		return false;
	}
}

const localeEntry = z.union(
	[
		localeCode.transform((code) => ({ code })),
		z.strictObject({
			code: localeCode,
			/** Name of the language in itself, shown in the language switcher. Defaults to what Intl knows. */
			label: z.string().trim().min(1).optional(),
			/** Text direction. Defaults to the direction Intl knows for the language. */
			dir: z.enum(['ltr', 'rtl'], { error: 'must be ltr or rtl' }).optional(),
		}),
	],
	{ error: 'must be a language code, or a group with code and optionally label and dir' },
);

const httpUrl = httpUrlSchema;

export const siteSchema = z
	.strictObject({
		name: z.string({ error: 'is required: the shop name shown in the header and titles' }).trim().min(1),
		url: httpUrl,
		shopUrl: httpUrl.optional(),
		/** Replaced by `insights`; kept to tell a shop that still has it what to write instead. */
		analyticsEndpoint: z.never({ error: 'is replaced by insights: write "insights: { target: webhook, url: <this address> }" (README "Insights")' }).optional(),
		/** Where searches, votes and survey answers go; see README "Insights". */
		insights: insightsConfigSchema.optional(),
		defaultLocale: localeCode,
		locales: z.array(localeEntry, { error: 'must be a list of languages' }).min(1, { error: 'must list at least one language' }),
		/** The contact form; without it the contact page lists the channels only. See README "Contact form". */
		contactForm: contactFormConfigSchema.optional(),
		/** Logo, colours, favicon. See README "Your brand". */
		theme: themeSchema.optional(),
	})
	.superRefine((site, ctx) => {
		const codes = site.locales.map((l) => l.code);
		const duplicates = codes.filter((code, i) => codes.indexOf(code) !== i);
		for (const code of new Set(duplicates)) {
			ctx.addIssue({ code: 'custom', path: ['locales'], message: `lists "${code}" more than once` });
		}
		if (!codes.includes(site.defaultLocale)) {
			ctx.addIssue({
				code: 'custom',
				path: ['defaultLocale'],
				message: `is "${site.defaultLocale}", which is not one of the locales (${codes.join(', ')})`,
			});
		}
	});

export type SiteInput = z.output<typeof siteSchema>;
