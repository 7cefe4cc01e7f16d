import { routePath, withBase } from '../catalog/routes.js';
import { LOCAL_ENDPOINT, TARGETS_WITH_FILES, type ContactFormSettings } from './form-config-schema.js';
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
		case 'zendesk':
			return {
				action: zendeskRequestsUrl(settings.endpoint ?? ''),
				enctype: 'application/x-www-form-urlencoded',
				hidden,
				postsWithoutScript: false,
				acceptsFiles: false,
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
}

export interface SendRequest {
	url: string;
	init: { method: 'POST'; headers: Record<string, string>; body: string | FormData | URLSearchParams };
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
		[HONEYPOT_FIELD]: outgoing.honeypot,
		...(settings.target === 'local' ? { [FORM_TOKEN_FIELD]: outgoing.formToken } : { [FILL_SECONDS_FIELD]: String(outgoing.fillSeconds) }),
	};
	const accept = { accept: 'application/json' };
	switch (settings.target) {
		case 'local':
		case 'formspree':
		case 'netlify': {
			if (setup.acceptsFiles && outgoing.photos.length > 0) {
				const body = new FormData();
				for (const [key, value] of Object.entries(fields)) body.append(key, value);
				for (const photo of outgoing.photos) body.append('photos', photo, photo.name);
				return { url: setup.action, init: { method: 'POST', headers: accept, body } };
			}
			// Netlify takes AJAX posts at any path of the site; "/" is what its docs use.
			const url = settings.target === 'netlify' ? withBase(base, '/') : setup.action;
			return { url, init: { method: 'POST', headers: { ...accept, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) } };
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
			const subject = data.orderNumber ? `${outgoing.topicLabel} (${data.orderNumber})` : outgoing.topicLabel;
			// Zendesk takes no extra fields from anonymous requests: the agent reads the spam signals in the ticket.
			const suspicion = spamNote(settings, outgoing);
			const body = [data.message, data.orderNumber ? `${outgoing.orderNumberLabel}: ${data.orderNumber}` : '', suspicion].filter(Boolean).join('\n\n');
			return {
				url: setup.action,
				init: {
					method: 'POST',
					headers: { ...accept, 'content-type': 'application/json' },
					body: JSON.stringify({ request: { requester: { name: data.name, email: data.email }, subject, comment: { body } } }),
				},
			};
		}
	}
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
			: settings.target === 'local' || settings.target === 'json'
				? (body as { reference?: unknown }).reference
				: undefined;
	return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
