import { escapeHtml } from '../../utils/escape-html.js';
import { languageName } from '../../i18n/format.js';
import { barChart, lineChart } from './charts.js';
import type { KeywordSuggestion } from './suggest-fixes.js';
import type { ArticleCount, InsightReport, Scores, SurveyGroup } from './summarize.js';

/**
 * The insights report as one self-contained HTML file: styles inline, charts as inline SVG,
 * no script and no request, so it opens offline in any browser, can be mailed and printed.
 * Every number in it comes from summarize(); nothing is computed here but percentages.
 */

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const one = (value: number) => value.toFixed(2);
const e = escapeHtml;

/** A language's English name for the report; the code itself when events carry one Intl does not know. */
function englishName(locale: string): string {
	try {
		return languageName('en', locale);
	} catch {
		return locale;
	}
}

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[], caption: string, numeric: readonly number[] = []): string {
	if (rows.length === 0) return `<p class="empty">${e(caption)}: none in this period.</p>`;
	const cell = (value: string | number, i: number, tag: 'td' | 'th') =>
		`<${tag}${numeric.includes(i) ? ' class="num"' : ''}>${typeof value === 'number' ? value : e(value)}</${tag}>`;
	// A table wider than the screen scrolls in its own box, which keyboard users must be able to reach.
	return `<div class="wrap" tabindex="0" role="region" aria-label="${e(caption)}"><table><caption>${e(caption)}</caption><thead><tr>${head.map((h, i) => cell(h, i, 'th')).join('')}</tr></thead><tbody>${rows
		.map((row) => `<tr>${row.map((value, i) => cell(value, i, 'td')).join('')}</tr>`)
		.join('')}</tbody></table></div>`;
}

function surveyRows(groups: readonly SurveyGroup[], label: (key: string) => string) {
	return groups.map((g) => [g.question.toUpperCase(), label(g.key), g.scores.count, one(g.scores.average)] as const);
}

/** The articles most opened, with how often: "returns/refunds (12), orders/track (3)". */
const openedText = (opened: readonly ArticleCount[]) =>
	opened
		.slice(0, 3)
		.map((o) => `${o.article} (${o.count})`)
		.join(', ') || '–';

const scoreLabels = (scores: Scores) => scores.distribution.map((_, i) => String(i + 1));

/** The keywords line as a writer would paste it into the front matter. */
export const keywordsLine = (keywords: readonly string[]) => `keywords: [${keywords.join(', ')}]`;
const whyLabel = (because: KeywordSuggestion['because']) => (because === 'openedNext' ? 'opened next' : 'words match');

export function renderHtml(
	report: InsightReport,
	{ title = 'Help center insights', fixes = [] }: { title?: string; fixes?: readonly KeywordSuggestion[] } = {},
): string {
	const { period, contact } = report;
	const searches = report.searches.reduce((sum, l) => sum + l.searches, 0);
	const misses = report.searches.reduce((sum, l) => sum + l.misses, 0);
	const votes = report.votes.reduce((sum, v) => sum + v.yes + v.no, 0);
	const helpful = report.votes.reduce((sum, v) => sum + v.yes, 0);
	const ces = report.survey.overall.find((g) => g.question === 'ces');
	const csat = report.survey.overall.find((g) => g.question === 'csat');

	const cards = [
		['Searches', String(searches)],
		['Found nothing', searches ? percent(misses / searches) : '–'],
		['Articles rated helpful', votes ? percent(helpful / votes) : '–'],
		['Began writing, did not send', contact.started ? percent(contact.deflection) : '–'],
		['Customer Effort Score (1–7)', ces ? one(ces.scores.average) : '–'],
		['Satisfaction (1–5)', csat ? one(csat.scores.average) : '–'],
	]
		.map(([label, value]) => `<div class="card"><span class="value">${e(value ?? '')}</span><span class="label">${e(label ?? '')}</span></div>`)
		.join('');

	const days = report.days.map((d) => d.day.slice(5));
	const trend = lineChart('Searches, searches that found nothing, and messages sent, per day', days, [
		{ name: 'Searches', values: report.days.map((d) => d.searches), color: '#1f5fa8' },
		{ name: 'Found nothing', values: report.days.map((d) => d.misses), color: '#c0392b' },
		{ name: 'Messages sent', values: report.days.map((d) => d.contactsSent), color: '#2e8540' },
	]);

	const perLanguage = report.searches
		.map((language) => {
			const name = `${englishName(language.locale)} (${language.locale})`;
			return `<section><h3>${e(name)}</h3><p>${language.searches} searches, ${language.misses} found nothing (${percent(language.searches ? language.misses / language.searches : 0)}).</p>${table(
				['Query', 'Searches', 'Opened next'],
				language.top.map((q) => [q.query, q.count, openedText(q.opened)]),
				`Top searches in ${name}`,
				[1],
			)}${table(
				['Query', 'Searches', 'Opened next'],
				language.missed.slice(0, 15).map((q) => [q.query, q.count, openedText(q.openedNext)]),
				`Searches that found nothing in ${name}`,
				[1],
			)}</section>`;
		})
		.join('');

	const articles = table(
		['Article', 'Language', 'Helpful', 'Yes', 'No', 'Not answered', 'Unclear', 'Wrong', 'Other'],
		report.votes.map((v) => [v.article, v.locale, percent(v.helpful), v.yes, v.no, v.reasons.unanswered, v.reasons.unclear, v.reasons.wrong, v.reasons.other]),
		'Articles by share of "yes" votes, least helpful first',
		[2, 3, 4, 5, 6, 7, 8],
	);
	const comments = report.votes
		.filter((v) => v.comments.length > 0)
		.slice(0, 20)
		.map((v) => `<li><strong>${e(v.article)}</strong> (${e(v.locale)}): ${v.comments.map((c) => `“${e(c)}”`).join('; ')}</li>`)
		.join('');

	const cesAll = report.survey.overall.find((g) => g.question === 'ces');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}: ${e(period.from)} to ${e(period.to)}</title>
