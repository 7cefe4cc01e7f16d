import { useEffect, useRef, useState, type ChangeEvent, type SubmitEvent } from 'react';
import type { ContactFormSettings } from '../contact/form-config-schema.js';
import { clearDraft, readDraft, writeDraft, EMPTY_VALUES, type DraftValues } from '../contact/form-draft.js';
import { FORM_FIELDS, PHOTO_TYPES, formConfig, formErrors, photoProblem, visibleLength, type FormField, type TextField } from '../contact/form-schema.js';
import { describeFailure, sendContactForm, type SendFailure } from '../contact/form-send.js';
import { FORM_ID, SUMMARY_ID, errorId, fieldId, hintId, photoProblemText, type FormTexts } from '../contact/form-text.js';
import { honeypotName, htmlFormSetup } from '../contact/form-targets.js';
import { fillTemplate } from '../i18n/plural-forms.js';
import { runSearch } from '../search/pagefind-client.js';
import type { SearchHit } from '../search/results.js';

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

type Status = { kind: 'idle' } | { kind: 'sending' } | { kind: 'failed'; failure: SendFailure };
type Errors = Partial<Record<FormField, string>>;


/**
 * The contact form. Rendered on the server as a plain HTML form that posts
 * without JavaScript; once hydrated it checks entries with the shared schema,
 * keeps a draft, suggests articles and sends with fetch, keeping everything
 * typed when a send fails.
 */
