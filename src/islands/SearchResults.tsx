import { useEffect, useRef, useState } from 'react';
import { languageName } from '../i18n/format.js';
import { textDirection } from '../i18n/locales.js';
import { fillTemplate, formatPlural, type PluralForms } from '../i18n/plural-forms.js';
import { RESULTS_PAGE_SIZE, runSearch, type SearchOutcome } from '../search/pagefind-client.js';
import { reportSearch } from '../search/report.js';
import { withQuestion } from '../search/results.js';
import { SITE_SEARCH_ATTRIBUTE } from '../search/site-search.js';

export interface SearchResultsStrings {
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

export interface SearchResultsProps {
	locale: string;
	base: string;
	/** Contact page URL, maybe with a #fragment; the question is carried over as ?q=. Omitted when the shop has none. */
	contactUrl?: string | undefined;
	analyticsEndpoint?: string | undefined;
	strings: SearchResultsStrings;
}

/**
 * Full results on /<locale>/search/?q=...&category=...: the URL holds the
 * query and filter, so results can be shared and survive a reload.
 */
export default function SearchResults({ locale, base, contactUrl, analyticsEndpoint, strings }: SearchResultsProps) {
	const [query, setQuery] = useState<string | null>(null);
	const [category, setCategory] = useState('');
	const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
	const [limit, setLimit] = useState(RESULTS_PAGE_SIZE);
	const headingRef = useRef<HTMLHeadingElement>(null);

	// Read the query from the URL, and follow the form in the page header as the shopper types.
	useEffect(() => {
		const params = new URLSearchParams(window.location.search);
		const q = params.get('q') ?? '';
		setQuery(q);
		setCategory(params.get('category') ?? '');
		// The header's search box shows the query, ready to refine; it is static HTML until
		// touched, and picks up what its input holds when it wakes. Text already typed stays.
		const box = document.querySelector<HTMLInputElement>(`input[${SITE_SEARCH_ATTRIBUTE}]`);
		if (box && !box.value) box.value = q;
	}, []);

	useEffect(() => {
		if (query === null) return;
		let current = true;
		void runSearch(base, query, { limit, category }).then((result) => {
			if (!current) return;
			setOutcome(result);
			if (result.query && !category && limit === RESULTS_PAGE_SIZE) reportSearch({ locale, query: result.query, resultCount: result.total }, analyticsEndpoint);
		});
		const url = new URL(window.location.href);
		url.searchParams.set('q', query);
		if (category) url.searchParams.set('category', category);
		else url.searchParams.delete('category');
		window.history.replaceState(null, '', url);
		return () => {
			current = false;
		};
	}, [query, category, limit, base, locale, analyticsEndpoint]);

	if (query === null) return null;
	if (!outcome) return <p role="status">{strings.searching}</p>;
	if (!outcome.query) return <p className="hc-lead">{strings.empty}</p>;

	const categories = Object.entries(outcome.categories).filter(([, count]) => count > 0);
	const contact = contactUrl && outcome.query ? withQuestion(contactUrl, outcome.query) : undefined;

	return (
		<div className="hc-results">
			<h2 ref={headingRef} className="hc-results__heading">
				{fillTemplate(strings.resultsFor, { query: outcome.query })}
			</h2>
			<p role="status" className="hc-results__count">
				{outcome.total > 0 ? formatPlural(locale, strings.resultCount, outcome.total) : fillTemplate(strings.noResults, { query: outcome.query })}
			</p>
			{categories.length > 1 && (
				<fieldset className="hc-results__filters">
					<legend>{strings.filterLabel}</legend>
					{[['', strings.allCategories] as const, ...categories.map(([name, count]) => [name, `${name} (${count})`] as const)].map(([value, label]) => (
						<label key={value || 'all'} className="hc-results__filter">
							<input
								type="radio"
								name="category"
								value={value}
								checked={category === value}
								onChange={() => {
									setCategory(value);
									setLimit(RESULTS_PAGE_SIZE);
								}}
							/>
							{label}
						</label>
					))}
				</fieldset>
			)}
			{outcome.hits.length > 0 && (
				<ol className="hc-results__list">
					{outcome.hits.map((hit) => (
						<li key={hit.url}>
							<a href={hit.url} lang={hit.textLang} dir={hit.textLang && textDirection(hit.textLang)}>
								{hit.title}
							</a>
							<span className="hc-results__meta">
								{/* The category's name may be a fallback in another language: isolate it. */}
								<bdi>{hit.category}</bdi>
								{hit.textLang && <> · {fillTemplate(strings.textLang, { language: languageName(locale, hit.textLang) })}</>}
							</span>
							<p lang={hit.textLang} dir={hit.textLang && textDirection(hit.textLang)} dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
						</li>
					))}
				</ol>
			)}
			{outcome.hits.length < (category ? (outcome.categories[category] ?? 0) : outcome.total) && outcome.hits.length === limit && (
				<button type="button" className="hc-button hc-button--quiet hc-results__more" onClick={() => setLimit(limit + RESULTS_PAGE_SIZE)}>
					{strings.showMore}
				</button>
			)}
			{contact && (
				<p className="hc-results__contact">
					{strings.contactPrompt} <a href={contact}>{strings.contactLink}</a>
				</p>
			)}
		</div>
	);
}
