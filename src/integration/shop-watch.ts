import path from 'node:path';
import { countShopChange } from '../shop/shared-shop.js';

/** The part of Vite's file watcher this needs. */
export interface FolderWatcher {
	add(paths: string[]): unknown;
	on(event: 'all', listener: (event: string, file: string) => void): unknown;
}

/**
 * While `astro dev` runs, counts every change to a file in the shop's folders
 * (added, edited, renamed, deleted), so the pages load the shop again (see
 * shared-shop.ts). The folders may lie outside the project, where Vite does
 * not watch on its own.
 */
export function countShopChanges(watcher: FolderWatcher, folders: readonly string[]): void {
	const inShop = (file: string) =>
		folders.some((folder) => {
			const relative = path.relative(folder, file);
			return !relative.startsWith('..') && !path.isAbsolute(relative);
		});
	watcher.add([...folders]);
	watcher.on('all', (_event, file) => {
		if (inShop(file)) countShopChange();
	});
}
