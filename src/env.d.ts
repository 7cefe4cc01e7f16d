declare namespace App {
	interface Locals {
		/** The page's language, UI strings and addresses, set once per page by src/middleware.ts. */
		page: import('./layouts/page-context.js').PageContext;
	}
}
