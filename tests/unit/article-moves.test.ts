import { describe, expect, it } from 'vitest';
import { articleMoves } from '../../src/content/article-moves.js';
import { hostRules } from '../../src/integration/host-rules.js';

const article = (key: string, redirectFrom: string[] = [], locale = 'en') => ({ key, file: `content/articles/${locale}/${key}.mdx`, data: { redirectFrom } });

describe('articles that moved', () => {
	it('take their old addresses from front matter and from renames git saw, followed to where the file is now', () => {
		const { moves, problems } = articleMoves(
			[
				article('orders/cancel-or-change'),
				article('returns/start-a-return', ['returns/begin-a-return']),
				article('returns/start-a-return', ['returns/begin-a-return'], 'he'),
			],
			[
				{ from: 'articles/en/orders/cancel.mdx', to: 'articles/en/orders/cancel-an-order.mdx' },
				{ from: 'articles/en/orders/cancel-an-order.mdx', to: 'articles/en/orders/cancel-or-change.mdx' },
				// Moved and moved back: nothing to redirect.
				{ from: 'articles/en/orders/track.mdx', to: 'articles/en/orders/track-old.mdx' },
				{ from: 'articles/en/orders/track-old.mdx', to: 'articles/en/orders/track.mdx' },
				// Renamed, then deleted: nowhere to lead.
				{ from: 'articles/en/shipping/a.mdx', to: 'articles/en/shipping/b.mdx' },
				{ from: 'policies/returns.en.md', to: 'policies/returns/en.md' },
			],
		);
		expect(problems).toEqual([]);
		expect(moves).toEqual([
			{ from: 'orders/cancel', to: 'orders/cancel-or-change' },
			{ from: 'orders/cancel-an-order', to: 'orders/cancel-or-change' },
			{ from: 'returns/begin-a-return', to: 'returns/start-a-return' },
		]);
	});

	it('refuse an old address that is an article now, or that two articles claim, naming the file and the field', () => {
		const { problems } = articleMoves([
			article('orders/cancel'),
			article('orders/track', ['orders/cancel', 'orders/where']),
			article('returns/start', ['orders/where']),
		]);
		expect(problems).toEqual([
			{
				file: 'content/articles/en/orders/track.mdx',
				field: 'redirectFrom.0',
				message: 'is the address of an article that exists (content/articles/en/orders/cancel.mdx); a redirect would hide it',
			},
			{
				file: 'content/articles/en/returns/start.mdx',
				field: 'redirectFrom.0',
				message: '"orders/where" already leads to orders/track (content/articles/en/orders/track.mdx); an old address can lead to one article only',
			},
		]);
	});

	it('get a 301 in every language ahead of the catch-all "page not found" rules', () => {
		const rules = hostRules({
			base: '/help/',
			locales: ['en', 'he'],
			moves: [{ from: 'orders/cancel', to: 'orders/cancel-or-change' }],
		}).netlifyRedirects.split('\n');
		const moved = rules.indexOf('/help/he/orders/cancel/  /help/he/orders/cancel-or-change/  301');
		expect(rules.indexOf('/help/en/orders/cancel/  /help/en/orders/cancel-or-change/  301')).toBeGreaterThan(0);
		expect(moved).toBeGreaterThan(0);
		expect(moved).toBeLessThan(rules.indexOf('/help/en/*  /help/en/404.html  404'));
	});
});
