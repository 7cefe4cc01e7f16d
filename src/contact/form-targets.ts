import { routePath, withBase } from '../catalog/routes.js';
import { LOCAL_ENDPOINT, TARGETS_WITH_FILES, type ContactFormSettings } from './form-config-schema.js';
import type { ContactFormData } from './form-schema.js';

/**
 * How the contact form talks to each target. The same description drives the
 * HTML form (what posts without JavaScript) and the island's fetch, so the
 * two paths cannot drift apart.
 */

/** The spam trap: people never see or fill it. Formspree reads `_gotcha` as its own honeypot. */
export function honeypotName(settings: Pick<ContactFormSettings, 'target'>): string {
	return settings.target === 'formspree' ? '_gotcha' : 'website';
}

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
				netlify: { name: settings.formName, honeypot: honeypotName(settings) },
				postsWithoutScript: true,
				acceptsFiles,
			};
		case 'zendesk':
			return { action: zendeskRequestsUrl(settings.endpoint ?? ''), enctype: 'application/x-www-form-urlencoded', hidden, postsWithoutScript: false, acceptsFiles: false };
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
	startedAt: number;
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
		[honeypotName(settings)]: outgoing.honeypot,
		startedAt: String(outgoing.startedAt),
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
					body: JSON.stringify({ ...fields, topicLabel: outgoing.topicLabel, startedAt: outgoing.startedAt }),
				},
			};
		case 'zendesk': {
			const subject = data.orderNumber ? `${outgoing.topicLabel} (${data.orderNumber})` : outgoing.topicLabel;
			const body = data.orderNumber ? `${data.message}\n\n${outgoing.orderNumberLabel}: ${data.orderNumber}` : data.message;
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
