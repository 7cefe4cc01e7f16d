import { z } from 'zod';
import { DEFAULT_MINIMUM_FILL_TIME } from '../contact/form-config-schema.js';
import { emailAddress, messageText, NAME_MAX_LENGTH, ORDER_NUMBER_MAX_LENGTH, PHOTO_TYPES, photoProblem, singleLine } from '../contact/form-schema.js';
import { spamNote } from '../contact/form-targets.js';
import { withLimitedBody } from '../utils/body-limit.js';
import { freshdesk, gorgias, helpScout, type HelpDesk, type RelayedMessage } from './help-desks.js';

/**
 * The contact relay: a small endpoint that holds a help desk's secret key, so the form can
 * create tickets in Freshdesk, Help Scout or Gorgias without the key reaching a browser. The
 * same handler, on web-standard Request and Response, runs in the local receiver of `npm start`,
 * in a Netlify Function and in a Cloudflare Pages Function (functions/). It takes posts only from
 * the help center's origin, checks the message as the form does, and answers like the `json`
 * target: `{"reference": "…"}`, or an error status the form turns into "not sent" with the other
 * channels and the draft kept.
 *
 * Its settings are environment variables, never site.yaml, so no secret is ever in the repository:
 *   CONTACT_RELAY_HELP_DESK     freshdesk | helpscout | gorgias
 *   CONTACT_RELAY_ORIGIN        the help center's origin, e.g. https://help.example.com
 *   FRESHDESK_URL, FRESHDESK_API_KEY, FRESHDESK_ORDER_FIELD (optional, e.g. cf_order_number)
 *   HELPSCOUT_APP_ID, HELPSCOUT_APP_SECRET, HELPSCOUT_MAILBOX_ID (HELPSCOUT_URL for tests)
 *   GORGIAS_URL, GORGIAS_EMAIL, GORGIAS_API_KEY
 */

export type RelayEnv = Record<string, string | undefined>;

/** Photos the relay forwards: what help desks take in one ticket. */
const PHOTO_LIMITS = { maxFiles: 10, maxMegabytes: 25 };
/** The most the relay reads of one post: the photos and the text. */
const MAX_BODY_BYTES = (PHOTO_LIMITS.maxFiles * PHOTO_LIMITS.maxMegabytes + 10) * 1024 * 1024;
/** The relay does not know the shop's own limit; no form sends more than this. */
const MAX_MESSAGE_LENGTH = 20_000;

/**
 * What the form posts, checked with the form's own rules (src/contact/form-schema.ts): a line
 * break in a name or an address would forge headers in the mail the help desk sends.
 */
const fieldsSchema = z.object({
	name: singleLine('name', NAME_MAX_LENGTH, 'name'),
	email: emailAddress(),
	orderNumber: singleLine(undefined, ORDER_NUMBER_MAX_LENGTH, 'orderNumber').optional(),
	topic: z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/),
	topicLabel: singleLine('topicLabel', 200, 'topicLabel'),
	message: messageText(MAX_MESSAGE_LENGTH),
	locale: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/),
	market: z
		.string()
		.regex(/^[a-z0-9-]{1,40}$/)
		.optional(),
	fromPage: z.url().max(2000).optional(),
	website: z.string().max(500).optional(),
	fillSeconds: z.coerce.number().nonnegative().optional(),
	// The shop's own minimum from site.yaml, which the relay cannot read. It only shapes a note to
	// the agent: a value that is not a time is left out, never a reason to refuse the message.
	minimumFillTime: z.coerce.number().int().nonnegative().optional().catch(undefined),
});

