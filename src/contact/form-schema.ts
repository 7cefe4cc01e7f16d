import { z } from 'zod';
import type { ContactFormSettings } from './form-config-schema.js';

// This schema also runs in the browser under a strict Content-Security-Policy:
// without this, zod probes for eval() with `new Function`, which the browser
// reports as a violation even though zod catches the error.
z.config({ jitless: true });

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
	/** Regular expression an order number must match, e.g. "^ORD-\\d{6}$". */
	orderNumberPattern?: string;
}

/** The form's contract as site.yaml's `contactForm` sets it. */
export function formConfig(settings: ContactFormSettings): ContactFormConfig {
	return {
		topics: settings.topics.map((topic) => topic.id),
		maxMessageLength: settings.maxMessageLength,
		...(settings.orderNumberPattern ? { orderNumberPattern: settings.orderNumberPattern } : {}),
	};
}

export const FORM_FIELDS = ['name', 'email', 'orderNumber', 'topic', 'message', 'photos'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type TextField = Exclude<FormField, 'photos'>;

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
			// Form posts send line breaks as CR LF; keep them as typed, one way.
			.overwrite((value) => value.replace(/\r\n?/g, '\n'))
			.trim()
			.min(1, { error: 'form.errors.messageRequired' })
			.refine((value) => visibleLength(value) <= config.maxMessageLength, { error: 'form.errors.messageTooLong' })
			.refine((value) => !CONTROL.test(value.replace(/[\t\n\r]/g, '')), { error: 'form.errors.invalidCharacters' }),
	});
}

export type ContactFormData = z.output<ReturnType<typeof contactFormSchema>>;

/** Field -> UI string key of its first problem; empty when the entry is valid. */
export function formErrors(config: ContactFormConfig, input: Record<string, unknown>): Partial<Record<TextField, string>> {
	const result = contactFormSchema(config).safeParse(input);
	if (result.success) return {};
	const errors: Partial<Record<TextField, string>> = {};
	for (const issue of result.error.issues) {
		const field = issue.path[0] as TextField;
		errors[field] ??= issue.message;
	}
	return errors;
}

/** What a photo check needs to know of a file; both File and a received upload have it. */
export interface PhotoInfo {
	name: string;
	size: number;
	type: string;
}

export interface PhotoLimits {
	maxFiles: number;
	maxMegabytes: number;
}

/** Photo formats phones and cameras produce and support agents can open. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'] as const;

export interface PhotoProblem {
	key: 'form.errors.tooManyPhotos' | 'form.errors.photoTooLarge' | 'form.errors.photoType';
	file?: string;
}

/** The first problem with the chosen photos, if any. Browsers send an empty, nameless file for an empty file input. */
export function photoProblem(photos: readonly PhotoInfo[], limits: PhotoLimits | undefined): PhotoProblem | undefined {
	const chosen = photos.filter((photo) => photo.name !== '' || photo.size > 0);
	if (chosen.length === 0) return undefined;
	if (!limits || chosen.length > limits.maxFiles) return { key: 'form.errors.tooManyPhotos' };
	for (const photo of chosen) {
		if (!(PHOTO_TYPES as readonly string[]).includes(photo.type)) return { key: 'form.errors.photoType', file: photo.name };
		if (photo.size > limits.maxMegabytes * 1024 * 1024) return { key: 'form.errors.photoTooLarge', file: photo.name };
	}
	return undefined;
}

/**
 * Bots fill every field and submit at once: a filled honeypot or a too-fast
 * send is spam. The fill time is only known when the form's script ran; a
 * post without it (JavaScript off) is judged by the honeypot alone.
 */
export function looksLikeSpam(honeypot: unknown, startedAt: unknown, now: number, minimumMs = 3000): boolean {
	if (typeof honeypot === 'string' && honeypot.trim() !== '') return true;
	if (startedAt === undefined || startedAt === null || startedAt === '') return false;
	const started = Number(startedAt);
	return !Number.isFinite(started) || now - started < minimumMs;
}
