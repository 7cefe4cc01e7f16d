import path from 'node:path';

/** Where the shop's own folders are. The engine in src/ never hard-codes them. */
export interface ShopPaths {
	/** Project root; problem reports show file names relative to it. */
	root: string;
	/** site.yaml, categories.yaml, articles/ ... */
	content: string;
	/** UI strings, one folder per locale. */
	locales: string;
	/** Files served as they are: logo, favicon, images in articles. */
	public: string;
}

/**
 * Resolves the shop folders. A shop is a folder with content/, locales/ and
 * public/ side by side: the project itself, or another one that tests and the
 * benchmark point the engine at with HELP_CENTER_CONTENT (its locales/ and
 * public/ are then the ones beside it, unless HELP_CENTER_LOCALES or
 * HELP_CENTER_PUBLIC say otherwise).
 */
export function resolveShopPaths(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): ShopPaths {
	const content = path.resolve(root, env.HELP_CENTER_CONTENT || 'content');
	const shop = path.dirname(content);
	return {
		root,
		content,
		locales: env.HELP_CENTER_LOCALES ? path.resolve(root, env.HELP_CENTER_LOCALES) : path.join(shop, 'locales'),
		public: env.HELP_CENTER_PUBLIC ? path.resolve(root, env.HELP_CENTER_PUBLIC) : path.join(shop, 'public'),
	};
}

/** A path as writers see it in messages: relative to the project, with forward slashes. */
export function displayPath(paths: Pick<ShopPaths, 'root'>, file: string): string {
	const relative = path.relative(paths.root, file) || '.';
	return relative.split(path.sep).join('/');
}
