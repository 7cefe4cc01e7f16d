import { fillTemplate } from '../i18n/plural-forms.js';
import type { ContactFormSettings } from './form-config-schema.js';
import type { DraftValues } from './form-draft.js';
import { contactFormSchema, formConfig } from './form-schema.js';
import { referenceFromResponse, sendRequest, uploadTokenFromResponse, zendeskUploadRequest, type SendRequest } from './form-targets.js';

export type SendFailure = { reason: 'network' } | { reason: 'timeout' } | { reason: 'server'; status: number } | { reason: 'rejected'; status: number };

export type SendResult = { ok: true; reference?: string } | { ok: false; failure: SendFailure };

export interface SendInput {
	base: string;
	locale: string;
	values: DraftValues;
	topicLabel: string;
	orderNumberLabel: string;
	honeypot: string;
	formToken: string;
	fillSeconds: number;
	photos: readonly File[];
	market?: string | undefined;
	fromPage?: string | undefined;
}

/** How long a send may take before the shopper is told and offered a retry. */
export const SEND_TIMEOUT_MS = 20_000;

/** Sends a checked entry to the configured target; never throws, says what went wrong instead. */
export async function sendContactForm(
	settings: ContactFormSettings,
	input: SendInput,
	{ fetchImpl = fetch, timeoutMs = SEND_TIMEOUT_MS }: { fetchImpl?: typeof fetch; timeoutMs?: number } = {},
): Promise<SendResult> {
	const data = contactFormSchema(formConfig(settings)).parse(input.values);
	const post = async ({ url, init }: SendRequest): Promise<{ ok: true; status: number; body: unknown } | { ok: false; failure: SendFailure }> => {
		let response: Response;
		try {
			response = await fetchImpl(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
		} catch (error) {
			const name = (error as { name?: string }).name;
			return { ok: false, failure: name === 'TimeoutError' || name === 'AbortError' ? { reason: 'timeout' } : { reason: 'network' } };
		}
		if (response.status >= 500) return { ok: false, failure: { reason: 'server', status: response.status } };
		if (!response.ok) return { ok: false, failure: { reason: 'rejected', status: response.status } };
		return { ok: true, status: response.status, body: await response.json().catch(() => undefined) };
	};
	// Zendesk takes photos through its Uploads API first; the request then names them by token.
	const uploadTokens: string[] = [];
	if (settings.target === 'zendesk') {
		for (const photo of input.photos) {
			const uploaded = await post(zendeskUploadRequest(settings, photo));
			if (!uploaded.ok) return uploaded;
			const token = uploadTokenFromResponse(uploaded.body);
			// An answer without a token is the help desk's fault, not the shopper's.
			if (!token) return { ok: false, failure: { reason: 'server', status: uploaded.status } };
			uploadTokens.push(token);
		}
	}
	const sent = await post(sendRequest(settings, { ...input, data, uploadTokens }, { base: input.base }));
	if (!sent.ok) return sent;
	const reference = referenceFromResponse(settings, sent.body);
	return reference ? { ok: true, reference } : { ok: true };
}

export function describeFailure(texts: Record<SendFailure['reason'], string>, failure: SendFailure): string {
	const text = texts[failure.reason];
	return 'status' in failure ? fillTemplate(text, { status: String(failure.status) }) : text;
}
