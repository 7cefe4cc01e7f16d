import { describe, expect, it } from 'vitest';
import { previousVote, rememberVote } from '../../src/feedback/feedback.js';
import { COMMENT_MAX_LENGTH } from '../../src/insights/limits.js';
import { scrubComment } from '../../src/insights/privacy.js';

describe('article feedback', () => {
	it('keeps comments free of email addresses and long numbers, and short', () => {
		expect(scrubComment(' Mail me at anna.k@example.pl, order 2026-000-4417 ')).toBe('Mail me at [email] order [number]');
		expect(scrubComment('Krok 3 jest niejasny')).toBe('Krok 3 jest niejasny');
		expect(scrubComment('x'.repeat(900))).toHaveLength(COMMENT_MAX_LENGTH);
	});

	it('remembers one vote per article and language', () => {
		const items = new Map<string, string>();
		const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
		expect(previousVote(storage, 'pl', 'orders/track')).toBeUndefined();
		rememberVote(storage, 'pl', 'orders/track', false);
		expect(previousVote(storage, 'pl', 'orders/track')).toBe(false);
		expect(previousVote(storage, 'cs', 'orders/track')).toBeUndefined();
	});
});
