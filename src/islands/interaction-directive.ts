import type { ClientDirective } from 'astro';

/**
 * `client:interaction`: hydrates an island the first time the shopper
 * focuses, clicks or touches it. Until then the page has requested no
 * JavaScript; the server-rendered HTML (a plain form) works on its own.
 */
const interaction: ClientDirective = (load, _options, el) => {
	const events = ['focusin', 'pointerdown', 'touchstart'] as const;
	let started = false;
	const start = async () => {
		if (started) return;
		started = true;
		for (const type of events) el.removeEventListener(type, start);
		const hydrate = await load();
		await hydrate();
	};
	for (const type of events) el.addEventListener(type, start, { passive: true });
	// Focus may already be inside (autofocus, or focus moved before this ran).
	if (el.contains(document.activeElement)) void start();
};

export default interaction;
