import type { StoredEvent } from '../event-store.js';
import { FEEDBACK_REASONS } from '../limits.js';

/**
 * A realistic month of insight events for a shop, made up from its own languages, articles,
 * search queries and contact topics: for trying the report before real shoppers came, and
 * for tests. Deterministic for a seed, so a test can count what it expects.
 *
 * Shoppers search (some queries miss; misspellings miss more, and half of those who miss try
 * again and open what they meant), open a result or not, vote on
 * articles (a few articles are unhelpful), begin writing to support, open a suggested article
 * instead or send, and answer the question after contact.
 */

export interface SampleShop {
	locales: readonly string[];
	/** `<category>/<slug>` of the articles. */
	articles: readonly string[];
	/** Queries shoppers type, per language, with the article that answers them when known; a language without any gets the article names. */
	queries: Readonly<Record<string, readonly { query: string; article?: string | undefined }[]>>;
	topics: readonly string[];
	markets: readonly string[];
}

export interface SampleOptions {
	/** YYYY-MM: the month the events fall in (UTC). */
	month: string;
	/** About how many events. */
	total: number;
	seed?: number;
}

/** mulberry32: small, fast and good enough to make up shoppers. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A typo a shopper makes: two neighbouring letters swapped. */
function misspell(query: string, next: () => number): string {
	if (query.length < 4) return `${query}${query.at(-1)}`;
	const at = 1 + Math.floor(next() * (query.length - 2));
	return `${query.slice(0, at)}${query[at + 1]}${query[at]}${query.slice(at + 2)}`;
}

export function sampleEvents(shop: SampleShop, { month, total, seed = 1 }: SampleOptions): StoredEvent[] {
	const next = random(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	// Popular things are popular: the first items of a list come up far more often.
	const popular = <T>(items: readonly T[]): T => items[Math.floor(next() ** 2.2 * items.length)]!;
	const [year, monthNumber] = month.split('-').map(Number) as [number, number];
	const daysInMonth = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
	// More shoppers in the evening and early in the week.
	const time = () => {
		const day = 1 + Math.floor(next() * daysInMonth);
		const hour = Math.min(23, Math.floor(8 + next() * 10 + next() * 6));
		return new Date(Date.UTC(year, monthNumber - 1, day, hour, Math.floor(next() * 60), Math.floor(next() * 60))).toISOString();
	};
	// Languages have different numbers of shoppers.
	const weights = shop.locales.map((_, i) => 1 / (i + 1));
	const weightSum = weights.reduce((a, b) => a + b, 0);
	const language = () => {
		let r = next() * weightSum;
		for (const [i, w] of weights.entries()) {
			r -= w;
			if (r <= 0) return shop.locales[i]!;
		}
		return shop.locales[0]!;
	};
	const unhelpful = new Set(shop.articles.filter((_, i) => i % 7 === 3));
	const comments = [
		'The steps did not match what I see in my account',
		'Too long, I could not find the answer',
		'The price is different now',
		'Please add pictures',
	];

	const events: StoredEvent[] = [];
	while (events.length < total) {
		const locale = language();
		const at = time();
		const roll = next();
		if (roll < 0.62) {
			const queries = shop.queries[locale]?.length
				? shop.queries[locale]!
				: shop.articles.map((a) => ({ query: a.split('/')[1]!.replace(/-/g, ' '), article: a }));
			const typo = next() < 0.12;
			const asked = popular(queries);
			const query = typo ? misspell(asked.query, next) : asked.query;
			const results = typo ? (next() < 0.7 ? 0 : 1) : next() < 0.06 ? 0 : 1 + Math.floor(next() * 8);
			events.push({ at, type: 'search', locale, query, results });
			if (results === 0 && asked.article && next() < 0.5) {
				// Half of those who miss try again in other words and open what they meant.
				events.push({ at, type: 'search', locale, query: asked.query, results: 1 + Math.floor(next() * 8) });
				events.push({ at, type: 'resultClick', locale, query: asked.query, rank: 1, article: asked.article, afterMiss: query });
			} else if (results > 0 && next() < 0.55) {
				// Most open the article that answers the question; some open another.
				const article = asked.article && next() < 0.8 ? asked.article : popular(shop.articles);
				events.push({ at, type: 'resultClick', locale, query, rank: 1 + Math.floor(next() ** 3 * Math.min(results, 10)), article });
			}
		} else if (roll < 0.8) {
			const article = popular(shop.articles);
			const helpful = next() < (unhelpful.has(article) ? 0.35 : 0.82);
			const withReason = !helpful && next() < 0.7;
			const withComment = !helpful && next() < 0.25;
			events.push({
				at,
				type: 'vote',
				locale,
				article,
				helpful,
				...(withReason ? { reason: pick(FEEDBACK_REASONS) } : {}),
				...(withComment ? { comment: pick(comments) } : {}),
			});
		} else {
			events.push({ at, type: 'contactStarted', locale });
			if (next() < 0.3) events.push({ at, type: 'suggestionOpened', locale, article: popular(shop.articles) });
			// Shoppers who found their answer in a suggestion send less often.
			if (next() < 0.62) {
				const topic = shop.topics.length > 0 ? popular(shop.topics) : undefined;
				events.push({ at, type: 'contactSent', locale, ...(topic ? { topic } : {}), ...(shop.markets.length > 0 ? { market: pick(shop.markets) } : {}) });
				if (next() < 0.35) {
					const easy = Math.min(7, Math.max(1, Math.round(5.4 + (next() - 0.5) * 4)));
					events.push({ at, type: 'survey', locale, question: 'ces', score: easy, ...(topic ? { topic } : {}) });
					if (next() < 0.5)
						events.push({ at, type: 'survey', locale, question: 'csat', score: Math.min(5, Math.max(1, easy - 2)), ...(topic ? { topic } : {}) });
				}
			}
		}
	}
	return events.sort((a, b) => a.at.localeCompare(b.at));
}
