import type { FileHistory } from '../content/git-history.js';
import { isoDay } from '../content/git-history.js';

/**
 * Which pages each language is missing, and which translations are behind
 * their original: the original changed in git after the translation last did
 * (commits marked "[i18n skip]" do not count).
 */

export type TranslationState = 'translated' | 'outdated' | 'missing';

export interface TranslatablePage {
	/** "returns/how-to-return-an-item" or "policy/returns". */
	key: string;
	locale: string;
	/** Path relative to the project root. */
	file: string;
}

export interface StatusEntry {
	locale: string;
	key: string;
	state: TranslationState;
	original: string;
	translation?: string;
	/** YYYY-MM-DD of the original's last change that translations should follow. */
	originalChanged?: string;
	translationChanged?: string;
	/** When the translation last changed (Unix seconds): the original's text since then is what it lacks. */
	translationChangedAt?: number;
}

export interface StatusInput {
	defaultLocale: string;
	locales: readonly string[];
	pages: readonly TranslatablePage[];
	/** A file's git history (by the page's `file`); without it nothing counts as outdated. */
	historyOf?: ((file: string) => FileHistory | undefined) | undefined;
}

export function translationStatus({ defaultLocale, locales, pages, historyOf }: StatusInput): StatusEntry[] {
	const byKey = new Map<string, Map<string, TranslatablePage>>();
	for (const page of pages) {
		let translations = byKey.get(page.key);
		if (!translations) byKey.set(page.key, (translations = new Map()));
		translations.set(page.locale, page);
	}
	const entries: StatusEntry[] = [];
	for (const locale of locales.filter((l) => l !== defaultLocale)) {
		for (const [key, translations] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
			const original = translations.get(defaultLocale);
			if (!original) continue;
			const translation = translations.get(locale);
			if (!translation) {
				entries.push({ locale, key, state: 'missing', original: original.file });
				continue;
			}
			const originalChange = historyOf?.(original.file)?.lastTranslatableChange;
			const translationChange = historyOf?.(translation.file)?.lastChange;
			const outdated = originalChange !== undefined && translationChange !== undefined && originalChange > translationChange;
			entries.push({
				locale,
				key,
				state: outdated ? 'outdated' : 'translated',
				original: original.file,
				translation: translation.file,
				...(originalChange !== undefined ? { originalChanged: isoDay(originalChange) } : {}),
				...(translationChange !== undefined ? { translationChanged: isoDay(translationChange), translationChangedAt: translationChange } : {}),
			});
		}
	}
	return entries;
}

function counts(entries: readonly StatusEntry[], locales: readonly string[]) {
	return locales.map((locale) => {
		const mine = entries.filter((e) => e.locale === locale);
		return {
			locale,
			translated: mine.filter((e) => e.state === 'translated').length,
			outdated: mine.filter((e) => e.state === 'outdated'),
			missing: mine.filter((e) => e.state === 'missing'),
			total: mine.length,
		};
	});
}

/** A table for the terminal: one line per language, then what to do. */
export function statusText(entries: readonly StatusEntry[], locales: readonly string[]): string {
	const rows = counts(entries, locales);
	const lines = [
		'language  up to date  outdated  missing',
		...rows.map(
			(r) =>
				`${r.locale.padEnd(8)}  ${`${r.translated}/${r.total}`.padStart(10)}  ${String(r.outdated.length).padStart(8)}  ${String(r.missing.length).padStart(7)}`,
		),
	];
	for (const row of rows) {
		for (const e of row.outdated)
			lines.push(`  outdated ${row.locale}: ${e.translation} (${e.translationChanged}); the original ${e.original} changed ${e.originalChanged}`);
		for (const e of row.missing) lines.push(`  missing  ${row.locale}: ${e.key} (original: ${e.original})`);
	}
	return lines.join('\n');
}

/** The same as Markdown, for CI to publish (a job summary, a pull request comment). */
export function statusMarkdown(entries: readonly StatusEntry[], locales: readonly string[]): string {
	const rows = counts(entries, locales);
	const lines = ['# Translation status', '', '| language | up to date | outdated | missing |', '| --- | ---: | ---: | ---: |'];
	for (const r of rows) lines.push(`| ${r.locale} | ${r.translated}/${r.total} | ${r.outdated.length} | ${r.missing.length} |`);
	const outdated = rows.flatMap((r) => r.outdated);
	if (outdated.length) {
		lines.push('', '## Outdated', '', '| language | translation | its last change | original changed |', '| --- | --- | --- | --- |');
		for (const e of outdated) lines.push(`| ${e.locale} | \`${e.translation}\` | ${e.translationChanged} | ${e.originalChanged} |`);
	}
	const missing = rows.flatMap((r) => r.missing);
	if (missing.length) {
		lines.push('', '## Missing', '', '| language | page | original |', '| --- | --- | --- |');
		for (const e of missing) lines.push(`| ${e.locale} | ${e.key} | \`${e.original}\` |`);
	}
	return `${lines.join('\n')}\n`;
}
