import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedNumbers, factFor, overdueReviews, staleNumbers } from '../../src/content/freshness.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { projectRoot } from '../helpers/build-site.js';
import { copyFixtureShop } from '../helpers/shop-copy.js';

describe('reviews', () => {
	it('list the articles whose review day has passed, by owner, the oldest first and unowned ones last', () => {
		const article = (file: string, owner?: string, reviewBy?: string) => ({ file, data: { owner, reviewBy } });
		expect(
			overdueReviews(
				[
					article('a.mdx', 'returns-team', '2026-11-30'),
					article('b.mdx', undefined, '2026-01-01'),
					article('c.mdx', 'dana@shop.example', '2026-12-06'),
					article('d.mdx', 'returns-team', '2026-10-01'),
					article('e.mdx', 'dana@shop.example', '2026-12-05'),
					article('f.mdx'),
				],
				'2026-12-06',
			),
		).toEqual([
			{ owner: 'dana@shop.example', articles: [{ file: 'e.mdx', reviewBy: '2026-12-05' }] },
			{
				owner: 'returns-team',
				articles: [
					{ file: 'd.mdx', reviewBy: '2026-10-01' },
					{ file: 'a.mdx', reviewBy: '2026-11-30' },
				],
			},
			{ owner: undefined, articles: [{ file: 'b.mdx', reviewBy: '2026-01-01' }] },
		]);
	});

	it('are listed by npm run check, which still passes', () => {
		const copy = copyFixtureShop();
		try {
			const file = path.join(copy.content, 'articles/en/orders/track-an-order.mdx');
			fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('order: 10', 'order: 10\nowner: Orders team\nreviewBy: 2026-01-15'));
			const result = spawnSync(path.join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/check.ts'], {
				cwd: projectRoot,
				encoding: 'utf8',
				env: { ...process.env, HELP_CENTER_CONTENT: copy.content, NO_COLOR: '1' },
			});
			expect(result.status, result.stderr).toBe(0);
			expect(result.stdout).toContain('Due for review (front matter reviewBy has passed):\n  Orders team:\n');
			expect(result.stdout).toMatch(/content\/articles\/en\/orders\/track-an-order\.mdx \(review by 2026-01-15\)/);
		} finally {
			copy.remove();
		}
	});
});

describe('numbers a policy change left behind', () => {
	it('are the numbers that differ between two versions of a policy file, named by their place', () => {
		expect(
			changedNumbers(
				{ window: { days: 30, startsOn: 'delivery' }, refundDays: 14, countries: [{ window: { days: 14 } }], updated: '2026-10-01' },
				{ window: { days: 45, startsOn: 'delivery' }, refundDays: 14, countries: [{ window: { days: 21 } }], updated: '2026-11-01' },
			),
		).toEqual([
			{ path: 'window.days', old: 30, now: 45 },
			{ path: 'countries.0.window.days', old: 14, now: 21 },
		]);
		expect(factFor('returns', 'countries.0.window.days')).toBe('returnWindow');
		expect(factFor('shipping', 'zones.0.methods.1.freeFrom.amount')).toBe('freeShippingFrom');
		expect(factFor('shipping', 'zones.0.methods.1.price.amount')).toBeUndefined();
	});

	it('are found in prose, not in dates, decimals, longer numbers, code or component tags', () => {
		const body = [
			'You have 30 days to send it back.',
			'Since 2026-10-30, 130 shops and 3.30 euros, 30,5 kg.',
			'`30` in code, and <Fact name="returnWindow" days="30" /> in a tag.',
			'```',
			'30',
			'```',
			'Within 30.',
			'30. A step of a long list, and 30 days again.',
			'30. A step alone.',
		].join('\n');
		expect(staleNumbers(body, 10, [{ path: 'window.days', old: 30, now: 45 }]).map((s) => s.line)).toEqual([10, 16, 17]);
	});

	it('are reported when the policy changed after the article was last committed, until the article is changed too', () => {
		const copy = copyFixtureShop({}, 'hc-drift-');
		try {
			const article = path.join(copy.content, 'articles/en/orders/track-an-order.mdx');
			fs.appendFileSync(article, '\nParcels you do not want can go back within 30 days.\n');
			const line = fs.readFileSync(article, 'utf8').trimEnd().split('\n').length;
			const git = (...args: string[]) =>
				execFileSync('git', ['-c', 'user.email=w@example.com', '-c', 'user.name=W', ...args], { cwd: copy.root, encoding: 'utf8' });
			const commitAt = (when: string, message: string) => {
				git('add', '-A');
				execFileSync('git', ['-c', 'user.email=w@example.com', '-c', 'user.name=W', 'commit', '-qm', message], {
					cwd: copy.root,
					env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
				});
			};
			git('init', '-q');
			commitAt('2026-10-01T10:00:00Z', 'The shop');
			const returns = path.join(copy.content, 'policies/returns.yaml');
			fs.writeFileSync(returns, fs.readFileSync(returns, 'utf8').replace('window: { days: 30,', 'window: { days: 45,'));
			commitAt('2026-11-01T10:00:00Z', 'Returns: 45 days');

			const drift = () => loadShop(copy, { includeDrafts: false }).notices.filter((notice) => notice.includes('when this article was last changed'));
			expect(drift()).toEqual([
				`content/articles/en/orders/track-an-order.mdx: line ${line}: says 30, which content/policies/returns.yaml had as window.days when this article was last changed (2026-10-01); it is 45 now. Write <Fact name="returnWindow" /> so the text follows the policy.`,
			]);
			fs.writeFileSync(article, fs.readFileSync(article, 'utf8').replace('within 30 days', 'within <Fact name="returnWindow" />'));
			commitAt('2026-11-02T10:00:00Z', 'Track: the window as a fact');
			expect(drift()).toEqual([]);
		} finally {
			copy.remove();
		}
	});
});
