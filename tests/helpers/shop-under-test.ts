import { createHelpCenter, type HelpCenter } from '../../src/shop/help-center.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { resolveShopPaths } from '../../src/shop/paths.js';
import { projectRoot } from './build-site.js';

/**
 * The shop in content/ and locales/, whatever it is: the sample, a shop
 * started with `npm run shop:init`, or a real one. Tests under tests/shop/
 * check it with what it has (its languages, articles, policies, contact
 * page), never with the sample's numbers, so a shop owner's `npm test` stays
 * green for any valid shop and red for a broken one.
 */
export const SHOP_CONTENT = 'content';

/** The shop as the build sees it. Throws the shop check's problems for a shop that is not valid. */
export function shopUnderTest(): HelpCenter {
	return createHelpCenter(loadShop(resolveShopPaths({}, projectRoot), { includeDrafts: false }));
}

/** Every published article page the build makes: each article of the default language in every language, translated or falling back. */
export function articlePages(hc: HelpCenter): string[] {
	const keys = [...new Set(hc.articles.filter((a) => a.locale === hc.site.defaultLocale).map((a) => a.key))].sort();
	return hc.site.locales.flatMap((l) => keys.map((key) => `${l.code}/${key}/index.html`));
}
