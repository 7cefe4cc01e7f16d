import type { StoredEvent } from '../event-store.js';
import type { FeedbackReason, SurveyQuestion } from '../limits.js';
import { FEEDBACK_REASONS } from '../limits.js';

/**
 * The numbers of an insights report, from the events of one period: what shoppers searched
 * and missed per language, which articles helped, how many who began writing to support sent
 * their message, and how easy they found it. Plain data: the HTML and Markdown reports only
 * lay it out, and tests check it against counts of their own.
 */

export interface Period {
	/** First day, YYYY-MM-DD (UTC). */
	from: string;
	/** Last day, included. */
	to: string;
}

export interface QueryCount {
	query: string;
	count: number;
}

export interface ArticleCount {
	article: string;
	count: number;
}

export interface LanguageSearches {
	locale: string;
	searches: number;
	misses: number;
	/** Most searched queries, most first (ties: alphabetical). */
	top: (QueryCount & { opened: ArticleCount[] })[];
	/** Queries that found nothing, most first, with the articles shoppers opened from their next search. */
	missed: (QueryCount & { openedNext: ArticleCount[] })[];
}

export interface ArticleVotes {
	locale: string;
	article: string;
	yes: number;
	no: number;
	/** yes / (yes + no). */
	helpful: number;
	reasons: Record<FeedbackReason, number>;
	comments: string[];
}

export interface Scores {
	count: number;
	average: number;
	/** Answers per score, index 0 = score 1. */
	distribution: number[];
}

export interface SurveyGroup {
	question: SurveyQuestion;
	/** A language, a topic, or "all". */
	key: string;
	scores: Scores;
}

export interface DayCounts {
	day: string;
	searches: number;
	misses: number;
	contactsSent: number;
}

export interface InsightReport {
	period: Period;
	events: number;
	searches: LanguageSearches[];
	votes: ArticleVotes[];
	contact: {
		started: number;
		suggestionsOpened: number;
		sent: number;
		/** Share of shoppers who began writing and did not send: (started - sent) / started. */
		deflection: number;
		byTopic: { topic: string; sent: number }[];
	};
	survey: { byLanguage: SurveyGroup[]; byTopic: SurveyGroup[]; overall: SurveyGroup[] };
	days: DayCounts[];
}

const SCALE: Record<SurveyQuestion, number> = { ces: 7, csat: 5 };

/** The day of an event in UTC, YYYY-MM-DD. */
const dayOf = (event: StoredEvent) => event.at.slice(0, 10);

export function eventsIn(events: readonly StoredEvent[], period: Period): StoredEvent[] {
	return events.filter((event) => {
		const day = dayOf(event);
		return day >= period.from && day <= period.to;
	});
}

const byCount = (a: QueryCount, b: QueryCount) => b.count - a.count || a.query.localeCompare(b.query);
const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Counts per key, in a map that keeps first-seen order. */
function tally<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
	return counts;
}

function scoresOf(question: SurveyQuestion, answers: readonly number[]): Scores {
	const distribution = Array.from({ length: SCALE[question] }, (_, i) => answers.filter((score) => score === i + 1).length);
	return {
		count: answers.length,
		average: ratio(
			answers.reduce((sum, score) => sum + score, 0),
			answers.length,
		),
		distribution,
	};
}

/** Every day of the period, so a chart shows quiet days as zero rather than leaving them out. */
function daysOf(period: Period): string[] {
	const days: string[] = [];
	for (let day = new Date(`${period.from}T00:00:00Z`); day.toISOString().slice(0, 10) <= period.to; day.setUTCDate(day.getUTCDate() + 1)) {
		days.push(day.toISOString().slice(0, 10));
	}
	return days;
}

