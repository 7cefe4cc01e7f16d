import path from 'node:path';

/** Where the shop's own folders are. The engine in src/ never hard-codes them. */
export interface ShopPaths {
	/** Project root; problem reports show file names relative to it. */
	root: string;
	/** site.yaml, categories.yaml, articles/ ... */
	content: string;
	/** UI strings, one folder per locale. */
	locales: string;
}

/**
 * Resolves the shop folders. Tests and the benchmark point the same engine at
 * another shop with HELP_CENTER_CONTENT and HELP_CENTER_LOCALES.
 */
export function resolveShopPaths(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): ShopPaths {
	return {
		root,
		content: path.resolve(root, env.HELP_CENTER_CONTENT || 'content'),
		locales: path.resolve(root, env.HELP_CENTER_LOCALES || 'locales'),
	};
}

/** A path as writers see it in messages: relative to the project, with forward slashes. */
export function displayPath(paths: Pick<ShopPaths, 'root'>, file: string): string {
	const relative = path.relative(paths.root, file) || '.';
	return relative.split(path.sep).join('/');
}
