import type { MarketsFile } from './market-schema.js';
import { marketGuessTable, type MarketGuessTable } from './markets.js';

/**
 * The shopper's market in the browser. Pages are built with their language's default market
 * on <html data-market>, and every part that differs by market is rendered once per variant
 * (`.hc-market-variant[data-markets]`), the default's shown by the stylesheet. This inline
 * script, in <head> so nothing flashes, picks the shopper's market: the one they chose before,
 * else a guess made once from the browser's time zone and language region (asking no one but
 * the help center itself for its table), remembered in localStorage. It shows that market's variants through a constructed
 * stylesheet (which a strict Content-Security-Policy allows), keeps every "Ship to" choice in
 * step, and answers the islands' questions through `helpcenter:` DOM events.
 */

export const MARKET_STORAGE_KEY = 'helpcenter:market';
export const COUNTRY_STORAGE_KEY = 'helpcenter:country';

export interface MarketHints {
	/** What the shopper chose before, if anything. */
	stored: string | null;
	/** The browser's IANA time zone. */
	timeZone: string | undefined;
	/** navigator.languages, e.g. ["pl-PL", "en-US"]. */
	languages: readonly string[];
	/** The page's default market. */
	fallback: string;
}

/**
 * The resolution as source text: the inline script runs exactly this, and the unit tests call
 * it through `resolveMarket`. A choice wins; then the time zone (where the shopper is); then the
 * region of their first language with one ("pl-PL"), a country outside every market meaning the
 * default; then the page's default.
 */
const RESOLVE_SOURCE = `(t,h)=>{if(h.stored&&t.markets.includes(h.stored))return h.stored;const z=h.timeZone&&t.timeZones[h.timeZone];if(z)return z;for(const l of h.languages){let r;try{r=new Intl.Locale(l).region}catch{}if(r)return t.countries[r]||h.fallback}return h.fallback}`;

export const resolveMarket = new Function(`return ${RESOLVE_SOURCE}`)() as (table: MarketGuessTable, hints: MarketHints) => string;

/**
 * The script, the same for every shop and page (one hash in the CSP), written small because
 * every page carries it. It carries no table: a shopper who chose, or was guessed, before has
 * their market and country in localStorage (M, C), shown at once (show). Only the first visit,
 * or a country picked in a checker, fetches the shop's table from <html data-market-table>
 * (load) to guess (RESOLVE_SOURCE) or to find the country's market, and stores the answer (set).
 * The market ids on <html data-market-ids> guard against a stored market the shop has since
 * removed. Picking in a "Ship to" select sets the market and its first country; its button,
 * for browsers without JavaScript, is hidden by the same constructed stylesheet.
 */
export const MARKET_SCRIPT =
	'(()=>{const d=document,r=d.documentElement,M=' +
	JSON.stringify(MARKET_STORAGE_KEY) +
	',C=' +
	JSON.stringify(COUNTRY_STORAGE_KEY) +
	',g=k=>{try{return localStorage.getItem(k)}catch{return null}},w=(k,v)=>{try{localStorage.setItem(k,v)}catch{}},ids=(r.dataset.marketIds||"").split(" ");' +
	'if(!d.adoptedStyleSheets)return;const s=new CSSStyleSheet;d.adoptedStyleSheets=[...d.adoptedStyleSheets,s];' +
	'const y=()=>{for(const e of d.querySelectorAll("[data-market-select]"))e.value=r.dataset.market},' +
	'show=(m,c)=>{r.dataset.market=m;r.dataset.country=c;s.replaceSync(`[data-market-submit],.hc-market-variant{display:none!important}.hc-market-variant[data-markets~="${m}"]{display:contents!important}`);y();d.dispatchEvent(new CustomEvent("helpcenter:market",{detail:{market:m,country:c}}))},' +
	'set=(m,c)=>{w(M,m);w(C,c);show(m,c)};let t;const load=()=>t??=fetch(r.dataset.marketTable).then(x=>x.json()),m=g(M),c=g(C);' +
	'if(m&&c&&ids.includes(m))show(m,c);else load().then(t=>{let z;try{z=Intl.DateTimeFormat().resolvedOptions().timeZone}catch{}const k=(' +
	RESOLVE_SOURCE +
	')(t,{stored:m,timeZone:z,languages:navigator.languages||[navigator.language],fallback:r.dataset.market});set(k,t.countries[c]===k?c:t.firstCountry[k])}).catch(()=>{});' +
	'd.addEventListener("DOMContentLoaded",y);' +
	'd.addEventListener("change",e=>{const x=e.target;if(x instanceof HTMLSelectElement&&x.matches("[data-market-select]")&&ids.includes(x.value))set(x.value,x.selectedOptions[0].dataset.country)});' +
	'd.addEventListener("helpcenter:choose-country",e=>load().then(t=>{const k=t.countries[e.detail];if(k)set(k,e.detail)}).catch(()=>{}))})();';

/** What the browser fetches to guess a shopper's market, with each market's first country. */
export type MarketTable = MarketGuessTable & { firstCountry: Record<string, string> };

export function marketTableFor(file: MarketsFile): MarketTable {
	return { ...marketGuessTable(file), firstCountry: Object.fromEntries(file.markets.map((m) => [m.id, m.countries[0]!])) };
}

/** Where the table is, under the site's root. */
export const MARKET_TABLE_FILE = 'markets.json';
