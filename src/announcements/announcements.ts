import fs from 'node:fs';
import path from 'node:path';
import { readFrontMatter } from '../content/front-matter.js';
import { checkMarkdownBody } from '../content/mdx-safety.js';
import { problemsFromZod, type ContentProblem } from '../content/problems.js';
import { digestOf } from '../utils/digest.js';
import { announcementSchema, type AnnouncementData } from './announcement-schema.js';

export interface Announcement {
	/** `<locale>/<name>`: also the id in Astro's `announcements` collection and the key a dismissal is remembered by. */
	id: string;
	locale: string;
	file: string;
	/** Changes whenever the file's text does. */
	digest: string;
	data: AnnouncementData;
}

export function scanAnnouncements({
	dir,
	locales,
	display,
	problems,
}: {
	dir: string;
	locales: readonly string[];
	display: (file: string) => string;
	problems: ContentProblem[];
}): Announcement[] {
	if (!fs.existsSync(dir)) return [];
	const found: Announcement[] = [];
	for (const locale of fs.readdirSync(dir).sort()) {
		const folder = path.join(dir, locale);
		if (!fs.statSync(folder).isDirectory()) continue;
		if (!locales.includes(locale)) {
			problems.push({
				file: `${display(folder)}/`,
				message: `is not a locale in site.yaml (${locales.join(', ')}); announcements go in content/announcements/<locale>/`,
				unlistedLocale: locale,
			});
			continue;
		}
		for (const name of fs
			.readdirSync(folder)
			.filter((n) => n.endsWith('.md'))
			.sort()) {
			const file = path.join(folder, name);
			const shown = display(file);
			const text = fs.readFileSync(file, 'utf8');
			const front = readFrontMatter(text);
			if (!front.ok) {
				problems.push(...front.messages.map((message) => ({ file: shown, message })));
				continue;
			}
			if (front.body.trim() === '') problems.push({ file: shown, message: 'has no text: write the notice below the front matter' });
			const parsed = announcementSchema.safeParse(front.data, { reportInput: true });
			if (!parsed.success) problems.push(...problemsFromZod(shown, parsed.error));
			const bodyProblems = checkMarkdownBody(front.body, { file: shown, firstLine: front.bodyLine });
			problems.push(...bodyProblems);
			if (!parsed.success || bodyProblems.length > 0) continue;
			found.push({ id: `${locale}/${name.slice(0, -'.md'.length)}`, locale, file: shown, digest: digestOf(text), data: parsed.data });
		}
	}
	return found;
}

/**
 * The announcements a built page carries: every one that has not ended by
 * `today`, most severe first. Future ones are included (hidden) so they
 * appear on their start date without a rebuild.
 */
export function announcementsFor(all: readonly Announcement[], locale: string, today: string): Announcement[] {
	const rank = { critical: 0, warning: 1, info: 2 } as const;
	return all
		.filter((a) => a.locale === locale && a.data.end >= today)
		.sort((a, b) => rank[a.data.severity] - rank[b.data.severity] || a.data.start.localeCompare(b.data.start));
}
