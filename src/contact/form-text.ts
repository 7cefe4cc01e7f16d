import { fillTemplate } from '../i18n/plural-forms.js';
import type { Translate } from '../i18n/translator.js';
import type { ContactFormSettings } from './form-config-schema.js';
import type { FormField, PhotoProblem } from './form-schema.js';

/**
 * Element ids of the contact form. The island renders them, the local
 * receiver fills them in when it answers a post made without JavaScript, and
 * the tests find fields by them.
 */
export const FORM_ID = 'contact-form';
export const SUMMARY_ID = 'contact-form-summary';
export const fieldId = (field: FormField) => `contact-${field}`;
export const errorId = (field: FormField) => `contact-${field}-error`;
export const hintId = (field: FormField) => `contact-${field}-hint`;

/** Every text of the form in one language, resolved at build time (islands carry no i18next). */
export interface FormTexts {
	optional: string;
	labels: Record<FormField, string>;
	hints: Partial<Record<FormField, string>>;
	topicChoose: string;
	/** "Characters used: {{count}} of {{max}}" with max filled in. */
	counter: string;
	honeypot: string;
	submit: string;
	sending: string;
	summaryTitle: string;
	suggestionsTitle: string;
	draftRestored: string;
	discardDraft: string;
	retry: string;
	otherChannels: string;
	needsScript: string;
	failed: { network: string; timeout: string; server: string; rejected: string };
	/** form.errors.* key -> text; photo errors keep {{file}} for the file's name. */
	errors: Record<string, string>;
}

const ERROR_KEYS = [
	'nameRequired',
	'nameTooLong',
	'invalidCharacters',
	'emailRequired',
	'emailInvalid',
	'orderNumberInvalid',
	'orderNumberTooLong',
	'topicRequired',
	'messageRequired',
	'messageTooLong',
	'tooManyPhotos',
	'photoTooLarge',
	'photoType',
	'photosTooLarge',
] as const;

/** "5 MB" in the shopper's language. */
function formatMegabytes(locale: string, megabytes: number): string {
	return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 }).format(megabytes);
}

export function formTexts(t: Translate, locale: string, settings: ContactFormSettings): FormTexts {
	const size = formatMegabytes(locale, settings.attachments?.maxMegabytes ?? 0);
	// The example is left-to-right text inside what may be a right-to-left sentence: isolate it.
	const example = settings.orderNumberExample ? `\u2068${settings.orderNumberExample}\u2069` : '';
	const values = {
		example,
		size,
		file: '{{file}}',
	};
	const errors: Record<string, string> = {};
	for (const key of ERROR_KEYS) {
		const count = key === 'messageTooLong' ? settings.maxMessageLength : key === 'tooManyPhotos' ? (settings.attachments?.maxFiles ?? 0) : undefined;
		errors[`form.errors.${key}`] = t(`form.errors.${key}`, count === undefined ? values : { ...values, count });
	}
	const max = new Intl.NumberFormat(locale).format(settings.maxMessageLength);
	return {
		optional: t('form.optional'),
		labels: {
			name: t('form.name'),
			email: t('form.email'),
			orderNumber: t('form.orderNumber'),
			topic: t('form.topic'),
			message: t('form.message'),
			photos: t('form.photos'),
		},
		hints: {
			email: t('form.emailHint'),
			...(settings.orderNumberExample ? { orderNumber: t('form.orderNumberHint', { example }) } : {}),
			message: t('form.messageHint', { count: settings.maxMessageLength }),
			...(settings.attachments ? { photos: t('form.photosHint', { count: settings.attachments.maxFiles, size }) } : {}),
		},
		topicChoose: t('form.topicChoose'),
		counter: t('form.counter', { max, count: '{{count}}' }),
		honeypot: t('form.honeypot'),
		submit: t('form.submit'),
		sending: t('form.sending'),
		summaryTitle: t('form.summaryTitle'),
		suggestionsTitle: t('form.suggestionsTitle'),
		draftRestored: t('form.draftRestored'),
		discardDraft: t('form.discardDraft'),
		retry: t('form.retry'),
		otherChannels: t('form.otherChannels'),
		needsScript: t('form.needsScript'),
		failed: {
			network: t('form.failed.network'),
			timeout: t('form.failed.timeout'),
			server: t('form.failed.server', { status: '{{status}}' }),
			rejected: t('form.failed.rejected', { status: '{{status}}' }),
		},
		errors,
	};
}

/** The text of a photo problem, with the file's name filled in. */
export function photoProblemText(texts: Pick<FormTexts, 'errors'>, problem: PhotoProblem): string {
	return fillTemplate(texts.errors[problem.key] ?? problem.key, { file: problem.file ?? '' });
}
