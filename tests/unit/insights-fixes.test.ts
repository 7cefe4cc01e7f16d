import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/insights/event-store.js';
import { addKeyword, keywordPatch } from '../../src/insights/report/keyword-patch.js';
import { parseCsv, readEventFiles } from '../../src/insights/report/read-exports.js';
import { findByWords, suggestFixes, type FindableArticle } from '../../src/insights/report/suggest-fixes.js';
import { summarize } from '../../src/insights/report/summarize.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { copyFixtureShop } from '../helpers/shop-copy.js';

const november = { from: '2026-11-01', to: '2026-11-30' };
const at = '2026-11-10T09:00:00.000Z';
const miss = (locale: string, query: string, times: number): StoredEvent[] =>
	Array.from({ length: times }, () => ({ at, type: 'search', locale, query, results: 0 }));

const articles: FindableArticle[] = [
	{
		locale: 'en',
		key: 'orders/track-an-order',
		title: 'How do I track my order?',
		description: 'Follow your parcel.',
		keywords: ['where is my parcel'],
		file: 'content/articles/en/orders/track-an-order.mdx',
	},
	{
		locale: 'en',
		key: 'returns/start-a-return',
		title: 'How do I start a return?',
		description: 'Register a return online.',
		keywords: [],
		file: 'content/articles/en/returns/start-a-return.mdx',
	},
	{
		locale: 'cs',
		key: 'returns/start-a-return',
		title: 'Jak vrátit zboží?',
		description: 'Vrácení online.',
		keywords: [],
		file: 'content/articles/cs/returns/start-a-return.mdx',
	},
];

describe('from misses to fixes', () => {
	it('proposes the article that shoppers opened next, else the one whose folded words match, and skips what is already a keyword', () => {
		const events: StoredEvent[] = [
			...miss('en', 'parcle status', 3),
			...Array.from({ length: 2 }, (): StoredEvent => ({
				at,
				type: 'resultClick',
				locale: 'en',
				query: 'parcel',
				rank: 1,
				article: 'orders/track-an-order',
				afterMiss: 'parcle status',
			})),
			{ at, type: 'resultClick', locale: 'en', query: 'return', rank: 2, article: 'returns/start-a-return', afterMiss: 'parcle status' },
			// No one opened anything after these: the words decide (accents and endings do not matter).
			...miss('cs', 'vratit zbozi', 2),
			...miss('en', 'where is my parcel', 4),
			// Once is chance, not a pattern.
			...miss('en', 'returning shoes', 1),
		];
		const fixes = suggestFixes(summarize(events, november), articles);
		// Languages in alphabetical order, then the most missed first.
		expect(fixes).toEqual([
			{
				locale: 'cs',
				query: 'vratit zbozi',
				count: 2,
				article: 'returns/start-a-return',
				because: 'words',
				file: 'content/articles/cs/returns/start-a-return.mdx',
				keywords: ['vratit zbozi'],
			},
			{
				locale: 'en',
				query: 'parcle status',
				count: 3,
				article: 'orders/track-an-order',
				because: 'openedNext',
				file: 'content/articles/en/orders/track-an-order.mdx',
				keywords: ['where is my parcel', 'parcle status'],
			},
		]);

		expect(findByWords('returning shoes', 'en', articles)?.key).toBe('returns/start-a-return');
		expect(findByWords('gift cards', 'en', articles)).toBeUndefined();
	});

	it('writes a patch that git applies, after which the shop loads with the new keywords and search-quality queries', () => {
		const copy = copyFixtureShop({
			// A keyword list written as lines, and a search-quality file whose last line has no newline.
			'articles/he/orders/track-an-order.mdx': fs
				.readFileSync(path.join('tests/fixtures/shop/content/articles/he/orders/track-an-order.mdx'), 'utf8')
				.replace(/^keywords:.*$/m, 'keywords:\n  - משלוח\n  - חבילה'),
			'search-queries/he.yaml': '- { q: איפה החבילה, expect: orders/track-an-order }',
		});
		try {
			const git = (...args: string[]) => execFileSync('git', args, { cwd: copy.root, encoding: 'utf8' });
			git('init', '-q');
			git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '-A');
			git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'shop');
			const suggestion = (locale: string, key: string, query: string) => ({
				locale,
				query,
				count: 2,
				article: key,
				because: 'words' as const,
				file: `content/articles/${locale}/${key}.mdx`,
				keywords: [],
			});
			const patch = keywordPatch(
				[
					suggestion('en', 'orders/track-an-order', 'parcle status'),
					suggestion('en', 'orders/track-an-order', 'courier: where?'),
					suggestion('en', 'returns/start-a-return', 'send back'),
					suggestion('he', 'orders/track-an-order', 'מעקב משלוח'),
				],
				{
					read: (file) => (fs.existsSync(path.join(copy.root, file)) ? fs.readFileSync(path.join(copy.root, file), 'utf8') : undefined),
					queriesFile: (locale) => `content/search-queries/${locale}.yaml`,
				},
			);
			fs.writeFileSync(path.join(copy.root, 'keywords.patch'), patch);
			// Nothing changes until someone applies it.
			expect(git('status', '--porcelain')).toBe('?? keywords.patch\n');
			git('apply', 'keywords.patch');
			const shop = loadShop(copy, { includeDrafts: false });
			const keywords = (id: string) => shop.articles.find((a) => a.id === id)?.data.keywords;
			expect(keywords('en/orders/track-an-order')).toEqual(['where is my parcel', 'tracking number', 'parcle status', 'courier: where?']);
			expect(keywords('en/returns/start-a-return')).toEqual(['send back']);
			expect(keywords('he/orders/track-an-order')).toEqual(['משלוח', 'חבילה', 'מעקב משלוח']);
			expect(fs.readFileSync(path.join(copy.content, 'search-queries/en.yaml'), 'utf8')).toBe(
				[
					'- { q: parcle status, expect: orders/track-an-order, kind: miss }',
					'- { q: "courier: where?", expect: orders/track-an-order, kind: miss }',
					'- { q: send back, expect: returns/start-a-return, kind: miss }',
					'',
				].join('\n'),
			);
			expect(fs.readFileSync(path.join(copy.content, 'search-queries/he.yaml'), 'utf8')).toBe(
				'- { q: איפה החבילה, expect: orders/track-an-order }\n- { q: מעקב משלוח, expect: orders/track-an-order, kind: miss }\n',
			);
		} finally {
			copy.remove();
		}
	});

	it('adds a keyword without touching the rest of the file', () => {
		const source = '---\ntitle: T\ndescription: D\n---\n\nkeywords: [not, front, matter]\n';
		expect(addKeyword(source, 'x')).toBe('---\ntitle: T\ndescription: D\nkeywords: [x]\n---\n\nkeywords: [not, front, matter]\n');
	});
});

