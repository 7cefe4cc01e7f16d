import type { GitRename } from './git-history.js';
import type { ContentProblem } from './problems.js';

/**
 * Articles that moved: the old `<category>/<slug>` addresses that must keep working in order
 * emails, macros and search engines. A writer lists them in front matter (`redirectFrom`), and
 * a rename that git recorded adds one by itself. Every language gets the redirect, since every
 * language has a page for every article (its translation or the original).
 */

export interface ArticleMove {
	/** The old `<category>/<slug>`. */
	from: string;
	/** The article it leads to now. */
	to: string;
}

interface MovableArticle {
	key: string;
	file: string;
	data: { redirectFrom: readonly string[] };
}

/** `articles/<locale>/<category>/<slug>.mdx` -> `<category>/<slug>`. */
function keyOfPath(file: string): string | undefined {
	const match = /^articles\/[^/]+\/([a-z0-9-]+)\/([a-z0-9-]+)\.mdx$/.exec(file.split('\\').join('/'));
	return match ? `${match[1]}/${match[2]}` : undefined;
}

export function articleMoves(articles: readonly MovableArticle[], renames: readonly GitRename[] = []): { moves: ArticleMove[]; problems: ContentProblem[] } {
	const existing = new Map(articles.map((article) => [article.key, article.file]));
	const problems: ContentProblem[] = [];
	const moves = new Map<string, { to: string; file?: string }>();

	// Renames git saw, followed to where each file is now; a move back or a deleted file leaves nothing.
	const now = new Map<string, string>();
	for (const rename of renames) {
		const from = keyOfPath(rename.from);
		const to = keyOfPath(rename.to);
		if (!from || !to || from === to) continue;
		for (const [old, current] of now) if (current === from) now.set(old, to);
		now.set(from, to);
	}
	for (const [from, to] of now) {
		if (from !== to && !existing.has(from) && existing.has(to)) moves.set(from, { to });
	}

	// What writers wrote wins over what git guessed, and must not point two ways or hide an article.
	for (const article of articles) {
		article.data.redirectFrom.forEach((from, index) => {
			const field = `redirectFrom.${index}`;
			const other = existing.get(from);
			if (from === article.key) return;
			if (other) {
				problems.push({ file: article.file, field, message: `is the address of an article that exists (${other}); a redirect would hide it` });
				return;
			}
			const claimed = moves.get(from);
			if (claimed?.file && claimed.to !== article.key) {
				problems.push({ file: article.file, field, message: `"${from}" already leads to ${claimed.to} (${claimed.file}); an old address can lead to one article only` });
				return;
			}
			moves.set(from, { to: article.key, file: article.file });
		});
	}
	return { moves: [...moves].map(([from, { to }]) => ({ from, to })).sort((a, b) => a.from.localeCompare(b.from)), problems };
}