/** Which help desk the environment names, with its settings; a missing setting is named. */
export function helpDeskFromEnv(env: RelayEnv): { desk: HelpDesk } | { problem: string } {
	const need = (...names: string[]) => {
		const missing = names.filter((name) => !env[name]);
		return missing.length ? `the relay needs ${missing.join(', ')} in its environment` : undefined;
	};
	switch (env.CONTACT_RELAY_HELP_DESK) {
		case 'freshdesk': {
			const problem = need('FRESHDESK_URL', 'FRESHDESK_API_KEY');
			return problem ? { problem } : { desk: freshdesk({ url: env.FRESHDESK_URL!, apiKey: env.FRESHDESK_API_KEY!, orderField: env.FRESHDESK_ORDER_FIELD }) };
		}
		case 'helpscout': {
			const problem = need('HELPSCOUT_APP_ID', 'HELPSCOUT_APP_SECRET', 'HELPSCOUT_MAILBOX_ID');
			return problem
				? { problem }
				: {
						desk: helpScout({
							...(env.HELPSCOUT_URL ? { url: env.HELPSCOUT_URL } : {}),
							appId: env.HELPSCOUT_APP_ID!,
							appSecret: env.HELPSCOUT_APP_SECRET!,
							mailboxId: Number(env.HELPSCOUT_MAILBOX_ID),
						}),
					};
		}
		case 'gorgias': {
			const problem = need('GORGIAS_URL', 'GORGIAS_EMAIL', 'GORGIAS_API_KEY');
			return problem ? { problem } : { desk: gorgias({ url: env.GORGIAS_URL!, email: env.GORGIAS_EMAIL!, apiKey: env.GORGIAS_API_KEY! }) };
		}
		default:
			return { problem: 'CONTACT_RELAY_HELP_DESK must be freshdesk, helpscout or gorgias' };
	}
}

export interface RelayOptions {
	fetchImpl?: typeof fetch;
	/** The most the relay reads of one post; by default what the largest form with photos sends. */
	maxBodyBytes?: number;
}

export async function handleRelay(request: Request, env: RelayEnv, { fetchImpl = fetch, maxBodyBytes = MAX_BODY_BYTES }: RelayOptions = {}): Promise<Response> {
	const allowed = env.CONTACT_RELAY_ORIGIN?.replace(/\/+$/, '');
	const origin = request.headers.get('origin');
	const cors: Record<string, string> = allowed ? { 'access-control-allow-origin': allowed, vary: 'origin' } : {};
	const answer = (status: number, body: Record<string, string>) => Response.json(body, { status, headers: cors });
	if (!allowed) return answer(500, { error: 'CONTACT_RELAY_ORIGIN is not set: the relay does not know which help center may use it' });
	if (origin !== allowed) return answer(403, { error: 'posts are taken from the help center only' });
	if (request.method === 'OPTIONS') {
		return new Response(null, {
			status: 204,
			headers: { ...cors, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type, accept', 'access-control-max-age': '86400' },
		});
	}
	if (request.method !== 'POST') return answer(405, { error: 'POST a message' });
	const configured = helpDeskFromEnv(env);
	if ('problem' in configured) return answer(500, { error: configured.problem });
	if (Number(request.headers.get('content-length') ?? 0) > maxBodyBytes) return answer(413, { error: 'too large' });

	let fields: Record<string, unknown>;
	const photos: File[] = [];
	const body = withLimitedBody(request, maxBodyBytes);
	try {
		if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
			const form = await body.request.formData();
			fields = {};
			for (const [key, value] of form) {
				if (typeof value === 'string') fields[key] = value;
				else if (key === 'photos') photos.push(value);
			}
		} else fields = (await body.request.json()) as Record<string, unknown>;
	} catch {
		if (body.exceeded()) return answer(413, { error: 'too large' });
		return answer(400, { error: 'the body is not a message' });
	}
	const parsed = fieldsSchema.safeParse(Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== '')));
	if (!parsed.success) return answer(400, { error: `not a message: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}` });
	if (photoProblem(photos, PHOTO_LIMITS)) {
		return answer(400, { error: `photos: at most ${PHOTO_LIMITS.maxFiles} images (${PHOTO_TYPES.join(', ')}) of ${PHOTO_LIMITS.maxMegabytes} MB` });
	}
	const { website, fillSeconds, minimumFillTime = DEFAULT_MINIMUM_FILL_TIME, ...message } = parsed.data;
	// The same note the form writes for Zendesk; a message without a time is not judged by it.
	const note = spamNote({ minimumFillTime }, { honeypot: website ?? '', fillSeconds: fillSeconds ?? Infinity });
	const relayed: RelayedMessage = { ...message, spamNote: note, photos };
	let result;
	try {
		result = await configured.desk.send(relayed, fetchImpl);
	} catch {
		return answer(502, { error: 'the help desk could not be reached' });
	}
	// The help desk refusing is the shop's configuration, not the shopper's message: a server error, so the form offers the other channels.
	if (!result.ok) return answer(502, { error: result.detail });
	return answer(200, { reference: result.reference });
}
