import { useEffect, useId, useRef, useState } from 'react';
import { previousVote, rememberVote, reportFeedback } from '../feedback/feedback.js';
import { COMMENT_MAX_LENGTH, FEEDBACK_REASONS, type FeedbackReason } from '../insights/limits.js';
import { markAsReact } from './react-island.js';

export interface ArticleFeedbackProps {
	locale: string;
	article: string;
	contactUrl?: string | undefined;
	strings: {
		question: string;
		yes: string;
		no: string;
		thanks: string;
		whyTitle: string;
		reasons: Record<FeedbackReason, string>;
		comment: string;
		commentHint: string;
		send: string;
		thanksNo: string;
		contactPrompt: string;
		contactLink: string;
	};
}

type Step = { kind: 'ask' } | { kind: 'why' } | { kind: 'done'; helpful: boolean };

/**
 * "Was this article helpful?" Hidden without JavaScript (by CSS, see
 * .hc-feedback); hydrated on first touch, so the article page loads no
 * script until the shopper answers. One vote per article per browser.
 */
export default function ArticleFeedback({ locale, article, contactUrl, strings }: ArticleFeedbackProps) {
	const id = useId();
	const [step, setStep] = useState<Step>({ kind: 'ask' });
	const [reason, setReason] = useState<FeedbackReason | ''>('');
	const [comment, setComment] = useState('');
	const legendRef = useRef<HTMLLegendElement>(null);
	const doneRef = useRef<HTMLParagraphElement>(null);

	useEffect(() => {
		const vote = previousVote(window.localStorage, locale, article);
		if (vote !== undefined) setStep({ kind: 'done', helpful: vote });
	}, [locale, article]);

	useEffect(() => {
		// Move focus to what replaced the pressed button, so keyboard and screen reader users follow.
		if (step.kind === 'why') legendRef.current?.focus();
		if (step.kind === 'done') doneRef.current?.focus();
	}, [step.kind]);

	function vote(helpful: boolean) {
		// One vote per article per browser, even when the page was opened before the first vote.
		const earlier = previousVote(window.localStorage, locale, article);
		if (earlier !== undefined) {
			setStep({ kind: 'done', helpful: earlier });
			return;
		}
		if (helpful) {
			rememberVote(window.localStorage, locale, article, true);
			reportFeedback({ locale, article, helpful: true });
			setStep({ kind: 'done', helpful: true });
		} else setStep({ kind: 'why' });
	}

	function sendWhy() {
		rememberVote(window.localStorage, locale, article, false);
		reportFeedback({ locale, article, helpful: false, ...(reason ? { reason } : {}), ...(comment.trim() ? { comment } : {}) });
		setStep({ kind: 'done', helpful: false });
	}

	return (
		<section className="hc-feedback" aria-labelledby={`${id}-q`}>
			{step.kind === 'ask' && (
				<div className="hc-feedback__ask">
					<h2 id={`${id}-q`}>{strings.question}</h2>
					<div className="hc-feedback__buttons">
						<button type="button" className="hc-button hc-button--quiet" data-replay="yes" onClick={() => vote(true)}>
							{strings.yes}
						</button>
						<button type="button" className="hc-button hc-button--quiet" data-replay="no" onClick={() => vote(false)}>
							{strings.no}
						</button>
					</div>
				</div>
			)}
			{step.kind === 'why' && (
				<form
					className="hc-feedback__why"
					onSubmit={(event) => {
						event.preventDefault();
						sendWhy();
					}}
				>
					<fieldset>
						<legend id={`${id}-q`} tabIndex={-1} ref={legendRef}>
							{strings.whyTitle}
						</legend>
						{FEEDBACK_REASONS.map((value) => (
							<label key={value} className="hc-feedback__reason">
								<input type="radio" name={`${id}-reason`} value={value} checked={reason === value} onChange={() => setReason(value)} />
								{strings.reasons[value]}
							</label>
						))}
					</fieldset>
					<div className="hc-field">
						<label htmlFor={`${id}-comment`}>{strings.comment}</label>
						<p className="hc-field__hint" id={`${id}-hint`}>
							{strings.commentHint}
						</p>
						<textarea
							id={`${id}-comment`}
							aria-describedby={`${id}-hint`}
							rows={3}
							maxLength={COMMENT_MAX_LENGTH}
							dir="auto"
							value={comment}
							onChange={(e) => setComment(e.target.value)}
						/>
					</div>
					<p>
						<button type="submit" className="hc-button">
							{strings.send}
						</button>
					</p>
				</form>
			)}
			{step.kind === 'done' && (
				<div className="hc-feedback__done">
					<p id={`${id}-q`} role="status" tabIndex={-1} ref={doneRef}>
						{step.helpful ? strings.thanks : strings.thanksNo}
					</p>
					{!step.helpful && contactUrl && (
						<p>
							{strings.contactPrompt} <a href={contactUrl}>{strings.contactLink}</a>
						</p>
					)}
				</div>
			)}
		</section>
	);
}

markAsReact(ArticleFeedback);
