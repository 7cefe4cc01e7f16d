import { routePath, withBase } from '../catalog/routes.js';
import { LOCAL_ENDPOINT, RELAY_ENDPOINT, TARGETS_WITH_FILES, type ContactFormSettings, type HandoffField } from './form-config-schema.js';
import type { ContactFormData } from './form-schema.js';

/**
 * How the contact form talks to each target. The same description drives the
 * HTML form (what posts without JavaScript) and the island's fetch, so the
 * two paths cannot drift apart.
 */

/**
 * The spam trap: people never see or fill it. Not Formspree's `_gotcha`, which Formspree silently
 * drops: a person whose browser filled it would be lost. Every target gets the trap as a field to weigh.
 */
export const HONEYPOT_FIELD = 'website';

/** The local receiver's token that dates the page (see receiver/form-token.ts); the form posts it back. */
export const FORM_TOKEN_FIELD = 'formToken';
/**
 * For targets that are not ours, seconds from when the form became usable to the send, by the
 * browser's steady clock: a spam signal for the help desk to weigh, never a reason to drop a message.
 */
export const FILL_SECONDS_FIELD = 'fillSeconds';
/** For the relay: the shop's minimumFillTime (ms), which a send faster than is noted as possible spam. */
export const MINIMUM_FILL_TIME_FIELD = 'minimumFillTime';

export interface HtmlFormSetup {
	action: string;
	enctype: 'multipart/form-data' | 'application/x-www-form-urlencoded';
	/** Hidden fields the target needs, beyond the shopper's entries. */
	hidden: Record<string, string>;
	/** Attributes that tell Netlify to collect this form at deploy time. */
	netlify?: { name: string; honeypot: string };
	/** False where the target only takes JSON (Zendesk): without JavaScript the page points to other channels. */
	postsWithoutScript: boolean;
	acceptsFiles: boolean;
}

export function htmlFormSetup(settings: ContactFormSettings, { base, locale }: { base: string; locale: string }): HtmlFormSetup {
	const acceptsFiles = Boolean(settings.attachments) && TARGETS_WITH_FILES.includes(settings.target);
	const enctype = acceptsFiles ? 'multipart/form-data' : 'application/x-www-form-urlencoded';
	const hidden = { locale };
	switch (settings.target) {
		case 'local':
			return { action: withBase(base, `/${LOCAL_ENDPOINT}`), enctype, hidden, postsWithoutScript: true, acceptsFiles };
		case 'json':
		case 'formspree':
			return { action: settings.endpoint ?? '', enctype, hidden, postsWithoutScript: true, acceptsFiles };
		case 'netlify':
			// Netlify answers a form post with the page named in `action`.
			return {
				action: withBase(base, routePath(locale, { type: 'contactSent' })),
				enctype,
				hidden: { 'form-name': settings.formName, ...hidden },
				netlify: { name: settings.formName, honeypot: HONEYPOT_FIELD },
				postsWithoutScript: true,
				acceptsFiles,
			};
		case 'relay':
			// The relay answers JSON to the island; a post without JavaScript would show the shopper that JSON.
			return { action: settings.endpoint ?? withBase(base, `/${RELAY_ENDPOINT}`), enctype, hidden, postsWithoutScript: false, acceptsFiles };
		case 'zendesk':
			return {
				action: zendeskRequestsUrl(settings.endpoint ?? ''),
				enctype: 'application/x-www-form-urlencoded',
				hidden,
				postsWithoutScript: false,
				// Photos go through Zendesk's Uploads API from the island (see zendeskUploadRequest).
				acceptsFiles,
			};
	}
}

function zendeskRequestsUrl(endpoint: string): string {
	return new URL('/api/v2/requests.json', endpoint).href;
}

/** What the island sends: the validated entry plus the hidden and spam-check fields. */
export interface Outgoing {
	data: ContactFormData;
	locale: string;
	/** The topic's label in the shopper's language, for targets that show a subject line. */
	topicLabel: string;
	/** "Order number" in the shopper's language, for targets that only take one text. */
	orderNumberLabel: string;
	honeypot: string;
	/** The local receiver's page token, when the page came from it. */
	formToken: string;
	/** Seconds the form was open before the send. */
	fillSeconds: number;
	photos: readonly File[];
	/** The shopper's market, when the page knows it (<html data-market>). */
	market?: string | undefined;
	/** The help page the shopper came to the form from, as a full address. */
	fromPage?: string | undefined;
	/** Zendesk: the tokens of the photos already uploaded (see zendeskUploadRequest). */
	uploadTokens?: readonly string[];
}

export interface SendRequest {
	url: string;
	init: { method: 'POST'; headers: Record<string, string>; body: string | FormData | URLSearchParams | Blob };
}

