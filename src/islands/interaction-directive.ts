import type { ClientDirective } from 'astro';

/**
 * `client:interaction`: hydrates an island the first time the shopper
 * focuses, clicks or touches it. Until then the page has requested no
 * JavaScript; the server-rendered HTML (a plain form) works on its own.
 *
 * A click that woke the island would otherwise be lost (it lands before the
 * island is live): a button marked `data-replay="<name>"` gets that click
 * again once the island is hydrated.
 */
const interaction: ClientDirective = (load, _options, el) => {
	const events = ['focusin', 'pointerdown', 'touchstart'] as const;
	let started = false;
	let hydrated = false;
	let missedClick: string | undefined;
	const onClick = (event: Event) => {
		if (hydrated) return;
		const replay = (event.target as Element | null)?.closest?.('[data-replay]')?.getAttribute('data-replay');
		if (replay) missedClick = replay;
	};
	const start = async () => {
		if (started) return;
		started = true;
		for (const type of events) el.removeEventListener(type, start);
		const hydrate = await load();
		await hydrate();
		hydrated = true;
		el.removeEventListener('click', onClick, true);
		if (missedClick) el.querySelector<HTMLElement>(`[data-replay="${CSS.escape(missedClick)}"]`)?.click();
	};
	el.addEventListener('click', onClick, true);
	for (const type of events) el.addEventListener(type, start, { passive: true });
	// Focus may already be inside (autofocus, or focus moved before this ran).
	if (el.contains(document.activeElement)) void start();
};

export default interaction;
