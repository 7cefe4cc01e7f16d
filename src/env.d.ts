declare namespace App {
	interface Locals {
		/** Set by an article page so links inside its content can follow the page's locale. */
		helpCenterPage?: { pageLocale: string; contentLocale: string };
	}
}
