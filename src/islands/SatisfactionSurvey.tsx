import { useEffect, useId, useState } from 'react';
import { SHORT_ID, SURVEY_SCALES, type SurveyQuestion } from '../insights/limits.js';
import { sendInsight } from '../insights/send.js';
import { fillTemplate } from '../i18n/plural-forms.js';
import { markAsReact } from './react-island.js';

export interface SatisfactionSurveyProps {
	locale: string;
	/** The questions site.yaml asks, in order: ces (how easy, 1–7), csat (how satisfied, 1–5). */
	questions: SurveyQuestion[];
	strings: {
		questions: Record<SurveyQuestion, { question: string; low: string; high: string }>;
		/** "{{score}} of {{max}}": each button's name for screen readers. */
		score: string;
		thanks: string;
	};
}

/**
 * The question after contact, on the "message sent" page: one row of numbered buttons per
 * question, the ends labelled. Rendered on the server and woken by the first touch (the
 * touched button's answer is replayed), so the page loads no script for it before. An answer
 * is sent once, as a `survey` insight event with the message's topic; the page remembers it for
 * the message (a reload does not ask again).
 */
export default function SatisfactionSurvey({ locale, questions, strings }: SatisfactionSurveyProps) {
	const id = useId();
	const [answered, setAnswered] = useState<Partial<Record<SurveyQuestion, number>>>({});
	// After hydration, as the server rendered the questions unanswered.
	useEffect(() => setAnswered((current) => ({ ...rememberedAnswers(questions), ...current })), [questions]);

	function answer(question: SurveyQuestion, score: number) {
		if (answered[question] !== undefined) return;
		const topic = typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('topic');
		sendInsight({ type: 'survey', locale, question, score, ...(topic && SHORT_ID.test(topic) ? { topic } : {}) }, { now: true });
		remember(question, score);
		setAnswered((current) => ({ ...current, [question]: score }));
	}

	return (
		<section className="hc-survey" aria-label={strings.questions[questions[0] ?? 'ces'].question}>
			{questions.map((question) => {
				const text = strings.questions[question];
				const max = SURVEY_SCALES[question];
				const legendId = `${id}-${question}`;
				return answered[question] !== undefined ? (
					<p key={question} className="hc-survey__thanks" role="status">
						{strings.thanks}
					</p>
				) : (
					<fieldset key={question} className="hc-survey__question" aria-describedby={`${legendId}-ends`}>
						<legend id={legendId}>{text.question}</legend>
						<div className="hc-survey__scale">
							{Array.from({ length: max }, (_, i) => i + 1).map((score) => (
								<button
									key={score}
									type="button"
									className="hc-button hc-button--quiet"
									data-replay={`${question}-${score}`}
									aria-label={fillTemplate(strings.score, { score: String(score), max: String(max) })}
									onClick={() => answer(question, score)}
								>
									{score}
								</button>
							))}
						</div>
						<p className="hc-survey__ends" id={`${legendId}-ends`}>
							<span>1: {text.low}</span>
							<span>
								{max}: {text.high}
							</span>
						</p>
					</fieldset>
				);
			})}
		</section>
	);
}

/** Answers are remembered per message (its reference in the address), for this tab only. */
function storageKey(question: SurveyQuestion): string {
	const reference = new URLSearchParams(window.location.search).get('ref') ?? '';
	return `helpcenter:survey:${reference}:${question}`;
}

function rememberedAnswers(questions: readonly SurveyQuestion[]): Partial<Record<SurveyQuestion, number>> {
	if (typeof window === 'undefined') return {};
	const found: Partial<Record<SurveyQuestion, number>> = {};
	try {
		for (const question of questions) {
			const stored = Number(window.sessionStorage.getItem(storageKey(question)));
			if (stored > 0) found[question] = stored;
		}
	} catch {
		// Without storage a reload asks again; the answer was sent either way.
	}
	return found;
}

function remember(question: SurveyQuestion, score: number): void {
	try {
		window.sessionStorage.setItem(storageKey(question), String(score));
	} catch {
		// See rememberedAnswers.
	}
}

markAsReact(SatisfactionSurvey);
