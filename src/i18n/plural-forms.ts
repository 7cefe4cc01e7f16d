/** A plural message's templates per plural category, e.g. { one: "{{count}} result", other: "{{count}} results" }. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * Picks the form for a count and fills in the number, in the browser, where
 * i18next is not loaded: islands receive only the forms they need.
 */
export function formatPlural(locale: string, forms: PluralForms, count: number, extra: Record<string, number> = {}): string {
	const category = new Intl.PluralRules(locale).select(count);
	const template = forms[category] ?? forms.other ?? '';
	const number = new Intl.NumberFormat(locale);
	const values = Object.fromEntries(Object.entries({ ...extra, count }).map(([name, value]) => [name, number.format(value)]));
	return fillTemplate(template, values);
}

/** Fills {{name}} placeholders of a UI string in the browser. */
export function fillTemplate(template: string, values: Record<string, string>): string {
	return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match);
}
