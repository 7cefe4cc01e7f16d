import type { APIRoute, GetStaticPaths } from 'astro';
import { getHelpCenter } from '../../shop/help-center.js';

/** The shop's stylesheet (accent colours, then content/theme.css), under a name that changes with its content. */
export const getStaticPaths = (() => {
	const { stylesheet } = getHelpCenter().theme;
	// The file name carries a digest of the stylesheet: the name is the key.
	return stylesheet ? [{ params: { file: stylesheet.file }, cacheKey: stylesheet.file }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
	const { stylesheet } = getHelpCenter().theme;
	return new Response(stylesheet?.css ?? '', { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
