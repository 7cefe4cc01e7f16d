import { ticketSubject } from '../contact/form-targets.js';
import { escapeHtml } from '../utils/escape-html.js';

/**
 * The help desks that need a secret key, which must never reach a browser: Freshdesk, Help Scout
 * and Gorgias. The relay (relay.ts) holds the key and calls them with a message the form sent.
 * Each adapter turns one message into the help desk's documented API calls, with the language,
 * topic, order number, market and page where the help desk keeps such things (tags, fields),
 * and the photos as attachments. `fetchImpl` is the only way out, so tests run them against
 * fake servers.
 */

export interface RelayedMessage {
	name: string;
	email: string;
	orderNumber?: string | undefined;
	topic: string;
	topicLabel: string;
	message: string;
	locale: string;
	market?: string | undefined;
	fromPage?: string | undefined;
	/** A spam signal for the agent ("the hidden field was filled …"); empty when none. */
	spamNote: string;
	photos: readonly File[];
}

export type HelpDeskResult = { ok: true; reference: string } | { ok: false; status: number; detail: string };

export interface HelpDesk {
	send(message: RelayedMessage, fetchImpl: typeof fetch): Promise<HelpDeskResult>;
}

/** Base64 without Node's Buffer, which Cloudflare's runtime lacks. */
function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

const basic = (user: string, password: string) => `Basic ${toBase64(new TextEncoder().encode(`${user}:${password}`))}`;

const subjectOf = (message: RelayedMessage) => ticketSubject(message.topicLabel, message.orderNumber);

/** What the help desk has no field for, under the message: the agent sees it either way. */
function details(message: RelayedMessage, { orderNumber = true } = {}): string {
	return [
		orderNumber && message.orderNumber ? `Order number: ${message.orderNumber}` : '',
		`Language: ${message.locale}`,
		message.market ? `Market: ${message.market}` : '',
		message.fromPage ? `From: ${message.fromPage}` : '',
		message.spamNote,
	]
		.filter(Boolean)
		.join('\n');
}

/** Tags that route a ticket: the topic, the language and the market. */
function tagsOf(message: RelayedMessage): string[] {
	return [
		message.topic,
		`lang-${message.locale.toLowerCase()}`,
		...(message.market ? [`market-${message.market}`] : []),
		...(message.spamNote ? ['possible-spam'] : []),
	];
}

async function failure(response: Response, what: string): Promise<HelpDeskResult> {
	return { ok: false, status: response.status, detail: `${what} answered ${response.status}: ${(await response.text().catch(() => '')).slice(0, 300)}` };
}

/**
 * Freshdesk: POST /api/v2/tickets with the API key as the Basic user. Tags carry the topic,
 * language and market; the order number goes to the custom field the shop names
 * (FRESHDESK_ORDER_FIELD, e.g. cf_order_number), else into the description. Photos make it a
 * multipart request with attachments[].
 */
export function freshdesk({ url, apiKey, orderField }: { url: string; apiKey: string; orderField?: string | undefined }): HelpDesk {
	return {
		async send(message, fetchImpl) {
			const description = `${escapeHtml(message.message).replace(/\n/g, '<br>')}<br><br>${escapeHtml(details(message, { orderNumber: !orderField })).replace(/\n/g, '<br>')}`;
			const fields: Record<string, string> = { name: message.name, email: message.email, subject: subjectOf(message), description, status: '2', priority: '1' };
			const custom = orderField && message.orderNumber ? { [orderField]: message.orderNumber } : {};
			const headers = { authorization: basic(apiKey, 'X'), accept: 'application/json' };
			let body: FormData | string;
			if (message.photos.length > 0) {
				const form = new FormData();
				for (const [key, value] of Object.entries(fields)) form.append(key, value);
				for (const tag of tagsOf(message)) form.append('tags[]', tag);
				for (const [key, value] of Object.entries(custom)) form.append(`custom_fields[${key}]`, value);
				for (const photo of message.photos) form.append('attachments[]', photo, photo.name);
				body = form;
			} else {
				body = JSON.stringify({
					...fields,
					status: 2,
					priority: 1,
					tags: tagsOf(message),
					...(orderField && message.orderNumber ? { custom_fields: custom } : {}),
				});
				Object.assign(headers, { 'content-type': 'application/json' });
			}
			const response = await fetchImpl(new URL('/api/v2/tickets', url), { method: 'POST', headers, body });
			if (!response.ok) return failure(response, 'Freshdesk');
			const { id } = (await response.json()) as { id?: number };
			return { ok: true, reference: String(id ?? '') };
		},
	};
}

