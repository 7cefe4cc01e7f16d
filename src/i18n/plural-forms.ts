/** A plural message's templates per plural category, e.g. { one: "{{count}} result", other: "{{count}} results" }. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * Picks the form for a count and fills in the number, in the browser, where
 * i18next is not loaded: islands receive only the forms they need.
 */
export function formatPlural(locale: string, forms: PluralForms, count: number): string {
	const category = new Intl.PluralRules(locale).select(count);
	const template = forms[category] ?? forms.other ?? '';
	return template.replaceAll('{{count}}', new Intl.NumberFormat(locale).format(count));
}

/** Fills {{name}} placeholders of a UI string in the browser. */
export function fillTemplate(template: string, values: Record<string, string>): string {
	return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match);
}
