import { languageName } from '../i18n/format.js';
import { textDirection } from '../i18n/locales.js';
import { fillTemplate, formatPlural, type PluralForms } from '../i18n/plural-forms.js';
import { RESULTS_PAGE_SIZE, runSearch, type SearchOutcome } from './pagefind-client.js';
import { reportResultClick, reportSearch } from './report.js';
import { withQuestion, type SearchHit } from './results.js';
import { SITE_SEARCH_ATTRIBUTE } from './site-search.js';

export interface ResultsPageStrings {
	resultCount: PluralForms;
	noResults: string;
	searching: string;
	filterLabel: string;
	allCategories: string;
	textLang: string;
	contactPrompt: string;
	contactLink: string;
	resultsFor: string;
	empty: string;
	showMore: string;
}

/** What the page gives the script, as JSON in the root element's data-results attribute. */
export interface ResultsPageProps {
	locale: string;
	base: string;
	/** Contact page URL, maybe with a #fragment; the question is carried over as ?q=. Omitted when the shop has none. */
	contactUrl?: string | undefined;
	/** Results shown at first and added by each "show more" (RESULTS_PAGE_SIZE unless given). */
	pageSize?: number;
	strings: ResultsPageStrings;
}

/** The attribute that holds the props on the element the results render into. */
export const RESULTS_ROOT_ATTRIBUTE = 'data-results';

/** Results a new search shows as soon as their data is loaded, before the rest of its first page. */
const FIRST_RESULTS = 4;

/**
 * Full results on /<locale>/search/?q=...&category=...: the URL holds the query
 * and filter, so results can be shared and survive a reload. Plain DOM, no
 * framework: the page's first search should download and run as little as
 * possible before the shopper sees results. The search starts as soon as the
 * script runs. A new search from the header's box on this page, and Back and
 * Forward between searches, update the results without loading the page again.
 */