describe('reading what Plausible and Umami exported', () => {
	it("counts Plausible's Stats API rows as that many events, on their day, with text values made numbers and yes/no", () => {
		const answer = {
			results: [
				{ dimensions: ['2026-11-03', 'search', 'pl', 'zwrot butów', '0', '(none)'], metrics: [4] },
				{ dimensions: ['2026-11-04', 'vote', 'pl', '(none)', '(none)', 'false'], metrics: [2] },
			],
			query: {
				dimensions: ['time:day', 'event:goal', 'event:props:locale', 'event:props:query', 'event:props:results', 'event:props:helpful'],
				metrics: ['events'],
				date_range: ['2026-11-01T00:00:00Z', '2026-11-30T23:59:59Z'],
			},
		};
		// A vote without its article is not an event: it is counted as skipped, and named.
		const read = readEventFiles([{ name: 'plausible.json', text: JSON.stringify(answer) }]);
		expect(read.events).toEqual(
			Array.from({ length: 4 }, () => ({ type: 'search', locale: 'pl', query: 'zwrot butów', results: 0, at: '2026-11-03T12:00:00.000Z' })),
		);
		expect(read.notes).toEqual([
			'Skipped 1 rows that are not events (first: plausible.json result 2: article: Invalid input: expected string, received undefined).',
		]);
		expect(summarize(read.events, november).searches[0]).toMatchObject({ locale: 'pl', searches: 4, misses: 4 });
	});

	it("joins Umami's events and their data by id, and reads a CSV of grouped rows", () => {
		const websiteEvents =
			'event_id,website_id,created_at,url_path,event_type,event_name\ne1,w,2026-11-05 10:00:00,/cs/,2,search\ne2,w,2026-11-06 11:00:00,/cs/x/,2,survey\n';
		const eventData =
			'website_event_id,website_id,data_key,string_value,number_value,data_type,created_at\n' +
			'e1,w,locale,cs,,1,2026-11-05 10:00:00\ne1,w,query,"vrátit, prosím",,1,2026-11-05 10:00:00\ne1,w,results,,0.0000,2,2026-11-05 10:00:00\n' +
			'e2,w,locale,cs,,1,2026-11-06 11:00:00\ne2,w,question,ces,,1,2026-11-06 11:00:00\ne2,w,score,,6.0000,2,2026-11-06 11:00:00\n';
		const umami = readEventFiles([
			{ name: 'website_event.csv', text: websiteEvents },
			{ name: 'event_data.csv', text: eventData },
		]);
		expect(umami.notes).toEqual([]);
		expect(umami.events).toEqual([
			{ type: 'search', locale: 'cs', query: 'vrátit, prosím', results: 0, at: '2026-11-05T10:00:00.000Z' },
			{ type: 'survey', locale: 'cs', question: 'ces', score: 6, at: '2026-11-06T11:00:00.000Z' },
		]);
		const grouped = readEventFiles([
			{ name: 'export.csv', text: 'date,event,props.locale,props.article,props.helpful,events\r\n2026-11-07,vote,en,orders/cancel,true,3\r\n' },
		]);
		expect(grouped.events).toHaveLength(3);
		expect(summarize(grouped.events, november).votes[0]).toMatchObject({ article: 'orders/cancel', yes: 3, no: 0 });
	});

	it('says what a file was not, rather than reporting nothing', () => {
		expect(readEventFiles([{ name: 'pages.csv', text: 'page,visitors\n/,10\n' }]).problem).toBe('No events in pages.csv: pages.csv row 2: has no date');
		expect(parseCsv('a,"b ""c""",d\n\n1,2,3')).toEqual([
			['a', 'b "c"', 'd'],
			['1', '2', '3'],
		]);
	});
});
