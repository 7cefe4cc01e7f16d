import { useEffect, useId, useRef, useState, type SubmitEvent, type KeyboardEvent } from 'react';
import { languageName } from '../i18n/format.js';
import { textDirection } from '../i18n/locales.js';
import { fillTemplate, formatPlural, type PluralForms } from '../i18n/plural-forms.js';
import { runSearch, type SearchOutcome } from '../search/pagefind-client.js';
import { reportResultClick, reportSearch } from '../search/report.js';
import { withQuestion } from '../search/results.js';
import { SITE_SEARCH_ATTRIBUTE } from '../search/site-search.js';
import { markAsReact } from './react-island.js';

export interface SearchBoxStrings {
	label: string;
	placeholder: string;
	submit: string;
	resultCount: PluralForms;
	noResults: string;
	seeAll: string;
	textLang: string;
	/** "Ask us about “{{query}}”": the last option when nothing matches. */
	askUs: string;
}

export interface SearchBoxProps {
	locale: string;
	/** URL of the full results page; the form submits there with ?q=. */
	action: string;
	/** Base path of the site, where the search bundle lives. */
	base: string;
	/** Contact page (maybe with #fragment); when nothing matches, the last option asks there, question carried over. */
	contactUrl?: string | undefined;
	strings: SearchBoxStrings;
}

const MAX_SUGGESTIONS = 6;
/** Searches once typing pauses this long: a search takes tens of milliseconds, so results follow the keys closely. */
const TYPING_PAUSE_MS = 50;

/**
 * The search box in every page's header. Server-rendered it is a plain GET
 * form to the results page; once hydrated (on first focus) it becomes an
 * ARIA combobox with a listbox of results, following the ARIA Authoring
 * Practices pattern "editable combobox with list autocomplete".
 */
