import { keywordsLine } from './render-html.js';
import type { KeywordSuggestion } from './suggest-fixes.js';
import type { InsightReport } from './summarize.js';

/**
 * The insights report in Markdown, short enough for a CI job summary or a pull request:
 * the headline numbers, the searches that found nothing, the least helpful articles and the
 * effort scores. The HTML report has the rest.
 */

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
/** Table cells: a pipe or a line break in a query would break the table. */
const cell = (text: string | number) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
	if (rows.length === 0) return '_None in this period._\n';
	return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n') + '\n';
}

export function renderMarkdown(
	report: InsightReport,
	{ title = 'Help center insights', fixes = [] }: { title?: string; fixes?: readonly KeywordSuggestion[] } = {},
): string {
	const { contact } = report;
	const searches = report.searches.reduce((sum, l) => sum + l.searches, 0);
	const misses = report.searches.reduce((sum, l) => sum + l.misses, 0);
	const ces = report.survey.overall.find((g) => g.question === 'ces');
	const csat = report.survey.overall.find((g) => g.question === 'csat');
	return [
		`# ${title}: ${report.period.from} to ${report.period.to}`,
		'',
		`- ${searches} searches, ${misses} found nothing (${percent(searches ? misses / searches : 0)})`,
		`- ${contact.started} began writing to support, ${contact.sent} sent (${percent(contact.deflection)} did not send)`,
		...(ces ? [`- Customer Effort Score ${ces.scores.average.toFixed(2)} of 7 (${ces.scores.count} answers)`] : []),
		...(csat ? [`- Satisfaction ${csat.scores.average.toFixed(2)} of 5 (${csat.scores.count} answers)`] : []),
		'',
		'## Searches that found nothing',
		'',
		table(
			['Language', 'Query', 'Searches', 'Opened next'],
			report.searches.flatMap((l) => l.missed.slice(0, 5).map((q) => [l.locale, q.query, q.count, q.openedNext[0]?.article ?? '–'])),
		),
		'## Suggested keywords',
		'',
		table(
			['Language', 'Query', 'Article', 'Keywords'],
			fixes.map((f) => [f.locale, f.query, f.article, keywordsLine(f.keywords)]),
		),
		'## Least helpful articles',
		'',
		table(
			['Article', 'Language', 'Helpful', 'Votes'],
			report.votes.slice(0, 10).map((v) => [v.article, v.locale, percent(v.helpful), v.yes + v.no]),
		),
		'## Effort by language',
		'',
		table(
			['Question', 'Language', 'Answers', 'Average'],
			report.survey.byLanguage.map((g) => [g.question.toUpperCase(), g.key, g.scores.count, g.scores.average.toFixed(2)]),
		),
	].join('\n');
}
