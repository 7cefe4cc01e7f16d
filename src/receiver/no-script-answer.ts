import { parseHTML } from 'linkedom';
import { FORM_FIELDS, type FormField } from '../contact/form-schema.js';
import { FORM_ID, SUMMARY_ID, errorId, fieldId } from '../contact/form-text.js';

/**
 * Answers a form post made without JavaScript that did not pass the checks:
 * the built contact page itself, with everything the shopper typed put back
 * and each problem shown next to its field and in the summary, in the page's
 * language. Text goes in through the DOM, so anything typed stays text.
 */
export function contactPageWithErrors(pageHtml: string, values: Partial<Record<FormField, string>>, errors: Partial<Record<FormField, string>>): string {
	const { document } = parseHTML(pageHtml);
	const form = document.getElementById(FORM_ID);
	if (!form) throw new Error(`The contact page has no form #${FORM_ID}`);

	for (const field of FORM_FIELDS) {
		const control = document.getElementById(fieldId(field));
		const value = values[field];
		if (control && value !== undefined && field !== 'photos') {
			if (control.tagName === 'TEXTAREA') control.textContent = value;
			else if (control.tagName === 'SELECT') {
				for (const option of control.querySelectorAll('option')) {
					if (option.getAttribute('value') === value) option.setAttribute('selected', '');
					else option.removeAttribute('selected');
				}
			} else control.setAttribute('value', value);
		}
		const error = errors[field];
		const slot = document.getElementById(errorId(field));
		if (control && slot && error) {
			slot.textContent = error;
			slot.removeAttribute('hidden');
			control.setAttribute('aria-invalid', 'true');
			const describedBy = new Set((control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
			describedBy.add(errorId(field));
			control.setAttribute('aria-describedby', [...describedBy].join(' '));
		}
	}

	const summary = document.getElementById(SUMMARY_ID);
	const list = summary?.querySelector('ul');
	if (summary && list) {
		for (const field of FORM_FIELDS) {
			const error = errors[field];
			if (!error) continue;
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.setAttribute('href', `#${fieldId(field)}`);
			link.textContent = error;
			item.append(link);
			list.append(item);
		}
		summary.removeAttribute('hidden');
	}

	// The form comes first in this answer, so the shopper sees what to fix without scrolling.
	const section = form.closest('section');
	const heading = document.querySelector('main h1');
	if (section && heading) heading.after(section);
	return document.toString();
}
