import { z } from 'zod';

/**
 * The contact form's contract, shared by the form island (live checks), the
 * local receiver (no-JavaScript posts) and the tests. Error messages are UI
 * string keys under `form.errors.*`, so each place shows them in the
 * shopper's language.
 */
export interface ContactFormConfig {
	/** Topic ids shoppers choose from; their labels are per locale. */
	topics: readonly string[];
	/** Longest message, counted in characters as a reader sees them. */
	maxMessageLength: number;
	/** Regular expression an order number must match, e.g. "^KO-\\d{6}$". */
	orderNumberPattern?: string;
}

export const FORM_FIELDS = ['name', 'email', 'orderNumber', 'topic', 'message'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** Counts what a reader sees as one character: "é" written as e + accent is one, so is 👍🏽. */
export function visibleLength(text: string): number {
	let count = 0;
	for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) count++;
	return count;
}

// Letters, marks, digits, spaces and common name punctuation in any script; no control characters.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function contactFormSchema(config: ContactFormConfig) {
	const orderPattern = config.orderNumberPattern ? new RegExp(config.orderNumberPattern) : undefined;
	return z.object({
		name: z
			.string({ error: 'form.errors.nameRequired' })
			.trim()
			.min(1, { error: 'form.errors.nameRequired' })
			.max(100, { error: 'form.errors.nameTooLong' })
			.refine((value) => !CONTROL.test(value), { error: 'form.errors.invalidCharacters' }),
		email: z
			.string({ error: 'form.errors.emailRequired' })
			.trim()
			.min(1, { error: 'form.errors.emailRequired' })
			.max(254, { error: 'form.errors.emailInvalid' })
			.pipe(z.email({ error: 'form.errors.emailInvalid' })),
		orderNumber: z
			.string()
			.trim()
			.optional()
			.transform((value) => value || undefined)
			.refine((value) => value === undefined || !orderPattern || orderPattern.test(value), { error: 'form.errors.orderNumberInvalid' }),
		topic: z.enum(config.topics as [string, ...string[]], { error: 'form.errors.topicRequired' }),
		message: z
			.string({ error: 'form.errors.messageRequired' })
			.trim()
			.min(1, { error: 'form.errors.messageRequired' })
			.refine((value) => visibleLength(value) <= config.maxMessageLength, { error: 'form.errors.messageTooLong' })
			.refine((value) => !CONTROL.test(value.replace(/[\t\n\r]/g, '')), { error: 'form.errors.invalidCharacters' }),
	});
}

export type ContactFormData = z.output<ReturnType<typeof contactFormSchema>>;

/** Field -> UI string key of its first problem; empty when the entry is valid. */
export function formErrors(config: ContactFormConfig, input: Record<string, unknown>): Partial<Record<FormField, string>> {
	const result = contactFormSchema(config).safeParse(input);
	if (result.success) return {};
	const errors: Partial<Record<FormField, string>> = {};
	for (const issue of result.error.issues) {
		const field = issue.path[0] as FormField;
		errors[field] ??= issue.message;
	}
	return errors;
}

/** Bots fill every field and submit at once: a filled honeypot or a too-fast send is spam. */
export function looksLikeSpam(honeypot: unknown, startedAt: unknown, now: number, minimumMs = 3000): boolean {
	if (typeof honeypot === 'string' && honeypot.trim() !== '') return true;
	const started = Number(startedAt);
	return !Number.isFinite(started) || now - started < minimumMs;
}
