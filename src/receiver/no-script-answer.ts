import crypto from 'node:crypto';
import { parseHTML } from 'linkedom';
import { FORM_FIELDS, type FormField } from '../contact/form-schema.js';
import { FORM_ID, SUMMARY_ID, errorId, fieldId } from '../contact/form-text.js';
import { escapeHtml } from '../utils/escape-html.js';

/** A problem with the whole send rather than one field: shown above the send button, with a way out. */
export interface SendProblem {
	text: string;
	/** "Other ways to reach us", linking to the channels on the same page. */
	otherChannels?: { text: string; href: string };
}

/**
 * Answers a form post made without JavaScript that could not be taken: the
 * built contact page itself, with everything the shopper typed put back and
 * each problem shown next to its field and in the summary, in the page's
 * language.
 *
 * What the shopper typed never goes through the DOM library's serializer,
 * which leaves text inside <textarea> and "&" in attributes unescaped: each
 * value goes in as a marker, and the marker is replaced by the escaped text
 * in the finished page.
 */
export function contactPageWithErrors(
	pageHtml: string,
	values: Partial<Record<FormField, string>>,
	errors: Partial<Record<FormField, string>>,
	sendProblem?: SendProblem,
): string {
	const { document } = parseHTML(pageHtml);
	const form = document.getElementById(FORM_ID);
	if (!form) throw new Error(`The contact page has no form #${FORM_ID}`);
	const texts = new EscapedTexts();
	texts.protectAttributes(document);
	// Only problems of fields this page has: a summary link must lead somewhere.
	const shown: FormField[] = [];

	for (const field of FORM_FIELDS) {
		const control = document.getElementById(fieldId(field));
		const value = values[field];
		if (control && value !== undefined && field !== 'photos') {
			if (control.tagName === 'TEXTAREA') control.textContent = texts.marker(value);
			else if (control.tagName === 'SELECT') {
				for (const option of control.querySelectorAll('option')) {
					if (option.getAttribute('value') === value) option.setAttribute('selected', '');
					else option.removeAttribute('selected');
				}
			} else control.setAttribute('value', texts.marker(value));
		}
		const error = errors[field];
		const slot = document.getElementById(errorId(field));
		if (control && slot && error) {
			shown.push(field);
			slot.textContent = texts.marker(error);
			slot.removeAttribute('hidden');
			control.setAttribute('aria-invalid', 'true');
			const describedBy = new Set((control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
			describedBy.add(errorId(field));
			control.setAttribute('aria-describedby', [...describedBy].join(' '));
		}
	}

	const summary = document.getElementById(SUMMARY_ID);
	const list = summary?.querySelector('ul');
	if (summary && list && shown.length > 0) {
		for (const field of shown) {
			const error = errors[field] ?? '';
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.setAttribute('href', `#${fieldId(field)}`);
			link.textContent = texts.marker(error);
			item.append(link);
			list.append(item);
		}
		summary.removeAttribute('hidden');
	}

	if (sendProblem) {
		const box = document.createElement('div');
		box.setAttribute('class', 'hc-form__failure');
		box.setAttribute('role', 'alert');
		const text = document.createElement('p');
		text.textContent = texts.marker(sendProblem.text);
		box.append(text);
		if (sendProblem.otherChannels) {
			const actions = document.createElement('p');
			const link = document.createElement('a');
			link.setAttribute('href', sendProblem.otherChannels.href);
			link.textContent = texts.marker(sendProblem.otherChannels.text);
			actions.append(link);
			box.append(actions);
		}
		const actions = form.querySelector('.hc-form__actions');
		if (actions) actions.before(box);
		else form.append(box);
	}

	// The form comes first in this answer, so the shopper sees what to fix without scrolling.
	const section = form.closest('section');
	const heading = document.querySelector('main h1');
	if (section && heading) heading.after(section);
	return texts.fillIn(document.toString());
}

/** Stand-ins for texts, replaced by their HTML-escaped form once the page is a string. */
class EscapedTexts {
	// Letters and digits only, so the serializer passes markers through unchanged.
	readonly #prefix = `hcmark${crypto.randomBytes(9).toString('hex')}n`;
	readonly #texts: string[] = [];

	marker(text: string): string {
		this.#texts.push(text);
		return `${this.#prefix}${this.#texts.length - 1}x`;
	}

	/** Attribute values of the page with characters the serializer would write unescaped ("&" can start a character reference). */
	protectAttributes(document: Document): void {
		for (const element of document.querySelectorAll('*')) {
			for (const { name, value } of [...element.attributes]) {
				if (/[&<>]/.test(value)) element.setAttribute(name, this.marker(value));
			}
		}
	}

	fillIn(html: string): string {
		return html.replace(new RegExp(`${this.#prefix}(\\d+)x`, 'g'), (_, index: string) => escapeHtml(this.#texts[Number(index)] ?? ''));
	}
}
