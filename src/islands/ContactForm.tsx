import { useRef, useState, type ChangeEvent, type SubmitEvent } from 'react';
import type { ContactFormSettings } from '../contact/form-config-schema.js';
import type { DraftValues } from '../contact/form-draft.js';
import { FORM_FIELDS, PHOTO_TYPES, formConfig, messageTooLong, visibleLength, type TextField } from '../contact/form-schema.js';
import { describeFailure } from '../contact/form-send.js';
import { FORM_ID, SUMMARY_ID, fieldId, type FormTexts } from '../contact/form-text.js';
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, htmlFormSetup } from '../contact/form-targets.js';
import { fillTemplate } from '../i18n/plural-forms.js';
import { Field, controlProps } from './contact-form/Field.js';
import { useDraft } from './contact-form/use-draft.js';
import { useSend } from './contact-form/use-send.js';
import { useSuggestions } from './contact-form/use-suggestions.js';
import { useValidation } from './contact-form/use-validation.js';
import { SHORT_ID } from '../insights/limits.js';
import { sendInsight } from '../insights/send.js';
import { articleOfUrl } from '../search/report.js';
import { markAsReact } from './react-island.js';

export interface ContactFormProps {
	locale: string;
	base: string;
	settings: Omit<ContactFormSettings, 'topics'>;
	topics: { id: string; label: string }[];
	texts: FormTexts;
	/** The confirmation page, /<locale>/contact/sent/. */
	sentUrl: string;
	/** Where the other ways to reach the shop are listed on the page. */
	channelsHref?: string | undefined;
	/** False when the site has no search index to suggest articles from. */
	suggestArticles: boolean;
}

/**
 * The contact form. Rendered on the server as a plain HTML form that posts
 * without JavaScript; once hydrated it checks entries with the shared schema,
 * keeps a draft, suggests articles and sends with fetch, keeping everything
 * typed until the target confirms the message.
 */
/** The help page the shopper opened the form from: the referrer when it is a page of this help center. */
function helpPageCameFrom(base: string): string | undefined {
	try {
		const from = new URL(document.referrer);
		return from.origin === location.origin && from.pathname.startsWith(base) && from.pathname !== location.pathname ? from.href : undefined;
	} catch {
		return undefined;
	}
}

