/**
 * Marks an island component as React's for Astro's server render. Without the mark, Astro learns
 * an island's framework by asking each renderer to check it, and React's check renders the whole
 * component: every island on every page (the search box on all of them) was rendered twice.
 *
 * Astro reads the mark under this global symbol; its own helper for it (__astro_tag_component__)
 * lives in its server runtime, which must not be bundled into the islands' browser code. A future
 * Astro that no longer reads it only checks again, as before.
 */
const ASTRO_RENDERER = Symbol.for('astro:renderer');

export function markAsReact(component: object): void {
	if (!Object.hasOwn(component, ASTRO_RENDERER)) Object.defineProperty(component, ASTRO_RENDERER, { value: '@astrojs/react' });
}