/**
 * Help Scout (Mailbox API 2.0): an access token by the OAuth client-credentials flow, then
 * POST /v2/conversations in the shop's mailbox with the message as a customer thread, the
 * photos as base64 attachments and the topic, language and market as tags.
 */
export function helpScout({
	url = 'https://api.helpscout.net',
	appId,
	appSecret,
	mailboxId,
}: {
	url?: string;
	appId: string;
	appSecret: string;
	mailboxId: number;
}): HelpDesk {
	return {
		async send(message, fetchImpl) {
			const tokenResponse = await fetchImpl(new URL('/v2/oauth2/token', url), {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify({ grant_type: 'client_credentials', client_id: appId, client_secret: appSecret }),
			});
			if (!tokenResponse.ok) return failure(tokenResponse, 'Help Scout (token)');
			const { access_token: token } = (await tokenResponse.json()) as { access_token?: string };
			const attachments = await Promise.all(
				message.photos.map(async (photo) => ({
					fileName: photo.name,
					mimeType: photo.type || 'application/octet-stream',
					data: toBase64(new Uint8Array(await photo.arrayBuffer())),
				})),
			);
			const [firstName, ...last] = message.name.trim().split(/\s+/);
			const response = await fetchImpl(new URL('/v2/conversations', url), {
				method: 'POST',
				headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify({
					subject: subjectOf(message),
					customer: { email: message.email, ...(firstName ? { firstName } : {}), ...(last.length ? { lastName: last.join(' ') } : {}) },
					mailboxId,
					type: 'email',
					status: 'active',
					tags: tagsOf(message),
					threads: [
						{
							type: 'customer',
							customer: { email: message.email },
							text: `${message.message}\n\n${details(message)}`,
							...(attachments.length ? { attachments } : {}),
						},
					],
				}),
			});
			if (!response.ok) return failure(response, 'Help Scout');
			return { ok: true, reference: response.headers.get('resource-id') ?? '' };
		},
	};
}

/**
 * Gorgias: POST /api/tickets with Basic auth (the account's email and API key), the message as
 * the customer's first message, tags for topic, language and market, and photos uploaded first
 * to /api/upload, then attached by their address.
 */
export function gorgias({ url, email, apiKey }: { url: string; email: string; apiKey: string }): HelpDesk {
	return {
		async send(message, fetchImpl) {
			const authorization = basic(email, apiKey);
			let attachments: { url: string; name: string; size: number; content_type: string }[] = [];
			if (message.photos.length > 0) {
				const form = new FormData();
				for (const photo of message.photos) form.append('file', photo, photo.name);
				const uploaded = await fetchImpl(new URL('/api/upload?type=attachment', url), {
					method: 'POST',
					headers: { authorization, accept: 'application/json' },
					body: form,
				});
				if (!uploaded.ok) return failure(uploaded, 'Gorgias (upload)');
				attachments = (await uploaded.json()) as typeof attachments;
			}
			const response = await fetchImpl(new URL('/api/tickets', url), {
				method: 'POST',
				headers: { authorization, 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify({
					customer: { email: message.email, name: message.name },
					channel: 'api',
					via: 'api',
					from_agent: false,
					subject: subjectOf(message),
					language: message.locale,
					tags: tagsOf(message).map((name) => ({ name })),
					messages: [
						{
							channel: 'api',
							via: 'api',
							from_agent: false,
							sender: { email: message.email, name: message.name },
							subject: subjectOf(message),
							body_text: `${message.message}\n\n${details(message)}`,
							...(attachments.length ? { attachments } : {}),
						},
					],
				}),
			});
			if (!response.ok) return failure(response, 'Gorgias');
			const { id } = (await response.json()) as { id?: number };
			return { ok: true, reference: String(id ?? '') };
		},
	};
}
