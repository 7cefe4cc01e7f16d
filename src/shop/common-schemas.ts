import { z } from 'zod';
import type { ContentProblem } from '../content/problems.js';

/** Schema parts several shop files share, with the same wording wherever they appear. */

/** Text given per locale: `{ en: "Orders", he: "הזמנות" }`. */
export const localizedTextSchema = z.record(z.string(), z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }), {
	error: 'must be a group of texts per language, for example "en: Orders"',
});
export type LocalizedText = z.output<typeof localizedTextSchema>;

export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' });

export const countryCodeSchema = z
	.string({ error: 'must be a two-letter ISO country code such as DE or FR' })
	.regex(/^[A-Z]{2}$/, { error: 'must be a two-letter ISO country code in capitals, such as DE or FR' })
	.refine(
		(code) => {
			try {
				return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code) !== undefined;
			} catch {
				// Not two capitals: the rule above says so already.
				return true;
			}
		},
		{ error: 'is not an ISO 3166 country code' },
	);

export const currencyCodeSchema = z
	.string({ error: 'must be a three-letter ISO currency code such as EUR or USD' })
	.regex(/^[A-Z]{3}$/, { error: 'must be a three-letter ISO currency code in capitals, such as EUR or USD' })
	.refine((code) => !/^[A-Z]{3}$/.test(code) || Intl.supportedValuesOf('currency').includes(code), { error: 'is not an ISO 4217 currency code' });

export const languageTagSchema = z.string({ error: 'must be a language code such as "pl" or "pt-BR"' }).refine(
	(tag) => {
		try {
			return Intl.getCanonicalLocales(tag).length === 1;
		} catch {
			return false;
		}
	},
	{ error: 'is not a BCP 47 language code such as "pl" or "pt-BR"' },
);

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

export const timeZoneSchema = z
	.string({ error: 'must be an IANA time zone such as Europe/Berlin' })
	.refine(isTimeZone, { error: 'must be an IANA time zone such as Europe/Berlin' });

/**
 * Texts per language need one in the default locale (the others fall back to
 * it) and may only name locales of site.yaml.
 */
export function checkLocalizedText(
	text: LocalizedText,
	where: { file: string; field: string; locales: readonly string[]; defaultLocale: string },
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	if (!text[where.defaultLocale]) {
		problems.push({
			file: where.file,
			field: where.field,
			message: `needs a text in the default locale (${where.defaultLocale}); other languages fall back to it`,
		});
	}
	for (const locale of Object.keys(text).filter((code) => !where.locales.includes(code))) {
		problems.push({
			file: where.file,
			field: `${where.field}.${locale}`,
			message: `is not a locale in site.yaml (${where.locales.join(', ')})`,
			unlistedLocale: locale,
		});
	}
	return problems;
}
