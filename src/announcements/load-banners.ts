import { getEntry, render } from 'astro:content';
import type { HelpCenter } from '../shop/help-center.js';
import { announcementsFor, type Announcement } from './announcements.js';

export interface Banner {
	announcement: Announcement;
	Content: Awaited<ReturnType<typeof render>>['Content'];
}

const loaded = new Map<string, Promise<Banner[]>>();

/** The announcements a page of `locale` carries, with their rendered Markdown: loaded once per locale, not per page. */
export function loadBanners(hc: HelpCenter, locale: string, today: string): Promise<Banner[]> {
	const key = `${locale}/${today}`;
	let banners = loaded.get(key);
	if (!banners) loaded.set(key, (banners = renderBanners(hc, locale, today)));
	return banners;
}

function renderBanners(hc: HelpCenter, locale: string, today: string): Promise<Banner[]> {
	return Promise.all(
		announcementsFor(hc.announcements, locale, today).map(async (announcement) => {
			const entry = await getEntry('announcements', announcement.id);
			if (!entry) throw new Error(`${announcement.file} was validated but is missing from Astro's content store`);
			return { announcement, Content: (await render(entry)).Content };
		}),
	);
}
