import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { routePath, withBase } from '../catalog/routes.js';
import type { ContactFormSettings } from '../contact/form-config-schema.js';
import { contactFormSchema, formConfig, formErrors, looksLikeSpam, photoProblem, type FormField } from '../contact/form-schema.js';
import { formTexts, photoProblemText } from '../contact/form-text.js';
import { honeypotName } from '../contact/form-targets.js';
import type { Translate } from '../i18n/translator.js';
import { contactPageWithErrors } from './no-script-answer.js';
import { photoTypeOf } from './photo-type.js';
import { newReference, type IncomingPhoto, type SubmissionStore } from './submission-store.js';

export interface ReceiverContext {
	settings: ContactFormSettings;
	locales: readonly string[];
	defaultLocale: string;
	t: (locale: string) => Translate;
	store: SubmissionStore;
	/** The built site, whose contact pages answer posts made without JavaScript. */
	siteDir: string;
	base: string;
	now?: () => number;
}

/** Text fields never get near this; photos are limited by the form's settings. */
const TEXT_BODY_LIMIT = 1024 * 1024;

/**
 * Receives a contact form post: JSON from the island (answers JSON), or a
 * classic form post without JavaScript (answers with a redirect to the
 * confirmation page, or the contact page showing what to fix).
 */
export async function receiveContactPost(request: http.IncomingMessage, response: http.ServerResponse, context: ReceiverContext): Promise<void> {
	const wantsJson = (request.headers.accept ?? '').includes('application/json');
	const limit = TEXT_BODY_LIMIT + (context.settings.attachments ? context.settings.attachments.maxFiles * context.settings.attachments.maxMegabytes * 1024 * 1024 : 0);
	const tooLarge = () => {
		request.resume();
		if (wantsJson) return sendJson(response, 413, { error: 'too large' });
		// Without JavaScript nothing checked the photos' sizes before sending. The body is not read,
		// so the typed text cannot come back; the page says so in the language the shopper wrote in.
		const locale = localeOfPage(request.headers.referer, context) ?? context.defaultLocale;
		const texts = formTexts(context.t(locale), locale, context.settings);
		const answer = contactPageWithErrors(builtContactPage(context, locale), {}, { photos: texts.errors['form.errors.photosTooLarge'] ?? '' });
		response.writeHead(413, { 'content-type': 'text/html; charset=utf-8' }).end(answer);
	};
	if (Number(request.headers['content-length'] ?? 0) > limit) return tooLarge();

	let fields: Record<string, string>;
	let photos: IncomingPhoto[];
	try {
		({ fields, photos } = await readBody(request, limit));
	} catch (error) {
		if (error instanceof BodyTooLarge) return tooLarge();
		sendJson(response, 400, { error: 'unreadable body' });
		return;
	}

	const locale = context.locales.includes(fields.locale ?? '') ? (fields.locale as string) : context.defaultLocale;
	const sentPage = withBase(context.base, routePath(locale, { type: 'contactSent' }));
	const now = context.now?.() ?? Date.now();
	// Spam gets the same answer as a real message, so bots learn nothing; it is not stored.
	if (looksLikeSpam(fields[honeypotName(context.settings)], fields.startedAt, now, context.settings.minimumFillTime)) {
		if (wantsJson) sendJson(response, 201, { reference: newReference() });
		else redirect(response, sentPage);
		return;
	}

	const config = formConfig(context.settings);
	const errors: Partial<Record<FormField, string>> = { ...formErrors(config, fields) };
	const accepted = context.settings.attachments ? photos : [];
	const photoIssue = photoProblem(
		accepted.map((photo) => ({ name: photo.name, type: photo.type, size: photo.bytes.byteLength })),
		context.settings.attachments,
	);
	if (Object.keys(errors).length > 0 || photoIssue) {
		if (wantsJson) {
			sendJson(response, 422, { errors: { ...errors, ...(photoIssue ? { photos: photoIssue.key } : {}) } });
			return;
		}
		const texts = formTexts(context.t(locale), locale, context.settings);
		const shown: Partial<Record<FormField, string>> = {};
		for (const [field, key] of Object.entries(errors) as [FormField, string][]) shown[field] = texts.errors[key] ?? key;
		if (photoIssue) shown.photos = photoProblemText(texts, photoIssue);
		response.writeHead(422, { 'content-type': 'text/html; charset=utf-8' }).end(contactPageWithErrors(builtContactPage(context, locale), fields, shown));
		return;
	}

	const data = contactFormSchema(config).parse(fields);
	const saved = context.store.save({ ...data, locale }, accepted.filter((photo) => photo.bytes.byteLength > 0));
	if (wantsJson) sendJson(response, 201, { reference: saved.reference });
	else redirect(response, `${sentPage}?ref=${encodeURIComponent(saved.reference)}`);
}

function builtContactPage({ siteDir }: Pick<ReceiverContext, 'siteDir'>, locale: string): string {
	return fs.readFileSync(path.join(siteDir, locale, 'contact/index.html'), 'utf8');
}

/** The language of the help center page a form was sent from ("/help/he/contact/" -> "he"). */
function localeOfPage(referer: string | undefined, { base, locales }: Pick<ReceiverContext, 'base' | 'locales'>): string | undefined {
	if (!referer) return undefined;
	try {
		const pagePath = new URL(referer).pathname;
		const prefix = base.replace(/\/?$/, '/');
		const first = pagePath.startsWith(prefix) ? pagePath.slice(prefix.length).split('/')[0] : undefined;
		return first && locales.includes(first) ? first : undefined;
	} catch {
		return undefined;
	}
}

class BodyTooLarge extends Error {}

async function readBody(request: http.IncomingMessage, limit: number): Promise<{ fields: Record<string, string>; photos: IncomingPhoto[] }> {
	// A body sent in chunks declares no length up front: count what arrives and stop past the limit.
	let received = 0;
	const counted = (Readable.toWeb(request) as ReadableStream<Uint8Array>).pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, controller) {
				received += chunk.byteLength;
				if (received > limit) controller.error(new BodyTooLarge());
				else controller.enqueue(chunk);
			},
		}),
	);
	try {
		return await parseBody(request.headers['content-type'] ?? '', counted);
	} catch (error) {
		throw received > limit ? new BodyTooLarge() : error;
	}
}

async function parseBody(type: string, body: ReadableStream<Uint8Array>): Promise<{ fields: Record<string, string>; photos: IncomingPhoto[] }> {
	const webRequest = new Request('http://receiver.local/', {
		method: 'POST',
		headers: { 'content-type': type },
		body,
		duplex: 'half',
	} as RequestInit);
	const fields: Record<string, string> = {};
	const photos: IncomingPhoto[] = [];
	if (type.includes('application/json')) {
		const json: unknown = await webRequest.json();
		if (typeof json !== 'object' || json === null) throw new Error('not an object');
		for (const [key, value] of Object.entries(json)) {
			if (typeof value === 'string' || typeof value === 'number') fields[key] = String(value);
		}
		return { fields, photos };
	}
	const form = await webRequest.formData();
	for (const [key, value] of form.entries()) {
		if (typeof value === 'string') fields[key] = value;
		else if (key === 'photos' && (value.name !== '' || value.size > 0)) {
			const bytes = new Uint8Array(await value.arrayBuffer());
			// What the file is, not what its name says (an empty type fails the photo check).
			photos.push({ name: value.name, type: photoTypeOf(bytes) ?? '', bytes });
		}
	}
	return { fields, photos };
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
	response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

function redirect(response: http.ServerResponse, location: string): void {
	response.writeHead(303, { location }).end();
}
