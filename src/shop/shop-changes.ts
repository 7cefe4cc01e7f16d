/**
 * While `astro dev` runs, writers add, rename and edit the shop's files. The
 * integration counts those changes and getHelpCenter() loads the shop again
 * when the count has moved, so a new article or a new title shows on the next
 * page load instead of after a restart. The count lives on globalThis because
 * the integration and the pages are separate module instances (Node's and
 * Vite's) in the same process. A build never changes it: the shop is loaded once.
 */
const COUNT = Symbol.for('help-center.shop-changes');

type WithCount = typeof globalThis & { [COUNT]?: number };

export function shopChanges(): number {
	return (globalThis as WithCount)[COUNT] ?? 0;
}

export function countShopChange(): void {
	(globalThis as WithCount)[COUNT] = shopChanges() + 1;
}
