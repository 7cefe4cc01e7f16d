import { isSiteLink, withBase } from '../catalog/routes.js';

/** The language of the page and of the text shown on it; they differ on a fallback page. */
export interface TextLocales {
	pageLocale: string;
	contentLocale: string;
}

/**
 * Where a link written in an article or policy text points on the built site.
 * Writers link to other pages as "/en/orders/..."; the link gets the base path,
 * and on a fallback page (English text in Hebrew page chrome) it goes to the
 * page's own language, so a shopper stays in their language.
 */
export function contentLinkTarget(href: string, locales: TextLocales | undefined, base: string): string {
	if (!isSiteLink(href)) return href;
	let target = href;
	if (locales && locales.contentLocale !== locales.pageLocale && target.startsWith(`/${locales.contentLocale}/`)) {
		target = `/${locales.pageLocale}/${target.slice(locales.contentLocale.length + 2)}`;
	}
	return withBase(base, target);
}

/**
 * The same for every link in HTML rendered from Markdown (MDX texts get it from
 * the ContentLink component instead). The HTML comes from the Markdown renderer,
 * which always writes attributes as name="value".
 */
export function localizeContentLinks(html: string, locales: TextLocales | undefined, base: string): string {
	return html.replace(/(<a\s(?:[^>]*?\s)?href=")([^"]*)"/g, (_, start: string, href: string) => `${start}${contentLinkTarget(href, locales, base)}"`);
}
