/**
 * The insights report: what shoppers searched and missed, which articles helped, how many who
 * began writing to support sent, and how easy they found it, for one period.
 *
 *   npm run report                               last month, from the local receiver's store
 *   npm run report -- --month 2026-11            a calendar month
 *   npm run report -- --from 2026-11-01 --to 2026-11-15
 *   npm run report -- --input events.jsonl       another store (a webhook's, in the same shape)
 *   npm run report -- --input plausible.json     Plausible's Stats API answer, or a CSV export from Umami or Plausible (README "Insights")
 *   npm run report -- --out reports              where the HTML and Markdown go (default reports/)
 *   npm run report -- --sample                   a made-up month for this shop, to see the report before real events come
 *   npm run report -- --suggest-keywords         also write the suggested keywords as a patch to review (never applied or committed)
 *
 * The store is .help-center/inbox/insights.jsonl (HELP_CENTER_INBOX moves it), written by
 * `npm start` when site.yaml has insights: { target: local }.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { INSIGHTS_FILE, type StoredEvent } from '../src/insights/event-store.js';
import { readEventFiles } from '../src/insights/report/read-exports.js';
import { keywordPatch } from '../src/insights/report/keyword-patch.js';
import { suggestFixes, type KeywordSuggestion } from '../src/insights/report/suggest-fixes.js';
import { renderHtml } from '../src/insights/report/render-html.js';
import { renderMarkdown } from '../src/insights/report/render-markdown.js';
import { sampleEvents } from '../src/insights/report/sample-events.js';
import { summarize, type Period } from '../src/insights/report/summarize.js';
import { loadShop, type Shop } from '../src/shop/load-shop.js';
import { resolveShopPaths } from '../src/shop/paths.js';

const { values } = parseArgs({
	options: {
		month: { type: 'string' },
		from: { type: 'string' },
		to: { type: 'string' },
		input: { type: 'string', multiple: true },
		out: { type: 'string', default: 'reports' },
		sample: { type: 'boolean', default: false },
		'suggest-keywords': { type: 'boolean', default: false },
	},
});

function fail(message: string): never {
	console.error(message);
	process.exit(2);
}

/** The period asked for: a month, a from–to range, or the last whole month. */
function periodOf(): Period {
	if (values.month) {
		if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month)) fail(`--month must be a month such as 2026-11, not "${values.month}"`);
		const [year, month] = values.month.split('-').map(Number) as [number, number];
		return { from: `${values.month}-01`, to: new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) };
	}
	if (values.from || values.to) {
		const day = /^\d{4}-\d{2}-\d{2}$/;
		if (!values.from || !values.to || !day.test(values.from) || !day.test(values.to)) fail('--from and --to go together, as days such as 2026-11-01');
		if (values.from > values.to) fail(`--from ${values.from} is after --to ${values.to}`);
		return { from: values.from, to: values.to };
	}
	const now = new Date();
	const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
	const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
	return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

const period = periodOf();
const paths = resolveShopPaths();

/** The shop, when the report needs it: to make up a sample, and to point misses at articles. */
let shop: Shop | undefined;
function theShop(): Shop {
	shop ??= loadShop(paths, { includeDrafts: false });
	return shop;
}

/** A language's search-quality set: content/search-queries/<locale>.yaml. */
const queriesFile = (locale: string) => path.join(paths.content, 'search-queries', `${locale}.yaml`);

let events: StoredEvent[];
if (values.sample) {
	const { site, articles, markets } = theShop();
	const locales = site.locales.map((l) => l.code);
	const queries = Object.fromEntries(
		locales.map((locale) => {
			const file = queriesFile(locale);
			const listed = fs.existsSync(file)
				? ((parse(fs.readFileSync(file, 'utf8')) as { q: string; expect?: string }[] | null) ?? []).map((entry) => ({ query: entry.q, article: entry.expect }))
				: [];
			return [locale, listed];
		}),
	);
	events = sampleEvents(
		{
			locales,
			articles: [...new Set(articles.map((a) => a.key))],
			queries,
			topics: site.contactForm?.topics.map((t) => t.id) ?? [],
			markets: markets?.markets.map((m) => m.id) ?? [],
		},
		{ month: period.from.slice(0, 7), total: 50_000 },
	);
	console.log(`A made-up month of ${events.length} events for ${site.name}, in ${locales.join(', ')}.`);
} else {
	const inputs = values.input?.length
		? values.input.map((file) => path.resolve(file))
		: [path.resolve(process.env.HELP_CENTER_INBOX || '.help-center/inbox', INSIGHTS_FILE)];
	for (const input of inputs) {
		if (!fs.existsSync(input)) {
			fail(
				`${path.relative(process.cwd(), input)} does not exist. The local receiver writes it when site.yaml has insights: { target: local } and npm start runs; --input names another file (the store, or an export from Plausible or Umami), --sample makes up a month.`,
			);
		}
	}
	const read = readEventFiles(inputs.map((file) => ({ name: path.basename(file), text: fs.readFileSync(file, 'utf8') })));
	if (read.problem) fail(read.problem);
	for (const note of read.notes) console.warn(note);
	events = read.events;
}

const report = summarize(events, period);
let fixes: KeywordSuggestion[] = [];
try {
	const { articles } = theShop();
	fixes = suggestFixes(
		report,
		articles.map((a) => ({ locale: a.locale, key: a.key, title: a.data.title, description: a.data.description, keywords: a.data.keywords, file: a.file })),
	);
} catch (error) {
	console.warn(`No keyword suggestions: the shop's content did not load (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
}
fs.mkdirSync(values.out, { recursive: true });
const name = `insights-${period.from}-to-${period.to}`;
const html = path.join(values.out, `${name}.html`);
const markdown = path.join(values.out, `${name}.md`);
fs.writeFileSync(html, renderHtml(report, { fixes }));
fs.writeFileSync(markdown, renderMarkdown(report, { fixes }));
console.log(`${report.events} events from ${period.from} to ${period.to}.\n  ${html}\n  ${markdown}`);

if (values['suggest-keywords']) {
	const root = process.cwd();
	const relative = (file: string) => path.relative(root, path.resolve(root, file)).split(path.sep).join('/');
	const patch = keywordPatch(
		fixes.map((fix) => ({ ...fix, file: relative(fix.file) })),
		{
			read: (file) => (fs.existsSync(path.join(root, file)) ? fs.readFileSync(path.join(root, file), 'utf8') : undefined),
			queriesFile: (locale) => relative(queriesFile(locale)),
		},
	);
	if (!patch) console.log('No keywords to suggest: no frequent search that found nothing points at an article.');
	else {
		const file = path.join(values.out, `keywords-${period.from}-to-${period.to}.patch`);
		fs.writeFileSync(file, patch);
		console.log(`  ${file}: ${fixes.length} keywords for review. Read it, then: git apply ${file}`);
	}
}
