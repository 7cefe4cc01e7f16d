import { defineMiddleware } from 'astro:middleware';
import { hoistIslandStyle } from './integration/island-style.js';

/**
 * Every page passes through here as it is rendered, so what it writes (and what the
 * incremental build keeps for the next build) is already final: Astro's island style is
 * moved into <head> (see island-style.ts) without a second pass over every built page.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	const hoisted = hoistIslandStyle(html);
	return new Response(hoisted, { status: response.status, statusText: response.statusText, headers: response.headers });
});