export default function ContactForm({ locale, base, settings, topics, texts, sentUrl, channelsHref, suggestArticles }: ContactFormProps) {
	const fullSettings = { ...settings, topics: topics.map(({ id, label }) => ({ id, label: { [locale]: label } })) };
	const setup = htmlFormSetup(fullSettings, { base, locale });
	const formRef = useRef<HTMLFormElement>(null);
	const field = (name: string) => formRef.current?.elements.namedItem(name);
	const photoFiles = (): File[] => {
		const input = field('photos');
		return setup.acceptsFiles && input instanceof HTMLInputElement && input.files ? Array.from(input.files) : [];
	};
	// Hidden fields the island does not own: read as the page has them when the shopper sends.
	const hiddenValue = (name: string) => {
		const input = field(name);
		return input instanceof HTMLInputElement ? input.value : '';
	};

	// The local receiver writes a token into the page it serves (see receiver/form-token.ts). Read it in
	// the first render, before hydration gives the field the value it had at build time.
	const [formToken] = useState(() => (typeof document === 'undefined' ? '' : servedFormToken()));
	const draft = useDraft();
	const { values, hydrated } = draft;
	const validation = useValidation({ config: formConfig(fullSettings), texts, photos: photoFiles, photoLimits: settings.attachments });
	const sending = useSend(fullSettings);
	const suggestions = useSuggestions(base, suggestArticles, values.message);
	const { errors } = validation;

	// The first thing typed counts as starting to contact support: with "sent", it measures deflection.
	const started = useRef(false);
	function update(name: TextField) {
		return (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
			if (!started.current) {
				started.current = true;
				sendInsight({ type: 'contactStarted', locale });
			}
			const next: DraftValues = { ...values, [name]: event.target.value };
			draft.setValues(next);
			validation.recheck(next);
		};
	}

	function onSubmit(event: SubmitEvent<HTMLFormElement>) {
		event.preventDefault();
		void send();
	}

	async function send() {
		if (!validation.checkAll(values)) {
			sending.reset();
			return;
		}
		await sending.send(
			{
				base,
				locale,
				values,
				topicLabel: topics.find((topic) => topic.id === values.topic)?.label ?? values.topic,
				orderNumberLabel: texts.labels.orderNumber,
				honeypot: hiddenValue(HONEYPOT_FIELD),
				formToken,
				fillSeconds: draft.openSeconds(),
				photos: photoFiles(),
				market: document.documentElement.dataset.market,
				fromPage: helpPageCameFrom(base),
			},
			(reference) => {
				// Only now, with the target's confirmation, is the draft no longer needed.
				draft.forget();
				const topic = SHORT_ID.test(values.topic) ? values.topic : undefined;
				const market = document.documentElement.dataset.market;
				sendInsight({ type: 'contactSent', locale, ...(topic ? { topic } : {}), ...(market && SHORT_ID.test(market) ? { market } : {}) }, { now: true });
				const query = new URLSearchParams({ ...(reference ? { ref: reference } : {}), ...(topic ? { topic } : {}) }).toString();
				window.location.assign(query ? `${sentUrl}?${query}` : sentUrl);
			},
		);
	}

	function openedSuggestion(url: string) {
		const article = articleOfUrl(url, base);
		if (article) sendInsight({ type: 'suggestionOpened', locale, article }, { now: true });
	}

	function discardDraft() {
		draft.discard();
		validation.reset();
		sending.reset();
	}

	const problems = FORM_FIELDS.filter((name) => errors[name]);
	const { status } = sending;
	const isSending = status.kind === 'sending';
	const counter = fillTemplate(texts.counter, { count: new Intl.NumberFormat(locale).format(visibleLength(values.message)) });
	const control = (name: (typeof FORM_FIELDS)[number]) => controlProps(name, texts, errors[name]);

	return (
		<form
			id={FORM_ID}
			ref={formRef}
			className="hc-form"
			method="post"
			action={setup.action}
			encType={setup.enctype}
			noValidate={hydrated}
			onSubmit={onSubmit}
			{...(setup.netlify ? { 'data-netlify': 'true', 'netlify-honeypot': setup.netlify.honeypot, name: setup.netlify.name } : {})}
		>
			{Object.entries(setup.hidden).map(([name, value]) => (
				<input key={name} type="hidden" name={name} value={value} />
			))}
			{settings.target === 'local' && <input type="hidden" name={FORM_TOKEN_FIELD} value={formToken} />}

			<div className="hc-form__summary" id={SUMMARY_ID} tabIndex={-1} ref={validation.summaryRef} hidden={problems.length === 0}>
				<p className="hc-form__summary-title">{texts.summaryTitle}</p>
				<ul>
					{problems.map((name) => (
						<li key={name}>
							<a
								href={`#${fieldId(name)}`}
								onClick={(event) => {
									// A fragment link scrolls but does not focus the field; the shopper wants to type there.
									event.preventDefault();
									document.getElementById(fieldId(name))?.focus();
								}}
							>
								{errors[name]}
							</a>
						</li>
					))}
				</ul>
			</div>

			{draft.restored && (
				<p className="hc-notice" role="status">
					{texts.draftRestored}{' '}
					<button type="button" className="hc-link-button" onClick={discardDraft}>
						{texts.discardDraft}
					</button>
				</p>
			)}

			<Field field="name" texts={texts} error={errors.name}>
				<input {...control('name')} type="text" autoComplete="name" required value={values.name} onChange={update('name')} />
			</Field>

			<Field field="email" texts={texts} error={errors.email}>
				<input {...control('email')} type="email" autoComplete="email" inputMode="email" dir="ltr" required value={values.email} onChange={update('email')} />
			</Field>

			<Field field="orderNumber" texts={texts} error={errors.orderNumber} optional>
				<input {...control('orderNumber')} type="text" autoComplete="off" dir="ltr" value={values.orderNumber} onChange={update('orderNumber')} />
			</Field>

			<Field field="topic" texts={texts} error={errors.topic}>
				<select {...control('topic')} required value={values.topic} onChange={update('topic')}>
					<option value="">{texts.topicChoose}</option>
					{topics.map((topic) => (
						<option key={topic.id} value={topic.id}>
							{topic.label}
						</option>
					))}
				</select>
			</Field>

			<Field field="message" texts={texts} error={errors.message}>
				<textarea {...control('message')} rows={8} required dir="auto" value={values.message} onChange={update('message')} />
				{hydrated && (
					<p
						className={messageTooLong(values.message, settings.maxMessageLength) ? 'hc-field__counter hc-field__counter--over' : 'hc-field__counter'}
						aria-live="polite"
					>
						{counter}
					</p>
				)}
			</Field>

			{suggestions.length > 0 && (
				<section className="hc-form__suggestions" aria-live="polite">
					<p>{texts.suggestionsTitle}</p>
					<ul>
						{suggestions.map((hit) => (
							<li key={hit.url}>
								<a href={hit.url} onClick={() => openedSuggestion(hit.url)}>
									{hit.title}
								</a>
							</li>
						))}
					</ul>
				</section>
			)}

			{setup.acceptsFiles && (
				<Field field="photos" texts={texts} error={errors.photos} optional>
					<input
						{...control('photos')}
						type="file"
						accept={PHOTO_TYPES.join(',')}
						multiple={(settings.attachments?.maxFiles ?? 1) > 1}
						onChange={() => validation.recheck(values)}
					/>
				</Field>
			)}

			{/* The spam trap: hidden from people and screen readers; bots that fill every field fill it. */}
			<div className="hc-sr-only" aria-hidden="true">
				<label htmlFor="contact-trap">{texts.honeypot}</label>
				<input id="contact-trap" type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
			</div>

			{!setup.postsWithoutScript && !hydrated && <p className="hc-notice">{texts.needsScript}</p>}

			{status.kind === 'failed' && (
				<div className="hc-form__failure" role="alert" tabIndex={-1} ref={sending.failureRef}>
					<p>{describeFailure(texts.failed, status.failure)}</p>
					<p className="hc-form__failure-actions">
						<button type="button" className="hc-button" onClick={() => void send()}>
							{texts.retry}
						</button>
						{channelsHref && <a href={channelsHref}>{texts.otherChannels}</a>}
					</p>
				</div>
			)}

			<p className="hc-form__actions">
				<button type="submit" className="hc-button" disabled={(!setup.postsWithoutScript && !hydrated) || isSending} aria-busy={isSending}>
					{isSending ? texts.sending : texts.submit}
				</button>
			</p>
		</form>
	);
}

function servedFormToken(): string {
	return document.querySelector(`#${FORM_ID} input[name="${FORM_TOKEN_FIELD}"]`)?.getAttribute('value') ?? '';
}

markAsReact(ContactForm);
