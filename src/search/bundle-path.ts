/** Folder of the search bundles inside the built site. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Where a language's search bundle is, inside the built site: each language has its own
 * Pagefind bundle, made from its pages alone, so a build after an edit indexes only the
 * languages whose pages changed. Pages name their locale in <html lang>, which is how the
 * search script in the browser finds its bundle.
 */
export function searchBundlePath(locale: string): string {
	return `${SEARCH_BUNDLE_DIR}/${locale}/`;
}
