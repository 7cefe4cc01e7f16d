/**
 * The only script on a page before the shopper interacts: it shows each
 * announcement within its dates by the shopper's own calendar (so a banner
 * disappears after its end date even if the site was not rebuilt) and lets
 * the shopper dismiss it, remembered in the browser. Inline, so it costs no
 * request; its hash is in the Content-Security-Policy.
 */
export const BANNER_SCRIPT = `(() => {
	const now = new Date();
	const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
	for (const banner of document.querySelectorAll('[data-announcement]')) {
		const key = 'helpcenter:dismissed:' + banner.dataset.announcement;
		let dismissed = false;
		try { dismissed = localStorage.getItem(key) === '1'; } catch {}
		banner.hidden = dismissed || today < banner.dataset.start || today > banner.dataset.end;
		const close = banner.querySelector('[data-dismiss]');
		if (!close) continue;
		close.hidden = false;
		close.addEventListener('click', () => {
			banner.hidden = true;
			try { localStorage.setItem(key, '1'); } catch {}
			document.getElementById('main')?.focus();
		});
	}
})();`;