export default function SearchBox({ locale, action, base, contactUrl, strings }: SearchBoxProps) {
	const id = useId();
	const inputId = `${id}-q`;
	const listId = `${id}-list`;
	const inputRef = useRef<HTMLInputElement>(null);
	const [hydrated, setHydrated] = useState(false);
	const [query, setQuery] = useState('');
	const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
	const [open, setOpen] = useState(false);
	const [active, setActive] = useState(-1);
	/**
	 * Whether the shopper typed since a search was submitted or the suggestions were closed with
	 * Escape: only then do suggestions open by themselves when results arrive, so a search still
	 * running when the shopper pressed Escape does not bring them back.
	 */
	const typedSinceClosed = useRef(false);

	// The input is uncontrolled, so hydration never overwrites what the
	// shopper typed while the island was loading; pick that text up now.
	useEffect(() => {
		setHydrated(true);
		const typed = inputRef.current?.value ?? '';
		if (!typed) return;
		setQuery(typed);
		// The results page fills the box with its query as the default value; anything else the shopper typed.
		if (typed !== inputRef.current?.defaultValue) typedSinceClosed.current = true;
	}, []);

	useEffect(() => {
		if (!query.trim()) {
			setOutcome(null);
			return;
		}
		let current = true;
		// A search the shopper typed past is called off, so the one for what they typed last starts sooner.
		const stale = new AbortController();
		const timer = setTimeout(async () => {
			let result: SearchOutcome;
			try {
				result = await runSearch(base, query, { limit: MAX_SUGGESTIONS, signal: stale.signal });
			} catch (error) {
				if (!current) return;
				throw error;
			}
			if (!current) return;
			setOutcome(result);
			setActive(-1);
			// Suggestions open for what the shopper types, not for a box filled by the results page
			// or a search already submitted there (whose results must stay in view, see results-page.ts).
			if (typedSinceClosed.current) setOpen(true);
		}, TYPING_PAUSE_MS);
		return () => {
			current = false;
			clearTimeout(timer);
			stale.abort();
		};
	}, [query, base]);

	// Report a search once the shopper pauses, or leaves with it, not per keystroke.
	const reported = useRef<SearchOutcome | null>(null);
	const report = () => {
		if (!outcome || reported.current === outcome) return;
		reported.current = outcome;
		reportSearch({ locale, query: outcome.query, resultCount: outcome.total });
	};
	useEffect(() => {
		const timer = setTimeout(report, 1200);
		return () => clearTimeout(timer);
	});

	const hits = outcome?.hits ?? [];
	const askInstead = Boolean(contactUrl && outcome && outcome.query && hits.length === 0);
	const resultsUrl = askInstead && contactUrl ? withQuestion(contactUrl, query.trim()) : `${action}?q=${encodeURIComponent(query.trim())}`;
	// The options: each hit, then "see all results".
	const optionCount = hits.length + 1;
	const expanded = hydrated && open && outcome !== null;
	const optionId = (index: number) => `${id}-opt-${index}`;

	function go(index: number) {
		report();
		const hit = hits[index];
		if (hit && outcome) reportResultClick({ locale, query: outcome.query, rank: index + 1, url: hit.url, base });
		window.location.assign(hit ? hit.url : resultsUrl);
	}

	function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
		switch (event.key) {
			case 'ArrowDown':
				event.preventDefault();
				if (!outcome) return;
				setOpen(true);
				setActive((i) => (i + 1) % optionCount);
				break;
			case 'ArrowUp':
				event.preventDefault();
				if (!outcome) return;
				setOpen(true);
				setActive((i) => (i <= 0 ? optionCount - 1 : i - 1));
				break;
			case 'Enter':
				if (expanded && active >= 0) {
					event.preventDefault();
					go(active);
				}
				break;
			case 'Escape':
				if (expanded) {
					event.preventDefault();
					typedSinceClosed.current = false;
					setOpen(false);
					setActive(-1);
				} else if (inputRef.current?.value) {
					event.preventDefault();
					inputRef.current.value = '';
					setQuery('');
				}
				break;
		}
	}

	function onSubmit(event: SubmitEvent<HTMLFormElement>) {
		// The input, not the query state: a shopper can press Enter before the state has caught up
		// with what they typed (text typed while the box was waking up).
		if (!(inputRef.current?.value ?? query).trim()) {
			event.preventDefault();
			return;
		}
		typedSinceClosed.current = false;
		report();
		// On the results page the results update in place (src/search/results-page.ts): close the suggestions.
		setOpen(false);
	}

	const status = outcome
		? outcome.total > 0
			? formatPlural(locale, strings.resultCount, outcome.total)
			: fillTemplate(strings.noResults, { query: outcome.query })
		: '';

	return (
		<form className="hc-search" role="search" action={action} method="get" onSubmit={onSubmit}>
			<label htmlFor={inputId} className="hc-sr-only">
				{strings.label}
			</label>
			<div className="hc-search__field">
				<input
					ref={inputRef}
					id={inputId}
					className="hc-search__input"
					type="search"
					name="q"
					{...{ [SITE_SEARCH_ATTRIBUTE]: '' }}
					placeholder={strings.placeholder}
					autoComplete="off"
					spellCheck={false}
					enterKeyHint="search"
					onInput={(e) => {
						typedSinceClosed.current = true;
						setQuery(e.currentTarget.value);
						setOpen(true);
					}}
					onKeyDown={onKeyDown}
					onBlur={(e) => {
						// Keep the list open while the pointer picks an option inside it.
						if (!e.currentTarget.form?.contains(e.relatedTarget as Node | null)) setOpen(false);
					}}
					onFocus={() => outcome && setOpen(true)}
					{...(hydrated
						? {
								role: 'combobox',
								'aria-autocomplete': 'list' as const,
								'aria-expanded': expanded,
								'aria-controls': listId,
								'aria-activedescendant': expanded && active >= 0 ? optionId(active) : undefined,
							}
						: {})}
				/>
				<button type="submit" className="hc-button hc-search__submit" aria-label={strings.submit}>
					{/* On narrow screens the word gives way to a magnifier; the label keeps it as the button's name. */}
					<svg className="hc-search__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
						<path d="M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.5 15.5L21 21" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
					</svg>
					<span className="hc-search__submit-text">{strings.submit}</span>
				</button>
			</div>
			{hydrated && (
				<>
					<ul id={listId} role="listbox" aria-label={strings.label} className="hc-search__list" hidden={!expanded}>
						{hits.map((hit, index) => (
							<li
								key={hit.url}
								id={optionId(index)}
								role="option"
								aria-selected={index === active}
								className="hc-search__option"
								onPointerDown={(e) => e.preventDefault()}
								onClick={() => go(index)}
							>
								<span className="hc-search__title" lang={hit.textLang} dir={hit.textLang && textDirection(hit.textLang)}>
									{hit.title}
								</span>
								<span className="hc-search__meta">
									{/* The category's name may be a fallback in another language: isolate it. */}
									<bdi>{hit.category}</bdi>
									{hit.textLang && <> · {fillTemplate(strings.textLang, { language: languageName(locale, hit.textLang) })}</>}
								</span>
								<span
									className="hc-search__excerpt"
									lang={hit.textLang}
									dir={hit.textLang && textDirection(hit.textLang)}
									dangerouslySetInnerHTML={{ __html: hit.excerpt }}
								/>
							</li>
						))}
						<li
							id={optionId(hits.length)}
							role="option"
							aria-selected={active === hits.length}
							className="hc-search__option hc-search__all"
							onPointerDown={(e) => e.preventDefault()}
							onClick={() => go(hits.length)}
						>
							{hits.length > 0
								? fillTemplate(strings.seeAll, { query: outcome?.query ?? '' })
								: askInstead
									? `${status} ${fillTemplate(strings.askUs, { query: outcome?.query ?? '' })}`
									: status}
						</li>
					</ul>
					<div role="status" className="hc-sr-only">
						{status}
					</div>
				</>
			)}
		</form>
	);
}

markAsReact(SearchBox);
