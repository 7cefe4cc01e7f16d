import 'astro';

declare module 'astro' {
	interface AstroClientDirectives {
		/** Hydrate on first focus, click or touch (see src/islands/interaction-directive.ts). */
		'client:interaction'?: boolean;
	}
}
