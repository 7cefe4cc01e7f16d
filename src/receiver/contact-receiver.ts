import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { routePath, withBase } from '../catalog/routes.js';
import type { ContactFormSettings } from '../contact/form-config-schema.js';
import { FORM_FIELDS, contactFormSchema, formConfig, formErrors, maxEntryBytes, photoProblem, type FormField } from '../contact/form-schema.js';
import { formTexts, photoProblemText, type FormTexts } from '../contact/form-text.js';
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD } from '../contact/form-targets.js';
import { fillTemplate } from '../i18n/plural-forms.js';
import type { Translate } from '../i18n/translator.js';
import type { FormToken } from './form-token.js';
import { contactPageWithErrors, type SendProblem } from './no-script-answer.js';
import { photoTypeOf } from './photo-type.js';
import { sameOriginPost } from './request-origin.js';
import { withFormToken } from './served-pages.js';
import { spamSignals } from './spam-signals.js';
import { limitedBody } from '../utils/body-limit.js';
import type { IncomingPhoto, SubmissionStore } from './submission-store.js';

export interface ReceiverContext {
	settings: ContactFormSettings;
	locales: readonly string[];
	defaultLocale: string;
	t: (locale: string) => Translate;
	store: SubmissionStore;
	formToken: FormToken;
	/** Host names (with port) this receiver answers for; posts naming another host are refused. */
	hosts: readonly string[];
	/** The built site, whose contact pages answer posts made without JavaScript. */
	siteDir: string;
	base: string;
	now?: () => number;
}

/** Room for field names, the hidden fields and form encoding around the entry's own text. */
const ENVELOPE_BYTES = 16 * 1024;

/** The largest text body a valid entry can need: URL encoding writes a byte of text as up to three. */
export function textBodyLimit(settings: ContactFormSettings): number {
	return 3 * maxEntryBytes(formConfig(settings)) + ENVELOPE_BYTES;
}

/**
 * Receives a contact form post: JSON from the island (answers JSON), or a
 * classic form post without JavaScript (answers with a redirect to the
 * confirmation page, or the contact page showing what to fix).
 *
 * A message is acknowledged only once it is on disk. A suspected bot's
 * message is stored too, marked, so a person judged wrongly is never lost.
 */
export async function receiveContactPost(request: http.IncomingMessage, response: http.ServerResponse, context: ReceiverContext): Promise<void> {
	const wantsJson = (request.headers.accept ?? '').includes('application/json');
	const pageLocale = localeOfPage(request.headers.referer, context) ?? context.defaultLocale;

	// Another site's page must not be able to post here (and get its text reflected into our page).
	if (!sameOriginPost(request.headers, context.hosts)) {
		request.resume();
		if (wantsJson) return sendJson(response, 403, { error: 'foreign origin' });
		response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('This form can only be sent from its own page.');
		return;
	}

	// Only a multipart body can carry photos; any other body is text alone.
	const { attachments } = context.settings;
	const multipart = (request.headers['content-type'] ?? '').startsWith('multipart/form-data');
	const limit = textBodyLimit(context.settings) + (multipart && attachments ? attachments.maxFiles * attachments.maxMegabytes * 1024 * 1024 : 0);
	const tooLarge = () => {
		request.resume();
		if (wantsJson) return sendJson(response, 413, { error: 'too large' });
		// Without JavaScript nothing checked the photos' sizes before sending. The body is not read,
		// so the typed text cannot come back; the page says so in the language the shopper wrote in.
		const texts = textsFor(context, pageLocale);
		sendPage(response, 413, contactPageWithErrors(builtContactPage(context, pageLocale, {}), {}, { photos: texts.errors['form.errors.photosTooLarge'] ?? '' }));
	};
	if (Number(request.headers['content-length'] ?? 0) > limit) return tooLarge();

	let fields: Record<string, string>;
	let photos: IncomingPhoto[];
	try {
		({ fields, photos } = await readBody(request, limit, receivedFieldNames(context.settings)));
	} catch (error) {
		if (error instanceof BodyTooLarge) return tooLarge();
		sendJson(response, 400, { error: 'unreadable body' });
		return;
	}

	const locale = context.locales.includes(fields.locale ?? '') ? (fields.locale as string) : pageLocale;
	const sentPage = withBase(context.base, routePath(locale, { type: 'contactSent' }));
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
		const texts = textsFor(context, locale);
		const shown: Partial<Record<FormField, string>> = {};
		for (const [field, key] of Object.entries(errors) as [FormField, string][]) shown[field] = texts.errors[key] ?? key;
		if (photoIssue) shown.photos = photoProblemText(texts, photoIssue);
		sendPage(response, 422, contactPageWithErrors(builtContactPage(context, locale, fields), fields, shown));
		return;
	}

	const data = contactFormSchema(config).parse(fields);
	const spam = spamSignals({
		honeypot: fields[HONEYPOT_FIELD],
		token: fields[FORM_TOKEN_FIELD],
		formToken: context.formToken,
		now: context.now?.() ?? Date.now(),
		minimumFillTime: context.settings.minimumFillTime,
	});
	let reference: string;
	try {
		reference = context.store.save(
			{ ...data, locale, ...handoffDetails(fields), ...(spam.length > 0 ? { spam } : {}) },
			accepted.filter((photo) => photo.bytes.byteLength > 0),
		).reference;
	} catch (error) {
		// Disk full, no permission: the shopper must not believe the message arrived.
		console.error('The contact form receiver could not store a message:', error);
		if (wantsJson) return sendJson(response, 503, { error: 'not stored' });
		const page = builtContactPage(context, locale, fields);
		sendPage(response, 503, contactPageWithErrors(page, fields, {}, notStored(textsFor(context, locale), page)));
		return;
	}
	if (wantsJson) sendJson(response, 201, { reference });
	else redirect(response, `${sentPage}?ref=${encodeURIComponent(reference)}`);
}

