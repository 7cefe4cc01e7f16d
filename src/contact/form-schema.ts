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

/** The size of a text in UTF-8, as it is sent and stored. */
export function utf8Bytes(text: string): number {
	return new TextEncoder().encode(text).byteLength;
}

/**
 * Character limits count what a reader sees, so a thousand combining marks stacked on one letter
 * count as one. Every text is also capped in bytes: four per allowed character, what the longest
 * ordinary characters (emoji) take, so no one who types normally ever meets this cap.
 */
export const BYTES_PER_CHARACTER = 4;
export const NAME_MAX_LENGTH = 100;
export const ORDER_NUMBER_MAX_LENGTH = 64;
export const EMAIL_MAX_LENGTH = 254;

/** The most text, in UTF-8 bytes, a valid entry can hold: what a receiver needs to read at most. */
export function maxEntryBytes(config: Pick<ContactFormConfig, 'maxMessageLength'>): number {
	return BYTES_PER_CHARACTER * (config.maxMessageLength + NAME_MAX_LENGTH + ORDER_NUMBER_MAX_LENGTH + EMAIL_MAX_LENGTH);
}

// Characters no keyboard types: C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
// The message keeps tabs and line breaks; a single-line field keeps neither (a line break in a name
// or an email address can forge headers in the mail a help desk sends).
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;

/**
 * A single line of text: trimmed, at most `max` characters and `max` × 4 bytes, no control
 * characters. The contact relay checks what it forwards with the same rules (src/relay/relay.ts).
 */
export function singleLine(required: string | undefined, max: number, tooLong: string) {
	const text = z.string(required ? { error: required } : undefined).trim();
	return (required ? text.min(1, { error: required }) : text)
		.refine((value) => value.length <= max && utf8Bytes(value) <= BYTES_PER_CHARACTER * max, { error: tooLong, abort: true })
		.refine((value) => !CONTROL.test(value), { error: 'form.errors.invalidCharacters' });
}

/** A shopper's email address: one line, no control characters, a valid address. */
export function emailAddress() {
	return z
		.string({ error: 'form.errors.emailRequired' })
		.trim()
		.min(1, { error: 'form.errors.emailRequired' })
		.max(EMAIL_MAX_LENGTH, { error: 'form.errors.emailInvalid', abort: true })
		.refine((value) => !CONTROL.test(value), { error: 'form.errors.invalidCharacters', abort: true })
		.pipe(z.email({ error: 'form.errors.emailInvalid' }));
}

/** The message: line breaks kept (one kind), at most `maxLength` visible characters, no other control characters. */
export function messageText(maxLength: number) {
	return (
		z
			.string({ error: 'form.errors.messageRequired' })
			// Form posts send line breaks as CR LF; keep them as typed, one way.
			.overwrite((value) => value.replace(/\r\n?/g, '\n'))
			.trim()
			.min(1, { error: 'form.errors.messageRequired' })
			// Bytes first: counting characters in megabytes of stacked marks is itself slow.
			.refine((value) => utf8Bytes(value) <= BYTES_PER_CHARACTER * maxLength, { error: 'form.errors.messageTooLong', abort: true })
			.refine((value) => visibleLength(value) <= maxLength, { error: 'form.errors.messageTooLong', abort: true })
			.refine((value) => !CONTROL_EXCEPT_LINES.test(value), { error: 'form.errors.invalidCharacters' })
	);
}

export function contactFormSchema(config: ContactFormConfig) {
	const orderPattern = config.orderNumberPattern ? new RegExp(config.orderNumberPattern) : undefined;
	return z.object({
		name: singleLine('form.errors.nameRequired', NAME_MAX_LENGTH, 'form.errors.nameTooLong'),
		email: emailAddress(),
		orderNumber: singleLine(undefined, ORDER_NUMBER_MAX_LENGTH, 'form.errors.orderNumberTooLong')
			.optional()
			.transform((value) => value || undefined)
			.refine((value) => value === undefined || !orderPattern || orderPattern.test(value), { error: 'form.errors.orderNumberInvalid' }),
		topic: z.enum(config.topics as [string, ...string[]], { error: 'form.errors.topicRequired' }),
		message: messageText(config.maxMessageLength),
	});
}

/** Whether a message is over the limit, in characters or in bytes: the live counter's warning. */
export function messageTooLong(message: string, maxMessageLength: number): boolean {
	return utf8Bytes(message) > BYTES_PER_CHARACTER * maxMessageLength || visibleLength(message) > maxMessageLength;
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
