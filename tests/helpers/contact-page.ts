import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { contactFormConfigSchema, type ContactFormSettings } from '../../src/contact/form-config-schema.js';
import { formTexts } from '../../src/contact/form-text.js';
import type { Translate } from '../../src/i18n/translator.js';
import ContactForm from '../../src/islands/ContactForm.js';

/**
 * A contact page as the build makes it, reduced to what the receiver reads:
 * the form island rendered on the server, inside a page with a heading, and
 * a list of channels when `channels` is set.
 */
export function contactPageHtml({
	t,
	locale = 'en',
	settings: input = {},
	channels = false,
}: {
	t: (locale: string) => Translate;
	locale?: string;
	settings?: Record<string, unknown>;
	channels?: boolean;
}): { html: string; settings: ContactFormSettings } {
	const settings: ContactFormSettings = contactFormConfigSchema.parse({ target: 'local', topics: [{ id: 'return', label: { en: 'A return' } }], ...input });
	const { topics, ...rest } = settings;
	const form = renderToString(
		createElement(ContactForm, {
			locale,
			base: '/',
			settings: rest,
			topics: topics.map((topic) => ({ id: topic.id, label: topic.label[locale] ?? topic.label.en ?? topic.id })),
			texts: formTexts(t(locale), locale, settings),
			sentUrl: `/${locale}/contact/sent/`,
			suggestArticles: false,
		}),
	);
	const list = channels ? '<ul id="channels"><li>Phone</li></ul>' : '';
	return {
		html: `<!doctype html><html lang="${locale}"><head><title>Contact</title></head><body><main><h1>Contact</h1>${list}<section>${form}</section></main></body></html>`,
		settings,
	};
}

/**
 * What a browser shows in the textarea `id` of a page: its text runs to the
 * first `</textarea` (as the HTML parser reads it), with character references
 * decoded. The DOM library the tests use reads textarea text differently.
 */
export function textareaValue(html: string, id: string): string | undefined {
	const match = new RegExp(`<textarea[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</textarea`, 'i').exec(html);
	if (!match) return undefined;
	const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
	return (match[1] ?? '').replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, dec: string, hex: string, name: string) =>
		dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name] ?? whole),
	);
}