/** The market and the page the shopper came from, when the form sent them and they are what they claim to be. */
function handoffDetails(fields: Record<string, string | undefined>): { market?: string; fromPage?: string } {
	const market = fields.market && /^[a-z0-9-]{1,40}$/.test(fields.market) ? fields.market : undefined;
	const fromPage =
		fields.fromPage && fields.fromPage.length <= 2000 && /^https?:\/\//.test(fields.fromPage) && URL.canParse(fields.fromPage) ? fields.fromPage : undefined;
	return { ...(market ? { market } : {}), ...(fromPage ? { fromPage } : {}) };
}

/** The fields a post may carry; anything else is dropped unread. */
function receivedFieldNames(settings: ContactFormSettings): ReadonlySet<string> {
	return new Set<string>([...FORM_FIELDS, 'locale', 'market', 'fromPage', FORM_TOKEN_FIELD, HONEYPOT_FIELD]);
}

function textsFor(context: ReceiverContext, locale: string): FormTexts {
	return formTexts(context.t(locale), locale, context.settings);
}

function notStored(texts: FormTexts, page: string): SendProblem {
	const text = fillTemplate(texts.failed.server, { status: '503' });
	// The other channels are listed on the same page when the shop has any.
	return page.includes('id="channels"') ? { text, otherChannels: { text: texts.otherChannels, href: '#channels' } } : { text };
}

/**
 * The built contact page, to send back to fix or resend an entry. It carries the token the
 * shopper's page had, so the time they already spent counts; a page whose token is missing or
 * not ours gets a new one.
 */
function builtContactPage(context: ReceiverContext, locale: string, fields: Record<string, string>): string {
	const html = fs.readFileSync(path.join(context.siteDir, locale, 'contact/index.html'), 'utf8');
	const now = context.now?.() ?? Date.now();
	const sent = fields[FORM_TOKEN_FIELD] ?? '';
	return withFormToken(html, context.formToken.age(sent, now) === undefined ? context.formToken.issue(now) : sent);
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

type Body = { fields: Record<string, string>; photos: IncomingPhoto[] };

async function readBody(request: http.IncomingMessage, limit: number, names: ReadonlySet<string>): Promise<Body> {
	const body = limitedBody(Readable.toWeb(request) as ReadableStream<Uint8Array>, limit);
	try {
		return await parseBody(request.headers['content-type'] ?? '', body.stream, names);
	} catch (error) {
		throw body.exceeded() ? new BodyTooLarge() : error;
	}
}

async function parseBody(type: string, body: ReadableStream<Uint8Array>, names: ReadonlySet<string>): Promise<Body> {
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
			if (names.has(key) && (typeof value === 'string' || typeof value === 'number')) fields[key] = String(value);
		}
		return { fields, photos };
	}
	const form = await webRequest.formData();
	for (const [key, value] of form.entries()) {
		if (typeof value === 'string') {
			if (names.has(key)) fields[key] = value;
		} else if (key === 'photos' && (value.name !== '' || value.size > 0)) {
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

function sendPage(response: http.ServerResponse, status: number, html: string): void {
	response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff' }).end(html);
}

function redirect(response: http.ServerResponse, location: string): void {
	response.writeHead(303, { location }).end();
}
