import type { FactName } from '../policies/fact-text.js';
import { proseLines } from './prose-lines.js';

/**
 * Keeping articles true: who looks after each one and when it is due for review (front matter
 * `owner`, `reviewBy`), and prose that still states a number a policy fact no longer has,
 * such as "30 days" after the returns window became 45. Pure functions over what the shop
 * check read and what git kept; the shop loader and `npm run check` report what they find.
 */

export interface ReviewedArticle {
	file: string;
	data: { owner?: string | undefined; reviewBy?: string | undefined };
}

export interface OverdueGroup {
	/** The owner as front matter names them, or undefined for articles nobody owns. */
	owner: string | undefined;
	articles: { file: string; reviewBy: string }[];
}

/** Articles whose `reviewBy` day has passed, grouped by owner (owners alphabetical, nobody's last), oldest first. */
export function overdueReviews(articles: readonly ReviewedArticle[], today: string): OverdueGroup[] {
	const groups = new Map<string | undefined, { file: string; reviewBy: string }[]>();
	for (const { file, data } of articles) {
		if (!data.reviewBy || data.reviewBy >= today) continue;
		const list = groups.get(data.owner) ?? [];
		list.push({ file, reviewBy: data.reviewBy });
		groups.set(data.owner, list);
	}
	return [...groups]
		.map(([owner, list]) => ({ owner, articles: list.sort((a, b) => a.reviewBy.localeCompare(b.reviewBy) || a.file.localeCompare(b.file)) }))
		.sort((a, b) => (a.owner === undefined ? 1 : b.owner === undefined ? -1 : a.owner.localeCompare(b.owner)));
}

/** A number in a policy file that is not what it was: `path` as in the YAML, e.g. "window.days". */
export interface ChangedNumber {
	path: string;
	old: number;
	now: number;
}

/** Every number that differs between two versions of a policy file, leaf by leaf. */
export function changedNumbers(before: unknown, after: unknown, path = ''): ChangedNumber[] {
	if (typeof before === 'number' && typeof after === 'number') return before === after ? [] : [{ path, old: before, now: after }];
	if (before && after && typeof before === 'object' && typeof after === 'object') {
		const keys = Array.isArray(before) && Array.isArray(after) ? [...before.keys()].filter((i) => i < after.length).map(String) : Object.keys(before).filter((key) => key in after);
		return keys.flatMap((key) =>
			changedNumbers((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
		);
	}
	return [];
}

/** Which <Fact> states a number of a policy file, where one does. */
const FACT_OF_PATH: [file: string, pattern: RegExp, fact: FactName][] = [
	['returns', /(^|\.)window\.days$/, 'returnWindow'],
	['returns', /(^|\.)refundDays$/, 'refundTime'],
	['shipping', /(^|\.)handlingDays\./, 'handling'],
	['shipping', /(^|\.)freeFrom\.amount$/, 'freeShippingFrom'],
	['shipping', /(^|\.)customsDays\./, 'customsTime'],
	['payments', /(^|\.)payWithinDays$/, 'bankTransferDays'],
];

export function factFor(policyFile: string, path: string): FactName | undefined {
	return FACT_OF_PATH.find(([file, pattern]) => file === policyFile && pattern.test(path))?.[2];
}

export interface StaleNumber {
	line: number;
	change: ChangedNumber;
}


/**
 * Lines of a text that state an old value as a number of their own: not inside code, not part of
 * a date, a decimal or a longer number, not a numbered list's step number, and not inside a
 * component tag (a <Fact> follows the policy).
 */
export function staleNumbers(body: string, firstLine: number, changes: readonly ChangedNumber[]): StaleNumber[] {
	const found: StaleNumber[] = [];
	const patterns = changes.map((change) => ({ change, pattern: new RegExp(`(?<![\\d.,:/-])${String(change.old).replace('.', '\\.')}(?![\\d]|[.,:/-]\\d)`) }));
	for (const { text: raw, index } of proseLines(body)) {
		// A numbered list's "4." counts steps, not anything a policy states.
		const line = raw
			.replace(/^\s*\d+[.)]\s+/, ' ')
			.replace(/`[^`]*`/g, ' ')
			.replace(/<[A-Z][^>]*>/g, ' ');
		for (const { change, pattern } of patterns) if (pattern.test(line)) found.push({ line: firstLine + index, change });
	}
	return found;
}
