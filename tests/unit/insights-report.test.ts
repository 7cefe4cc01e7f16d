import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/insights/event-store.js';
import { insightEventSchema } from '../../src/insights/event-schema.js';
import { renderHtml } from '../../src/insights/report/render-html.js';
import { renderMarkdown } from '../../src/insights/report/render-markdown.js';
import { sampleEvents } from '../../src/insights/report/sample-events.js';
import { summarize } from '../../src/insights/report/summarize.js';

const LOCALES = ['en', 'he', 'ru', 'pl', 'cs', 'vi'];
const ARTICLES = [
	'orders/track-an-order',
	'orders/cancel',
	'returns/start-return',
	'returns/refunds',
	'shipping/customs',
	'payments/declined',
	'account/delete',
];
const shop = {
	locales: LOCALES,
	articles: ARTICLES,
	queries: {
		en: [{ query: 'where is my parcel', article: 'orders/track-an-order' }, { query: 'refund' }, { query: 'cancel order', article: 'orders/cancel' }],
		cs: [
			{ query: 'kde je můj balík', article: 'orders/track-an-order' },
			{ query: 'vrácení peněz', article: 'returns/refunds' },
		],
		he: [{ query: 'איפה החבילה שלי' }],
	},
	topics: ['order', 'return', 'damaged-item'],
	markets: ['cz', 'il'],
};
// A month of a busy shop's events, and every one fits the contract the receivers check.
const events = sampleEvents(shop, { month: '2026-11', total: 50_000, seed: 7 });
const november = { from: '2026-11-01', to: '2026-11-30' };

describe('a month of made-up events', () => {
	it('is realistic: every kind, every language, every day, and all valid', () => {
		expect(events.length).toBeGreaterThanOrEqual(50_000);
		expect(new Set(events.map((e) => e.type))).toEqual(
			new Set(['search', 'resultClick', 'vote', 'contactStarted', 'suggestionOpened', 'contactSent', 'survey']),
		);
		expect(new Set(events.map((e) => e.locale))).toEqual(new Set(LOCALES));
		expect(new Set(events.map((e) => e.at.slice(0, 10))).size).toBe(30);
		for (const { at: _at, ...event } of events) expect(insightEventSchema.safeParse(event).success).toBe(true);
		// The same seed makes the same month.
		expect(sampleEvents(shop, { month: '2026-11', total: 1000, seed: 7 })).toEqual(sampleEvents(shop, { month: '2026-11', total: 1000, seed: 7 }));
	});
});

