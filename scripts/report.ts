/**
 * The insights report: what shoppers searched and missed, which articles helped, how many who
 * began writing to support sent, and how easy they found it, for one period.
 *
 *   npm run report                               last month, from the local receiver's store
 *   npm run report -- --month 2026-11            a calendar month
 *   npm run report -- --from 2026-11-01 --to 2026-11-15
 *   npm run report -- --input events.jsonl       another store (a webhook's, in the same shape)
 *   npm run report -- --out reports              where the HTML and Markdown go (default reports/)
 *   npm run report -- --sample                   a made-up month for this shop, to see the report before real events come
 *
 * The store is .help-center/inbox/insights.jsonl (HELP_CENTER_INBOX moves it), written by
 * `npm start` when site.yaml has insights: { target: local }.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { INSIGHTS_FILE, parseEventLines, type StoredEvent } from '../src/insights/event-store.js';
import { renderHtml } from '../src/insights/report/render-html.js';
import { renderMarkdown } from '../src/insights/report/render-markdown.js';
import { sampleEvents } from '../src/insights/report/sample-events.js';
import { summarize, type Period } from '../src/insights/report/summarize.js';
import { loadShop } from '../src/shop/load-shop.js';
import { resolveShopPaths } from '../src/shop/paths.js';

const { values } = parseArgs({
	options: {
		month: { type: 'string' },
		from: { type: 'string' },
		to: { type: 'string' },
		input: { type: 'string' },
		out: { type: 'string', default: 'reports' },
		sample: { type: 'boolean', default: false },
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
let events: StoredEvent[];
if (values.sample) {
	const paths = resolveShopPaths();
	const shop = loadShop(paths, { includeDrafts: false });
	const locales = shop.site.locales.map((l) => l.code);
	const queries = Object.fromEntries(
		locales.map((locale) => {
			const file = path.join(paths.content, 'search-queries', `${locale}.yaml`);
			const listed = fs.existsSync(file)
				? ((parse(fs.readFileSync(file, 'utf8')) as { q: string; expect?: string }[] | null) ?? []).map((entry) => ({ query: entry.q, article: entry.expect }))
				: [];
			return [locale, listed];
		}),
	);
	events = sampleEvents(
		{
			locales,
			articles: [...new Set(shop.articles.map((a) => a.key))],
			queries,
			topics: shop.site.contactForm?.topics.map((t) => t.id) ?? [],
			markets: shop.markets?.markets.map((m) => m.id) ?? [],
		},
		{ month: period.from.slice(0, 7), total: 50_000 },
	);
	console.log(`A made-up month of ${events.length} events for ${shop.site.name}, in ${locales.join(', ')}.`);
} else {
	const input = path.resolve(values.input ?? path.join(process.env.HELP_CENTER_INBOX || '.help-center/inbox', INSIGHTS_FILE));
	if (!fs.existsSync(input)) {
		fail(
			`${path.relative(process.cwd(), input)} does not exist. The local receiver writes it when site.yaml has insights: { target: local } and npm start runs; --input names another file, --sample makes up a month.`,
		);
	}
	const read = parseEventLines(fs.readFileSync(input, 'utf8'));
	if (read.skipped.length > 0) console.warn(`Skipped ${read.skipped.length} lines that are not events (first: line ${read.skipped[0]}).`);
	events = read.events;
}

const report = summarize(events, period);
fs.mkdirSync(values.out, { recursive: true });
const name = `insights-${period.from}-to-${period.to}`;
const html = path.join(values.out, `${name}.html`);
const markdown = path.join(values.out, `${name}.md`);
fs.writeFileSync(html, renderHtml(report));
fs.writeFileSync(markdown, renderMarkdown(report));
console.log(`${report.events} events from ${period.from} to ${period.to}.\n  ${html}\n  ${markdown}`);
