import fs from 'node:fs';
import path from 'node:path';
import { changedNumbers, factFor, staleNumbers, type ChangedNumber } from '../content/freshness.js';
import { isoDay, readFileAt, readFileVersions, versionAt } from '../content/git-history.js';
import { POLICY_PAGES } from '../policies/policy-schema.js';
import { parseYaml } from '../utils/parse-yaml.js';
import { YAML_FILE_LIMIT } from './read-yaml.js';

/**
 * Prose that a policy change left behind: for each article, the policy files as they were when
 * the article was last committed, against the policy files now; a number that changed since and
 * that the article's text still states as a number gets a warning (never an error: "30" may be
 * thirty of something else) that suggests the <Fact> that would have followed the policy.
 */

/**
 * A policy file's data, now or as an old commit had it; undefined where it cannot be read
 * (the shop check reports the current file's problems itself), so it raises no warning.
 */
function policyData(text: string): unknown {
	const parsed = parseYaml(text, { maxBytes: YAML_FILE_LIMIT, sizeAdvice: '' });
	return parsed.ok ? parsed.data : undefined;
}

interface DriftArticle {
	file: string;
	body: string;
	bodyLine: number;
}

interface DriftInput {
	contentDir: string;
	articles: readonly DriftArticle[];
	/** When each file was last committed (Unix seconds), from the one git log of the shop check. */
	lastCommitOf: (file: string) => number | undefined;
}

export function factDriftNotices({ contentDir, articles, lastCommitOf }: DriftInput): string[] {
	const policies = POLICY_PAGES.flatMap((name) => {
		const relative = path.join('policies', `${name}.yaml`);
		const current = path.join(contentDir, relative);
		if (!fs.existsSync(current)) return [];
		const versions = readFileVersions(contentDir, relative);
		return versions.length > 0
			? [{ name, relative, now: policyData(fs.readFileSync(current, 'utf8')), versions, old: new Map<string, ChangedNumber[]>() }]
			: [];
	});
	if (policies.length === 0) return [];

	const notices: string[] = [];
	for (const article of articles) {
		const committed = lastCommitOf(article.file);
		if (committed === undefined) continue;
		for (const policy of policies) {
			// The policy as the writer saw it: its newest commit no later than the article's.
			const seen = versionAt(policy.versions, committed);
			if (!seen) continue;
			let changes = policy.old.get(seen.commit);
			if (!changes) {
				const text = readFileAt(contentDir, seen.commit, policy.relative);
				const then = text === undefined ? undefined : policyData(text);
				changes = then === undefined || policy.now === undefined ? [] : changedNumbers(then, policy.now);
				policy.old.set(seen.commit, changes);
			}
			if (changes.length === 0) continue;
			for (const { line, change } of staleNumbers(article.body, article.bodyLine, changes)) {
				const fact = factFor(policy.name, change.path);
				notices.push(
					`${article.file}: line ${line}: says ${change.old}, which content/policies/${policy.name}.yaml had as ${change.path} when this article was last changed (${isoDay(committed)}); it is ${change.now} now. ` +
						(fact
							? `Write <Fact name="${fact}" /> so the text follows the policy.`
							: 'State it with a <Fact> so the text follows the policy, or check the number.'),
				);
			}
		}
	}
	return notices;
}
