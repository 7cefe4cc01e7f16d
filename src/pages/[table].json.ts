import type { APIRoute, GetStaticPaths } from 'astro';
import { MARKET_TABLE_FILE, marketTableFor } from '../markets/market-script.js';
import { getHelpCenter } from '../shop/help-center.js';

/** /markets.json: the table the browser guesses a first-time shopper's market from (markets/market-script.ts). */
export const getStaticPaths = (() => {
	const { markets } = getHelpCenter();
	const table = MARKET_TABLE_FILE.replace(/\.json$/, '');
	return markets ? [{ params: { table }, cacheKey: JSON.stringify(marketTableFor(markets)) }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
	const { markets } = getHelpCenter();
	return new Response(JSON.stringify(markets ? marketTableFor(markets) : {}), { headers: { 'Content-Type': 'application/json' } });
};
