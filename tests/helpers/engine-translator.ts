import type { PolicyStrings } from '../../src/policies/fact-text.js';
import { createTranslator, type Translate } from '../../src/i18n/translator.js';
import type { UiResources } from '../../src/i18n/ui-resources.js';
import { pluralFormsOf, resolveUiStrings } from '../../src/i18n/ui-strings.js';

function engineResources(locales: string[]): UiResources {
	const { resources, problems } = resolveUiStrings({ locales, overrides: {}, fileOf: (locale, namespace) => `${locale}/${namespace}.json` });
	if (problems.length > 0) throw new Error(`The engine lacks UI strings for ${locales.join(', ')}: ${problems.map((p) => p.message).join('; ')}`);
	return resources;
}

/** A translator with only the engine's own UI strings, for tests of modules that take one. */
export function engineTranslator(locales: string[], defaultLocale = locales[0] ?? 'en'): (locale: string) => Translate {
	return createTranslator(engineResources(locales), defaultLocale);
}

/** The engine's strings of one locale as policy facts use them. */
export function enginePolicyStrings(locale: string): PolicyStrings {
	const resources = engineResources([locale]);
	return { locale, t: createTranslator(resources, locale)(locale), plural: (key) => pluralFormsOf(resources, locale, key) };
}