export function summarize(all: readonly StoredEvent[], period: Period, { topQueries = 10 }: { topQueries?: number } = {}): InsightReport {
	const events = eventsIn(all, period);
	const of = <K extends StoredEvent['type']>(type: K) => events.filter((e): e is Extract<StoredEvent, { type: K }> => e.type === type);
	const searches = of('search');
	const clicks = of('resultClick');
	const votes = of('vote');
	const surveys = of('survey');
	const sent = of('contactSent');

	const locales = [...new Set(searches.map((s) => s.locale))].sort();
	const searchesByLanguage: LanguageSearches[] = locales.map((locale) => {
		const here = searches.filter((s) => s.locale === locale);
		const counts = [...tally(here, (s) => s.query)].map(([query, count]) => ({ query, count })).sort(byCount);
		const opened = (which: (click: (typeof clicks)[number]) => boolean) =>
			[
				...tally(
					clicks.filter((c) => c.locale === locale && which(c)),
					(c) => c.article,
				),
			]
				.map(([article, count]) => ({ article, count }))
				.sort((a, b) => b.count - a.count || a.article.localeCompare(b.article));
		const missed = [
			...tally(
				here.filter((s) => s.results === 0),
				(s) => s.query,
			),
		]
			.map(([query, count]) => ({ query, count, openedNext: opened((c) => c.afterMiss === query) }))
			.sort(byCount);
		const top = counts.slice(0, topQueries).map((entry) => ({ ...entry, opened: opened((c) => c.query === entry.query) }));
		return { locale, searches: here.length, misses: here.filter((s) => s.results === 0).length, top, missed };
	});

	const voteGroups = new Map<string, ArticleVotes>();
	for (const vote of votes) {
		const key = `${vote.locale} ${vote.article}`;
		const group =
			voteGroups.get(key) ??
			voteGroups
				.set(key, {
					locale: vote.locale,
					article: vote.article,
					yes: 0,
					no: 0,
					helpful: 0,
					reasons: Object.fromEntries(FEEDBACK_REASONS.map((r) => [r, 0])) as Record<FeedbackReason, number>,
					comments: [],
				})
				.get(key)!;
		if (vote.helpful) group.yes += 1;
		else group.no += 1;
		if (vote.reason) group.reasons[vote.reason] += 1;
		if (vote.comment) group.comments.push(vote.comment);
	}
	const articleVotes = [...voteGroups.values()]
		.map((group) => ({ ...group, helpful: ratio(group.yes, group.yes + group.no) }))
		// The least helpful first: that is where a writer starts.
		.sort((a, b) => a.helpful - b.helpful || b.no - a.no || a.article.localeCompare(b.article));

	const started = of('contactStarted').length;
	const surveyGroups = (key: (answer: (typeof surveys)[number]) => string | undefined): SurveyGroup[] =>
		(['ces', 'csat'] as const).flatMap((question) => {
			const answers = surveys.filter((s) => s.question === question);
			const keys = [...new Set(answers.map(key).filter((k): k is string => k !== undefined))].sort();
			return keys.map((k) => ({
				question,
				key: k,
				scores: scoresOf(
					question,
					answers.filter((a) => key(a) === k).map((a) => a.score),
				),
			}));
		});

	const dayCounts = new Map(daysOf(period).map((day) => [day, { day, searches: 0, misses: 0, contactsSent: 0 }]));
	for (const search of searches) {
		const day = dayCounts.get(dayOf(search));
		if (!day) continue;
		day.searches += 1;
		if (search.results === 0) day.misses += 1;
	}
	for (const message of sent) {
		const day = dayCounts.get(dayOf(message));
		if (day) day.contactsSent += 1;
	}

	return {
		period,
		events: events.length,
		searches: searchesByLanguage,
		votes: articleVotes,
		contact: {
			started,
			suggestionsOpened: of('suggestionOpened').length,
			sent: sent.length,
			deflection: started === 0 ? 0 : Math.max(0, started - sent.length) / started,
			byTopic: [...tally(sent, (s) => s.topic ?? '')]
				.filter(([topic]) => topic !== '')
				.map(([topic, count]) => ({ topic, sent: count }))
				.sort((a, b) => b.sent - a.sent || a.topic.localeCompare(b.topic)),
		},
		survey: {
			overall: surveyGroups(() => 'all'),
			byLanguage: surveyGroups((answer) => answer.locale),
			byTopic: surveyGroups((answer) => answer.topic),
		},
		days: [...dayCounts.values()],
	};
}