describe('the report numbers', () => {
	const report = summarize(events, november);
	const count = (test: (e: StoredEvent) => boolean) => events.filter(test).length;

	it('count searches and misses per language as the events do', () => {
		for (const locale of LOCALES) {
			const language = report.searches.find((l) => l.locale === locale)!;
			expect(language.searches).toBe(count((e) => e.type === 'search' && e.locale === locale));
			expect(language.misses).toBe(count((e) => e.type === 'search' && e.locale === locale && e.results === 0));
			const missed = language.missed[0]!;
			expect(missed.count).toBe(count((e) => e.type === 'search' && e.locale === locale && e.results === 0 && e.query === missed.query));
			// Most searched first.
			expect(language.top.map((q) => q.count)).toEqual([...language.top.map((q) => q.count)].sort((a, b) => b - a));
		}
		const parcel = report.searches.find((l) => l.locale === 'en')!.top.find((q) => q.query === 'where is my parcel')!;
		expect(parcel.opened[0]).toEqual({
			article: 'orders/track-an-order',
			count: count((e) => e.type === 'resultClick' && e.locale === 'en' && e.query === 'where is my parcel' && e.article === 'orders/track-an-order'),
		});
	});

	it('name what shoppers opened next after a search that found nothing', () => {
		const czech = report.searches.find((l) => l.locale === 'cs')!;
		const answered = czech.missed.filter((miss) => miss.openedNext.length > 0);
		expect(answered.length).toBeGreaterThan(0);
		for (const miss of answered) {
			const [first] = miss.openedNext;
			expect(first!.count).toBe(count((e) => e.type === 'resultClick' && e.locale === 'cs' && e.afterMiss === miss.query && e.article === first!.article));
		}
		const all = report.searches.flatMap((l) => l.missed.flatMap((m) => m.openedNext)).reduce((sum, o) => sum + o.count, 0);
		expect(all).toBe(count((e) => e.type === 'resultClick' && e.afterMiss !== undefined));
	});

	it('count votes, reasons and the helpful share per article and language', () => {
		for (const entry of report.votes) {
			const here = (e: StoredEvent) => e.type === 'vote' && e.locale === entry.locale && e.article === entry.article;
			expect(entry.yes).toBe(count((e) => here(e) && e.type === 'vote' && e.helpful));
			expect(entry.no).toBe(count((e) => here(e) && e.type === 'vote' && !e.helpful));
			expect(entry.reasons.unclear).toBe(count((e) => here(e) && e.type === 'vote' && e.reason === 'unclear'));
			expect(entry.helpful).toBeCloseTo(entry.yes / (entry.yes + entry.no));
		}
		expect(report.votes.reduce((sum, v) => sum + v.yes + v.no, 0)).toBe(count((e) => e.type === 'vote'));
		// Least helpful first.
		expect(report.votes[0]!.helpful).toBeLessThanOrEqual(report.votes.at(-1)!.helpful);
	});

	it('count contacts, deflection and effort scores', () => {
		const started = count((e) => e.type === 'contactStarted');
		const sent = count((e) => e.type === 'contactSent');
		expect(report.contact).toMatchObject({ started, sent, suggestionsOpened: count((e) => e.type === 'suggestionOpened') });
		expect(report.contact.deflection).toBeCloseTo((started - sent) / started);
		expect(report.contact.byTopic.find((t) => t.topic === 'return')?.sent).toBe(count((e) => e.type === 'contactSent' && e.topic === 'return'));
		const ces = events.filter((e): e is Extract<StoredEvent, { type: 'survey' }> => e.type === 'survey' && e.question === 'ces' && e.locale === 'pl');
		const polish = report.survey.byLanguage.find((g) => g.question === 'ces' && g.key === 'pl')!;
		expect(polish.scores.count).toBe(ces.length);
		expect(polish.scores.average).toBeCloseTo(ces.reduce((sum, e) => sum + e.score, 0) / ces.length);
		expect(polish.scores.distribution.reduce((a, b) => a + b, 0)).toBe(ces.length);
	});

	it('keep to the period, with every day in it', () => {
		const firstWeek = summarize(events, { from: '2026-11-01', to: '2026-11-07' });
		expect(firstWeek.events).toBe(count((e) => e.at < '2026-11-08'));
		expect(firstWeek.days.map((d) => d.day)).toEqual(['01', '02', '03', '04', '05', '06', '07'].map((d) => `2026-11-${d}`));
		expect(summarize(events, { from: '2026-12-01', to: '2026-12-02' }).days).toEqual([
			{ day: '2026-12-01', searches: 0, misses: 0, contactsSent: 0 },
			{ day: '2026-12-02', searches: 0, misses: 0, contactsSent: 0 },
		]);
	});
});

describe('the report files', () => {
	const hostile: StoredEvent[] = [
		{ at: '2026-11-03T10:00:00Z', type: 'search', locale: 'en', query: '<img src=x onerror=alert(1)> | pipes', results: 0 },
		{ at: '2026-11-03T10:01:00Z', type: 'vote', locale: 'en', article: 'orders/cancel', helpful: false, comment: '</li><script>alert(1)</script>' },
	];

	it('is one HTML file with no script and no request, its charts inline, everything shoppers typed escaped', () => {
		const html = renderHtml(summarize([...events, ...hostile], november));
		const { document } = parseHTML(html);
		expect(document.querySelectorAll('script')).toHaveLength(0);
		expect(document.querySelectorAll('[src], link[href]')).toHaveLength(0);
		expect(document.querySelectorAll('svg[role="img"] title').length).toBeGreaterThanOrEqual(2);
		expect([...document.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
			'What shoppers searched for',
			'From misses to fixes',
			'Which articles helped',
			'Contact and deflection',
			'How easy it was to get help',
		]);
		const alone = renderHtml(summarize(hostile, november));
		expect(parseHTML(alone).document.querySelectorAll('script, img')).toHaveLength(0);
		expect(alone).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(alone).toContain('&lt;/li&gt;&lt;script&gt;');
	});

	it('is short Markdown for a CI summary, with table cells that cannot break the table', () => {
		const markdown = renderMarkdown(summarize(hostile, november));
		expect(markdown).toContain('| en | <img src=x onerror=alert(1)> \\| pipes | 1 | – |');
		expect(markdown.split('\n')[0]).toBe('# Help center insights: 2026-11-01 to 2026-11-30');
	});
});