export function sendRequest(settings: ContactFormSettings, outgoing: Outgoing, { base }: { base: string }): SendRequest {
	const setup = htmlFormSetup(settings, { base, locale: outgoing.locale });
	const { data } = outgoing;
	const fields: Record<string, string> = {
		...setup.hidden,
		name: data.name,
		email: data.email,
		...(data.orderNumber ? { orderNumber: data.orderNumber } : {}),
		topic: data.topic,
		message: data.message,
		// What routes a message: the shopper's market and the help page they came from, when known.
		...(outgoing.market ? { market: outgoing.market } : {}),
		...(outgoing.fromPage ? { fromPage: outgoing.fromPage } : {}),
		[HONEYPOT_FIELD]: outgoing.honeypot,
		...(settings.target === 'local' ? { [FORM_TOKEN_FIELD]: outgoing.formToken } : { [FILL_SECONDS_FIELD]: String(outgoing.fillSeconds) }),
	};
	const accept = { accept: 'application/json' };
	switch (settings.target) {
		case 'local':
		case 'formspree':
		case 'netlify': {
			if (setup.acceptsFiles && outgoing.photos.length > 0) {
				return { url: setup.action, init: { method: 'POST', headers: accept, body: multipartBody(fields, outgoing.photos) } };
			}
			// Netlify takes AJAX posts at any path of the site; "/" is what its docs use.
			const url = settings.target === 'netlify' ? withBase(base, '/') : setup.action;
			return { url, init: { method: 'POST', headers: { ...accept, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) } };
		}
		case 'relay': {
			// The relay knows no site.yaml: the shop's own minimum decides its "possible spam" note.
			const relayed = { ...fields, topicLabel: outgoing.topicLabel, [MINIMUM_FILL_TIME_FIELD]: String(settings.minimumFillTime) };
			if (outgoing.photos.length > 0) {
				return { url: setup.action, init: { method: 'POST', headers: accept, body: multipartBody(relayed, outgoing.photos) } };
			}
			return { url: setup.action, init: { method: 'POST', headers: { ...accept, 'content-type': 'application/json' }, body: JSON.stringify(relayed) } };
		}
		case 'json':
			return {
				url: setup.action,
				init: {
					method: 'POST',
					headers: { ...accept, 'content-type': 'application/json' },
					body: JSON.stringify({ ...fields, topicLabel: outgoing.topicLabel, [FILL_SECONDS_FIELD]: outgoing.fillSeconds }),
				},
			};
		case 'zendesk': {
			const subject = ticketSubject(outgoing.topicLabel, data.orderNumber);
			// Zendesk takes no extra fields from anonymous requests but its ticket fields: what has no
			// field of its own, and the spam signals, are written under the message for the agent.
			const known: Record<HandoffField, string | undefined> = {
				language: outgoing.locale,
				topic: data.topic,
				orderNumber: data.orderNumber || undefined,
				market: outgoing.market,
				page: outgoing.fromPage,
			};
			const fields = settings.zendeskFields ?? {};
			const customFields = Object.entries(known).flatMap(([name, value]) => {
				const id = fields[name as HandoffField];
				return id !== undefined && value !== undefined ? [{ id, value }] : [];
			});
			const inText = (name: HandoffField) => fields[name] === undefined && known[name] !== undefined;
			const details = [
				inText('language') ? `Language: ${outgoing.locale}` : '',
				inText('market') ? `Market: ${outgoing.market}` : '',
				inText('page') ? `From: ${outgoing.fromPage}` : '',
			]
				.filter(Boolean)
				.join(' · ');
			const body = [data.message, inText('orderNumber') ? `${outgoing.orderNumberLabel}: ${data.orderNumber}` : '', details, spamNote(settings, outgoing)]
				.filter(Boolean)
				.join('\n\n');
			const uploads = outgoing.uploadTokens ?? [];
			return {
				url: setup.action,
				init: {
					method: 'POST',
					headers: { ...accept, 'content-type': 'application/json' },
					body: JSON.stringify({
						request: {
							requester: { name: data.name, email: data.email },
							subject,
							comment: { body, ...(uploads.length > 0 ? { uploads } : {}) },
							...(customFields.length > 0 ? { custom_fields: customFields } : {}),
						},
					}),
				},
			};
		}
	}
}

/** The fields and the photos in one body, as a form with a file input posts them (multipart/form-data). */
function multipartBody(fields: Readonly<Record<string, string>>, photos: readonly File[]): FormData {
	const body = new FormData();
	for (const [key, value] of Object.entries(fields)) body.append(key, value);
	for (const photo of photos) body.append('photos', photo, photo.name);
	return body;
}

/** Zendesk's Uploads API: one photo, answered with a token that the request then names. */
export function zendeskUploadRequest(settings: Pick<ContactFormSettings, 'endpoint'>, photo: File): SendRequest {
	const url = new URL('/api/v2/uploads.json', settings.endpoint ?? '');
	url.searchParams.set('filename', photo.name);
	return {
		url: url.href,
		init: { method: 'POST', headers: { accept: 'application/json', 'content-type': photo.type || 'application/octet-stream' }, body: photo },
	};
}

export function uploadTokenFromResponse(body: unknown): string | undefined {
	const token = (body as { upload?: { token?: unknown } } | null)?.upload?.token;
	return typeof token === 'string' ? token : undefined;
}

/** A ticket's subject in a help desk: the topic in the shopper's language, and the order number when given. */
export function ticketSubject(topicLabel: string, orderNumber: string | undefined): string {
	return orderNumber ? `${topicLabel} (${orderNumber})` : topicLabel;
}

/** A note for the help desk's agent when the send looks like a bot's; empty otherwise. */
export function spamNote(
	settings: Pick<ContactFormSettings, 'minimumFillTime'>,
	{ honeypot, fillSeconds }: Pick<Outgoing, 'honeypot' | 'fillSeconds'>,
): string {
	const signals = [
		honeypot.trim() !== '' ? 'the hidden spam-trap field was filled' : '',
		fillSeconds * 1000 < settings.minimumFillTime ? `sent ${fillSeconds} s after the form opened` : '',
	].filter(Boolean);
	return signals.length > 0 ? `(Possible spam: ${signals.join('; ')}.)` : '';
}

/** The reference number a target gives back, when it gives one. */
export function referenceFromResponse(settings: Pick<ContactFormSettings, 'target'>, body: unknown): string | undefined {
	if (typeof body !== 'object' || body === null) return undefined;
	const value =
		settings.target === 'zendesk'
			? (body as { request?: { id?: unknown } }).request?.id
			: settings.target === 'local' || settings.target === 'json' || settings.target === 'relay'
				? (body as { reference?: unknown }).reference
				: undefined;
	return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
