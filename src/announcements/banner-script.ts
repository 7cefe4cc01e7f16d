/**
 * One of the two small scripts a page runs before the shopper interacts: it shows each
 * announcement within its dates by the shopper's own calendar (so a banner
 * disappears after its end date even if the site was not rebuilt) and lets
 * the shopper dismiss it, remembered in the browser. Inline, so it costs no
 * request; its hash is in the Content-Security-Policy.
 *
 * Written compact because every page with a banner carries it; unfolded, it reads:
 * for each [data-announcement], hide it when dismissed (localStorage
 * "helpcenter:dismissed:<id>" is "1") or when today, by the shopper's calendar, is outside
 * data-start..data-end; otherwise show its close button, which hides it, remembers that and
 * moves focus to the main content.
 */
export const BANNER_SCRIPT =
	'(()=>{const d=new Date,t=[d.getFullYear(),d.getMonth()+1,d.getDate()].map(n=>String(n).padStart(2,"0")).join("-");' +
	'for(const b of document.querySelectorAll("[data-announcement]")){const k="helpcenter:dismissed:"+b.dataset.announcement;let x=!1;' +
	'try{x=localStorage.getItem(k)==="1"}catch{}b.hidden=x||t<b.dataset.start||t>b.dataset.end;const c=b.querySelector("[data-dismiss]");' +
	'if(!c)continue;c.hidden=!1;c.addEventListener("click",()=>{b.hidden=!0;try{localStorage.setItem(k,"1")}catch{}document.getElementById("main")?.focus()})}})();';