export default function ContactForm({ locale, base, settings, topics, texts, sentUrl, channelsHref, suggestArticles }: ContactFormProps) {
	const fullSettings = { ...settings, topics: topics.map(({ id, label }) => ({ id, label: { [locale]: label } })) };
	const config = formConfig(fullSettings);
	const setup = htmlFormSetup(fullSettings, { base, locale });
	const honeypot = honeypotName(settings);

	const [values, setValues] = useState<DraftValues>(EMPTY_VALUES);
	const [errors, setErrors] = useState<Errors>({});
	const [attempted, setAttempted] = useState(false);
	const [summaryShown, setSummaryShown] = useState(0);
	const [status, setStatus] = useState<Status>({ kind: 'idle' });
	const [hydrated, setHydrated] = useState(false);
	const [restored, setRestored] = useState(false);
	const [suggestions, setSuggestions] = useState<SearchHit[]>([]);
	const startedAt = useRef(0);
	const formRef = useRef<HTMLFormElement>(null);
	const summaryRef = useRef<HTMLDivElement>(null);
	const failureRef = useRef<HTMLDivElement>(null);

	// After hydration: our own checks replace the browser's, a draft comes back, and a
	// question carried over from search (?q=) starts the message.
	useEffect(() => {
		setHydrated(true);
		startedAt.current = Date.now();
		const draft = readDraft(window.localStorage);
		const question = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
		if (draft) {
			setValues(draft);
			setRestored(true);
		} else if (question) {
			setValues({ ...EMPTY_VALUES, message: question });
		}
	}, []);

	useEffect(() => {
		if (hydrated) writeDraft(window.localStorage, values);
	}, [hydrated, values]);

	useEffect(() => {
		if (summaryShown > 0) summaryRef.current?.focus();
	}, [summaryShown]);

	useEffect(() => {
		if (status.kind === 'failed') failureRef.current?.focus();
	}, [status]);

	// Articles that may answer the question, while the shopper is still writing it.
	useEffect(() => {
		if (!suggestArticles) return;
		const words = values.message.trim().split(/\s+/u).filter(Boolean);
		if (words.length < 3) {
			setSuggestions([]);
			return;
		}
		let current = true;
		const timer = setTimeout(() => {
			runSearch(base, words.slice(0, 12).join(' '), { limit: 3 })
				.then((outcome) => current && setSuggestions(outcome.hits))
				.catch(() => current && setSuggestions([]));
		}, 500);
		return () => {
			current = false;
			clearTimeout(timer);
		};
	}, [base, suggestArticles, values.message]);

	function photoFiles(): File[] {
		const input = formRef.current?.elements.namedItem('photos');
		return input instanceof HTMLInputElement && input.files ? Array.from(input.files) : [];
	}

	function check(next: DraftValues): Errors {
		const found: Errors = {};
		for (const [field, key] of Object.entries(formErrors(config, next)) as [TextField, string][]) found[field] = texts.errors[key] ?? key;
		const photos = setup.acceptsFiles ? photoProblem(photoFiles(), settings.attachments) : undefined;
		if (photos) found.photos = photoProblemText(texts, photos);
		return found;
	}

	function update(field: TextField) {
		return (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
			const next = { ...values, [field]: event.target.value };
			setValues(next);
			if (attempted) setErrors(check(next));
		};
	}

	async function send() {
		const found = check(values);
		setErrors(found);
		setAttempted(true);
		if (Object.keys(found).length > 0) {
			setStatus({ kind: 'idle' });
			setSummaryShown((n) => n + 1);
			return;
		}
		setStatus({ kind: 'sending' });
		const honeypotInput = formRef.current?.elements.namedItem(honeypot);
		const result = await sendContactForm(fullSettings, {
			base,
			locale,
			values,
			topicLabel: topics.find((topic) => topic.id === values.topic)?.label ?? values.topic,
			orderNumberLabel: texts.labels.orderNumber,
			honeypot: honeypotInput instanceof HTMLInputElement ? honeypotInput.value : '',
			startedAt: startedAt.current,
			photos: setup.acceptsFiles ? photoFiles() : [],
		});
		if (!result.ok) {
			setStatus({ kind: 'failed', failure: result.failure });
			return;
		}
		clearDraft(window.localStorage);
		window.location.assign(result.reference ? `${sentUrl}?ref=${encodeURIComponent(result.reference)}` : sentUrl);
	}

	function onSubmit(event: SubmitEvent<HTMLFormElement>) {
		event.preventDefault();
		if (status.kind !== 'sending') void send();
	}

	function discardDraft() {
		clearDraft(window.localStorage);
		setValues(EMPTY_VALUES);
		setErrors({});
		setAttempted(false);
		setRestored(false);
		setStatus({ kind: 'idle' });
	}

	const describedBy = (field: FormField) => [texts.hints[field] ? hintId(field) : '', errors[field] ? errorId(field) : ''].filter(Boolean).join(' ') || undefined;
	const fieldProps = (field: FormField) => ({
		id: fieldId(field),
		name: field,
		'aria-invalid': errors[field] ? true : undefined,
		'aria-describedby': describedBy(field),
	});
	const errorText = (field: FormField) => (
		<p className="hc-field__error" id={errorId(field)} hidden={!errors[field]}>
			{errors[field]}
		</p>
	);
	const hint = (field: FormField) =>
		texts.hints[field] ? (
			<p className="hc-field__hint" id={hintId(field)}>
				{texts.hints[field]}
			</p>
		) : null;
	const label = (field: FormField, optional = false) => (
		<label htmlFor={fieldId(field)}>
			{texts.labels[field]}
			{optional && <span className="hc-field__optional"> ({texts.optional})</span>}
		</label>
	);
	const problems = FORM_FIELDS.filter((field) => errors[field]);
	const sending = status.kind === 'sending';
	const counter = fillTemplate(texts.counter, { count: new Intl.NumberFormat(locale).format(visibleLength(values.message)) });
	const tooLong = visibleLength(values.message) > settings.maxMessageLength;

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
			<input type="hidden" name="startedAt" value={hydrated ? String(startedAt.current) : ''} />

			<div className="hc-form__summary" id={SUMMARY_ID} tabIndex={-1} ref={summaryRef} hidden={problems.length === 0}>
				<p className="hc-form__summary-title">{texts.summaryTitle}</p>
				<ul>
					{problems.map((field) => (
						<li key={field}>
							<a
								href={`#${fieldId(field)}`}
								onClick={(event) => {
									// A fragment link scrolls but does not focus the field; the shopper wants to type there.
									event.preventDefault();
									document.getElementById(fieldId(field))?.focus();
								}}
							>
								{errors[field]}
							</a>
						</li>
					))}
				</ul>
			</div>

			{restored && (
				<p className="hc-notice" role="status">
					{texts.draftRestored}{' '}
					<button type="button" className="hc-link-button" onClick={discardDraft}>
						{texts.discardDraft}
					</button>
				</p>
			)}

			<div className="hc-field">
				{label('name')}
				{errorText('name')}
				<input {...fieldProps('name')} type="text" autoComplete="name" required value={values.name} onChange={update('name')} />
			</div>

			<div className="hc-field">
				{label('email')}
				{hint('email')}
				{errorText('email')}
				<input {...fieldProps('email')} type="email" autoComplete="email" inputMode="email" dir="ltr" required value={values.email} onChange={update('email')} />
			</div>

			<div className="hc-field">
				{label('orderNumber', true)}
				{hint('orderNumber')}
				{errorText('orderNumber')}
				<input {...fieldProps('orderNumber')} type="text" autoComplete="off" dir="ltr" value={values.orderNumber} onChange={update('orderNumber')} />
			</div>

			<div className="hc-field">
				{label('topic')}
				{errorText('topic')}
				<select {...fieldProps('topic')} required value={values.topic} onChange={update('topic')}>
					<option value="">{texts.topicChoose}</option>
					{topics.map((topic) => (
						<option key={topic.id} value={topic.id}>
							{topic.label}
						</option>
					))}
				</select>
			</div>

			<div className="hc-field">
				{label('message')}
				{hint('message')}
				{errorText('message')}
				<textarea {...fieldProps('message')} rows={8} required dir="auto" value={values.message} onChange={update('message')} />
				{hydrated && (
					<p className={tooLong ? 'hc-field__counter hc-field__counter--over' : 'hc-field__counter'} aria-live="polite">
						{counter}
					</p>
				)}
			</div>

			{suggestions.length > 0 && (
				<section className="hc-form__suggestions" aria-live="polite">
					<p>{texts.suggestionsTitle}</p>
					<ul>
						{suggestions.map((hit) => (
							<li key={hit.url}>
								<a href={hit.url}>{hit.title}</a>
							</li>
						))}
					</ul>
				</section>
			)}

			{setup.acceptsFiles && (
				<div className="hc-field">
					{label('photos', true)}
					{hint('photos')}
					{errorText('photos')}
					<input
						{...fieldProps('photos')}
						type="file"
						accept={PHOTO_TYPES.join(',')}
						multiple={(settings.attachments?.maxFiles ?? 1) > 1}
						onChange={() => attempted && setErrors(check(values))}
					/>
				</div>
			)}

			{/* The spam trap: hidden from people and screen readers; bots that fill every field fill it. */}
			<div className="hc-sr-only" aria-hidden="true">
				<label htmlFor="contact-trap">{texts.honeypot}</label>
				<input id="contact-trap" type="text" name={honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
			</div>

			{!setup.postsWithoutScript && !hydrated && <p className="hc-notice">{texts.needsScript}</p>}

			{status.kind === 'failed' && (
				<div className="hc-form__failure" role="alert" tabIndex={-1} ref={failureRef}>
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
				<button type="submit" className="hc-button" disabled={(!setup.postsWithoutScript && !hydrated) || sending} aria-busy={sending}>
					{sending ? texts.sending : texts.submit}
				</button>
			</p>
		</form>
	);
}
