import { routePath, withBase, type RouteRef } from '../catalog/routes.js';
import type { LocaleInfo } from '../i18n/locales.js';
import type { Translate } from '../i18n/translator.js';
import type { HelpCenter } from '../shop/help-center.js';

/**
 * What every component of a page works from, worked out once per page (src/middleware.ts)
 * and read from `Astro.locals.page`: the help center, the page's language with its direction
 * and UI strings, and its addresses under the base path. A component given another locale (the
 * multilingual root pages list every language) asks for that locale's context with `in()`.
 */
export interface PageContext {
	hc: HelpCenter;
	/** The page's locale: its interface, its URL, its <html lang>. */
	locale: string;
	info: LocaleInfo;
	t: Translate;
	/** The site's base path, "/" or "/help/". */
	base: string;
	/** A page of this locale (or `locale`) under the base path. */
	href(route: RouteRef, locale?: string): string;
	/**
	 * The language of the text the page shows: the page's own, or the original's where an article
	 * or policy text falls back (setTextLocale). Components inside the text follow it.
	 */
	textLocale: string;
	setTextLocale(locale: string): void;
	/** The same context for another locale of the site. */
	in(locale: string): PageContext;
}

export function createPageContext(hc: HelpCenter, locale: string, base: string): PageContext {
	const context: PageContext = {
		hc,
		locale,
		info: hc.locale(locale),
		t: hc.t(locale),
		base,
		href: (route, other = locale) => withBase(base, routePath(other, route)),
		textLocale: locale,
		setTextLocale(text) {
			context.textLocale = text;
		},
		in: (other) => (other === locale ? context : createPageContext(hc, other, base)),
	};
	return context;
}

/** The locale a page's address is in: its first folder under the base path, else the default locale (root pages). */
export function localeOfPath(pathname: string, base: string, locales: readonly string[], defaultLocale: string): string {
	const prefix = base.replace(/\/?$/, '/');
	const inside = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
	const first = inside.split('/')[0] ?? '';
	return locales.includes(first) ? first : defaultLocale;
}
