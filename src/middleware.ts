import { defineMiddleware } from 'astro:middleware';
import { hoistIslandStyle } from './integration/island-style.js';
import { createPageContext, localeOfPath } from './layouts/page-context.js';
import { getHelpCenter } from './shop/help-center.js';

/**
 * Every page passes through here as it is rendered:
 * - its context (language, direction, UI strings, addresses) is worked out once, for all its
 *   components (see page-context.ts);
 * - what it writes, and so what the incremental build keeps for the next build, is already
 *   final: Astro's island style is moved into <head> (see island-style.ts) without a second
 *   pass over every built page.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const hc = getHelpCenter();
	const base = import.meta.env.BASE_URL;
	const locale = localeOfPath(
		context.url.pathname,
		base,
		hc.site.locales.map((l) => l.code),
		hc.site.defaultLocale,
	);
	context.locals.page = createPageContext(hc, locale, base);
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	return new Response(hoistIslandStyle(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
