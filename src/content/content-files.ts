/**
 * Editors, operating systems and tools leave hidden files and folders beside the texts
 * (".#track.mdx" lock files, ".DS_Store", a ".trash" folder): a path with any part that
 * starts with "." is not content. The shop check and Astro's content loader both go by this
 * rule, so they always agree on which files are the shop's.
 */
export function isHiddenPath(relativePath: string): boolean {
	return relativePath.split(/[\\/]/).some((part) => part.startsWith('.'));
}
