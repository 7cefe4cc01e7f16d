import type { Shop } from './load-shop.js';

/**
 * The integration reads and checks the shop before Astro builds anything; the
 * pages need the same shop. They are separate module instances (Node's and
 * Vite's) in one process, so the loaded shop is handed over on globalThis
 * instead of being read, checked and dated from git a second time.
 *
 * While `astro dev` runs, writers add, rename and edit files. The integration
 * counts those changes; a shop loaded before the last change is not handed
 * over, and getHelpCenter() loads the shop again, so a new article or a new
 * title shows on the next page load instead of after a restart.
 */
const STATE = Symbol.for('help-center.shared-shop');

interface SharedShop {
	shop?: Shop;
	/** The change count when `shop` was loaded. */
	loadedAt: number;
	changes: number;
}

function state(): SharedShop {
	const global = globalThis as typeof globalThis & { [STATE]?: SharedShop };
	global[STATE] ??= { loadedAt: -1, changes: 0 };
	return global[STATE];
}

export function shareShop(shop: Shop): void {
	const shared = state();
	shared.shop = shop;
	shared.loadedAt = shared.changes;
}

/** The shop the integration loaded, unless files changed since. */
export function sharedShop(): Shop | undefined {
	const shared = state();
	return shared.loadedAt === shared.changes ? shared.shop : undefined;
}

export function shopChanges(): number {
	return state().changes;
}

export function countShopChange(): void {
	state().changes += 1;
}
