import { isShownReference } from '../contact/reference.js';
import { FORM_TOKEN_FIELD } from '../contact/form-targets.js';
import { escapeHtml } from '../utils/escape-html.js';

/**
 * Built pages the local server fills in before it serves them: the contact
 * page gets the token that dates it (see form-token.ts), the confirmation
 * page the reference of the message, for browsers without JavaScript.
 *
 * They are filled in as text, not parsed and written out again: a DOM
 * library's serializer would change the rest of the page (it leaves "&" in
 * attribute values unescaped), and these are single, known spots.
 */

const TOKEN_INPUT = new RegExp(`(<input\\b[^>]*\\bname="${FORM_TOKEN_FIELD}"[^>]*\\bvalue=")[^"]*(")`);

export function withFormToken(html: string, token: string): string {
	return html.replace(TOKEN_INPUT, (_, before: string, after: string) => `${before}${escapeHtml(token)}${after}`);
}

export function withReference(html: string, reference: string): string {
	if (!isShownReference(reference)) return html;
	return html
		.replace(/(<[a-z]+\b[^>]*\bdata-reference)(\b[^>]*?) hidden(?=[\s>])/, '$1$2')
		.replace(/(<[a-z]+\b[^>]*\bdata-reference-value\b[^>]*>)(<\/)/, (_, open: string, close: string) => `${open}${escapeHtml(reference)}${close}`);
}