export function mountResultsPage(root: HTMLElement): void {
	const props = JSON.parse(root.getAttribute(RESULTS_ROOT_ATTRIBUTE) ?? '{}') as ResultsPageProps;
	const { locale, base, strings } = props;
	const pageSize = props.pageSize ?? RESULTS_PAGE_SIZE;
	let query = '';
	let category = '';
	let limit = pageSize;
	let shown = 0;
	const box = document.querySelector<HTMLInputElement>(`input[${SITE_SEARCH_ATTRIBUTE}]`);

	/** Shows the search of the page's address (?q=, &category=); `moved` after Back or Forward. */
	const showAddress = (moved = false) => {
		const params = new URLSearchParams(window.location.search);
		query = (params.get('q') ?? '').trim();
		category = params.get('category') ?? '';
		limit = pageSize;
		shown = 0;
		// The header's search box shows the query, ready to refine; it is static HTML until
		// touched, and picks up what its input holds when it wakes. Text typed before the page
		// finished loading stays; after Back or Forward the box follows the results.
		if (box) {
			// The query shown is the box's default value: the search box then knows the shopper did not type it,
			// and opens no suggestions for it over these results.
			box.defaultValue = query;
			if (!box.value || moved) box.value = query;
		}
		if (!query) {
			root.replaceChildren(element('p', { class: 'hc-lead' }, strings.empty));
			return;
		}
		root.replaceChildren(element('p', { role: 'status' }, strings.searching));
		void update({ early: true });
	};

	/** The list and "show more" of the results on screen, to add to after "show more". */
	let onScreen: { list: HTMLOListElement; more: HTMLButtonElement } | undefined;

	/**
	 * Searches for the page's query and category. A new query (`early`) shows its first few results
	 * as soon as their data is there, then the rest of the page; "show more" (`adding`) adds to the list.
	 */
	const update = async ({ early = false, adding = false } = {}) => {
		const ask = { query, category, limit };
		const asked = () => ask.query === query && ask.category === category && ask.limit === limit;
		let started = adding;
		if (early && limit > FIRST_RESULTS) {
			const first = await runSearch(base, query, { limit: FIRST_RESULTS, category });
			if (!asked()) return;
			render(first);
			started = true;
		}
		const outcome = await runSearch(base, query, { limit, category });
		if (!asked()) return;
		if (started) addHits(outcome, { focus: adding });
		else render(outcome);
		if (adding) return;
		if (outcome.query && !category) reportSearch({ locale, query: outcome.query, resultCount: outcome.total });
		const url = new URL(window.location.href);
		url.searchParams.set('q', query);
		if (category) url.searchParams.set('category', category);
		else url.searchParams.delete('category');
		window.history.replaceState(null, '', url);
	};

	/** Replaces what the page shows with this outcome. */
	const render = (outcome: SearchOutcome) => {
		const count = outcome.total > 0 ? formatPlural(locale, strings.resultCount, outcome.total) : fillTemplate(strings.noResults, { query: outcome.query });
		const results = element('div', { class: 'hc-results' });
		results.append(
			element('h2', { class: 'hc-results__heading' }, fillTemplate(strings.resultsFor, { query: outcome.query })),
			element('p', { role: 'status', class: 'hc-results__count' }, count),
		);
		const categories = Object.entries(outcome.categories).filter(([, n]) => n > 0);
		if (categories.length > 1) results.append(filters(categories));
		const list = element('ol', { class: 'hc-results__list' });
		const more = element('button', { type: 'button', class: 'hc-button hc-button--quiet hc-results__more' }, strings.showMore);
		more.addEventListener('click', () => {
			limit += pageSize;
			void update({ adding: true });
		});
		results.append(list, more);
		if (props.contactUrl) {
			const prompt = element('p', { class: 'hc-results__contact' }, `${strings.contactPrompt} `);
			prompt.append(element('a', { href: withQuestion(props.contactUrl, outcome.query) }, strings.contactLink));
			results.append(prompt);
		}
		onScreen = { list, more };
		shown = 0;
		addHits(outcome, { focus: false });
		root.replaceChildren(results);
	};

	/**
	 * Adds the hits of `outcome` not on screen yet. After "show more" (`focus`), the first new
	 * one takes focus, so a keyboard or screen reader user reads on from there.
	 */
	const addHits = (outcome: SearchOutcome, { focus }: { focus: boolean }) => {
		if (!onScreen) return;
		const { list, more } = onScreen;
		const firstNew = list.children.length;
		outcome.hits.slice(shown).forEach((hit, i) => list.append(hitItem(hit, outcome.query, firstNew + i + 1)));
		const next = list.children[firstNew]?.querySelector('a');
		if (focus && next) queueMicrotask(() => next.focus());
		shown = outcome.hits.length;
		list.hidden = shown === 0;
		const available = category ? (outcome.categories[category] ?? 0) : outcome.total;
		more.hidden = !(shown === limit && shown < available);
	};

	const hitItem = (hit: SearchHit, query: string, rank: number) => {
		const language: Record<string, string> = hit.textLang ? { lang: hit.textLang, dir: textDirection(hit.textLang) } : {};
		const meta = element('span', { class: 'hc-results__meta' }, element('bdi', {}, hit.category));
		if (hit.textLang) meta.append(` · ${fillTemplate(strings.textLang, { language: languageName(locale, hit.textLang) })}`);
		const excerpt = element('p', language);
		// Pagefind's excerpt, escaped again except for <mark> (see sanitizeExcerpt).
		excerpt.innerHTML = hit.excerpt;
		const link = element('a', { href: hit.url, ...language }, hit.title);
		link.addEventListener('click', () => reportResultClick({ locale, query, rank, url: hit.url, base }));
		return element('li', {}, link, meta, excerpt);
	};

	const filters = (categories: [string, number][]) => {
		const fieldset = element('fieldset', { class: 'hc-results__filters' }, element('legend', {}, strings.filterLabel));
		for (const [value, label] of [['', strings.allCategories] as const, ...categories.map(([name, n]) => [name, `${name} (${n})`] as const)]) {
			const radio = element('input', { type: 'radio', name: 'category', value });
			radio.checked = category === value;
			radio.addEventListener('change', () => {
				category = value;
				limit = pageSize;
				shown = 0;
				void update().then(() => root.querySelector<HTMLInputElement>(`input[name="category"][value="${CSS.escape(value)}"]`)?.focus());
			});
			fieldset.append(element('label', { class: 'hc-results__filter' }, radio, label));
		}
		return fieldset;
	};

	// The header's form submits to this very page: search here instead of loading it again.
	document.addEventListener(
		'submit',
		(event) => {
			const form = event.target;
			if (!(form instanceof HTMLFormElement) || new URL(form.action).pathname !== window.location.pathname) return;
			const next = new FormData(form).get('q');
			if (typeof next !== 'string' || !next.trim()) return;
			event.preventDefault();
			const url = new URL(window.location.href);
			url.search = new URLSearchParams({ q: next.trim() }).toString();
			window.history.pushState(null, '', url);
			showAddress();
		},
		true,
	);
	window.addEventListener('popstate', () => showAddress(true));
	showAddress();
	// The first count formatted loads the language's plural and number rules, tens of
	// milliseconds on a slow phone: done now, it overlaps the search's downloads.
	formatPlural(locale, strings.resultCount, 2);
}

/** document.createElement with attributes and children, for the few elements this page makes. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}