<style>
:root { color-scheme: light dark; --fg: #1d232a; --muted: #5b6570; --line: #d5dae0; --bg: #fff; --card: #f4f6f8; }
@media (prefers-color-scheme: dark) { :root { --fg: #e7ebef; --muted: #a5afb9; --line: #3a434c; --bg: #15191d; --card: #1f252b; } }
body { margin: 0; padding: 2rem 1.25rem; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 60rem; margin: 0 auto; }
h1 { margin-bottom: 0.25rem; } h2 { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: 1rem; }
.muted, .empty, figcaption { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0.75rem; }
.card { background: var(--card); border-radius: 8px; padding: 0.75rem 1rem; }
.card .value { display: block; font-size: 1.6rem; font-weight: 700; }
.card .label { color: var(--muted); font-size: 0.9rem; }
.wrap { overflow-x: auto; } .wrap:focus-visible { outline: 2px solid #1f5fa8; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; }
caption { text-align: start; font-weight: 600; padding-bottom: 0.35rem; }
th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: start; vertical-align: top; }
.num { text-align: end; font-variant-numeric: tabular-nums; }
.chart { margin: 1rem 0; } .chart svg { width: 100%; height: auto; }
.chart text { font-size: 11px; fill: var(--muted); } .chart .grid { stroke: var(--line); }
.key { margin-inline-start: 0.75rem; white-space: nowrap; } .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-inline-end: 0.3em; border-radius: 2px; }
</style>
</head>
<body>
<main>
<h1>${e(title)}</h1>
<p class="muted">${e(period.from)} to ${e(period.to)} · ${report.events} events · no personal data: queries and comments that looked like an email address or a long number were never sent.</p>
<div class="cards">${cards}</div>
${trend}
<h2 id="search">What shoppers searched for</h2>
${perLanguage || '<p class="empty">No searches in this period.</p>'}
<h2 id="fixes">From misses to fixes</h2>
<p>For each frequent search that found nothing: the article shoppers opened next, or whose words match, and the keywords line that makes search find it. <code>npm run report -- --suggest-keywords</code> writes these as a patch to review.</p>
${table(
	['Language', 'Query', 'Searches', 'Article', 'Why', 'Keywords'],
	fixes.map((f) => [f.locale, f.query, f.count, f.article, whyLabel(f.because), keywordsLine(f.keywords)]),
	'Suggested keywords',
	[2],
)}
<h2 id="articles">Which articles helped</h2>
${articles}
${comments ? `<h3>Comments on unhelpful articles</h3><ul>${comments}</ul>` : ''}
<h2 id="contact">Contact and deflection</h2>
<p>${contact.started} shoppers began writing to support; ${contact.suggestionsOpened} opened an article the form suggested; ${contact.sent} messages were sent. ${
		contact.started ? `${percent(contact.deflection)} of those who began writing did not send: the help center answered them, or they gave up.` : ''
	}</p>
${table(
	['Topic', 'Messages'],
	contact.byTopic.map((t) => [t.topic, t.sent]),
	'Messages by topic',
	[1],
)}
<h2 id="effort">How easy it was to get help</h2>
${cesAll ? barChart('Customer Effort Score answers (1 very difficult … 7 very easy)', scoreLabels(cesAll.scores), cesAll.scores.distribution, '#1f5fa8') : ''}
${table(
	['Question', 'Language', 'Answers', 'Average'],
	surveyRows(report.survey.byLanguage, (k) => `${englishName(k)} (${k})`),
	'By language',
	[2, 3],
)}
${table(
	['Question', 'Topic', 'Answers', 'Average'],
	surveyRows(report.survey.byTopic, (k) => k),
	'By topic',
	[2, 3],
)}
</main>
</body>
</html>
`;
}
