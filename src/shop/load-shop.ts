import fs from 'node:fs';
import path from 'node:path';
import { ContentError, type ContentProblem } from '../content/problems.js';
import { openFrontMatterCache } from '../content/front-matter-cache.js';
import { scanArticles, type ArticleSource } from '../content/scan-articles.js';
import { checkSiteLinks } from '../content/site-links.js';
import { isoDay, readGitHistory } from '../content/git-history.js';
import { articleMoves, type ArticleMove } from '../content/article-moves.js';
import { factDriftNotices } from './fact-drift.js';
import { translationStatus, type StatusEntry } from '../i18n/translation-status.js';
import { describeLocale, type LocaleInfo } from '../i18n/locales.js';
import { readUiResources, type UiResources } from '../i18n/ui-resources.js';
import { resolveUiStrings } from '../i18n/ui-strings.js';
import { channelsFileSchema, type ChannelsFile } from '../contact/channels-schema.js';
import type { ContactFormSettings } from '../contact/form-config-schema.js';
import { loadPolicies, type Policies } from '../policies/load-policies.js';
import { checkMarkets } from '../markets/check-markets.js';
import { marketsFileSchema, type MarketsFile } from '../markets/market-schema.js';
import { scanAnnouncements, type Announcement } from '../announcements/announcements.js';
import { checkComponentUses } from './component-attributes.js';
import { categoriesSchema, type CategoryInput } from './categories-schema.js';
import { displayPath, type ShopPaths } from './paths.js';
import { checkLocalizedText } from './common-schemas.js';
import { readYaml } from './read-yaml.js';
import { siteSchema } from './site-schema.js';
import type { InsightsConfig } from '../insights/insights-config.js';
import { resolveTheme, type Theme } from '../theme/theme.js';

export interface Site {
	name: string;
	url: string;
	shopUrl?: string;
	insights?: InsightsConfig;
	defaultLocale: string;
	locales: LocaleInfo[];
	contactForm?: ContactFormSettings;
}

export type Category = CategoryInput;

/** Everything the shop wrote, read once and validated against the content contract. */
export interface Shop {
	site: Site;
	categories: Category[];
	articles: ArticleSource[];
	ui: UiResources;
	/** content/contact/channels.yaml; a shop without it has no contact page. */
	channels?: ChannelsFile;
	/** content/markets.yaml: the countries the shop sells to and what differs between them. */
	markets?: MarketsFile;
	/** content/policies: returns and shipping facts and the prose around them. */
	policies: Policies;
	/** content/announcements/<locale>/*.md */
	announcements: Announcement[];
	/** Per language: which articles and policy texts are missing or behind their original. */
	translations: StatusEntry[];
	/** Things the operator should know that do not stop the build. */
	notices: string[];
	/** Logo, favicon and the shop's stylesheet. */
	theme: Theme;
	/** Old addresses of articles that moved (front matter redirectFrom, and renames git saw). */
	moves: ArticleMove[];
}

export interface LoadOptions {
	/** Drafts appear in `astro dev` and are left out of production builds. */
	includeDrafts: boolean;
	/** Where articles' parsed front matter is kept between builds (front-matter-cache.ts); without it, all is parsed. */
	cacheDir?: string | undefined;
}

/**
 * Reads and validates the whole shop. Throws a ContentError that lists every
 * problem (file, field, what was expected) when anything breaks the contract.
 */
export function loadShop(paths: ShopPaths, { includeDrafts, cacheDir }: LoadOptions): Shop {
	const display = (file: string) => displayPath(paths, file);
	const problems: ContentProblem[] = [];

	const siteFile = path.join(paths.content, 'site.yaml');
	const siteInput = readYaml(siteFile, siteSchema, display, problems);
	if (!siteInput) throw new ContentError(problems);
	const { theme: themeInput, analyticsEndpoint: _replaced, ...siteFields } = siteInput;
	const site: Site = { ...siteFields, locales: siteInput.locales.map(describeLocale) };
	const { theme, problems: themeProblems } = resolveTheme({
		input: themeInput,
		publicDir: paths.public,
		stylesheet: path.join(paths.content, 'theme.css'),
		siteFile: display(siteFile),
		display,
	});
	problems.push(...themeProblems);
	const localeCodes = site.locales.map((l) => l.code);
	for (const [index, topic] of (site.contactForm?.topics ?? []).entries()) {
		const where = { file: display(siteFile), field: `contactForm.topics.${index}.label`, locales: localeCodes, defaultLocale: site.defaultLocale };
		problems.push(...checkLocalizedText(topic.label, where));
	}

	const categoriesFile = path.join(paths.content, 'categories.yaml');
	const categoriesRead = readYaml(categoriesFile, categoriesSchema, display, problems);
	const categories = categoriesRead ?? [];
	for (const [index, category] of categories.entries()) {
		if (!category.title[site.defaultLocale]) {
			problems.push({
				file: display(categoriesFile),
				field: `${index}.title.${site.defaultLocale}`,
				message: `is required: every category needs a title in the default locale (${site.defaultLocale})`,
			});
		}
		for (const locale of Object.keys({ ...category.title, ...category.description })) {
			if (!localeCodes.includes(locale)) {
				problems.push({
					file: display(categoriesFile),
					field: `${index}`,
					message: `has a text for "${locale}", which is not a locale in site.yaml (${localeCodes.join(', ')})`,
					unlistedLocale: locale,
				});
			}
		}
	}

	// The engine's UI strings with the shop's own laid over them.
	const { resources: overrides, problems: unreadable } = readUiResources(paths.locales, localeCodes, display);
	problems.push(...unreadable);
	const { resources: ui, problems: uiProblems } = resolveUiStrings({
		locales: localeCodes,
		overrides,
		fileOf: (locale, namespace) => display(path.join(paths.locales, locale, `${namespace}.json`)),
	});
	problems.push(...uiProblems);

	const frontMatter = cacheDir ? openFrontMatterCache(cacheDir) : undefined;
	const scan = scanArticles({
		dir: path.join(paths.content, 'articles'),
		locales: localeCodes,
		categories: categoriesRead?.map((c) => c.id),
		display,
		parseFrontMatter: frontMatter?.parse,
	});
	frontMatter?.save();
	problems.push(...scan.problems);

	const channelsFile = path.join(paths.content, 'contact/channels.yaml');
	const channels = readYaml(channelsFile, channelsFileSchema, display, problems, { optional: true });
	for (const locale of Object.keys(channels?.order ?? {})) {
		if (locale !== 'default' && !localeCodes.includes(locale)) {
			problems.push({
				file: display(channelsFile),
				field: `order.${locale}`,
				message: `is not a locale in site.yaml (${localeCodes.join(', ')})`,
				unlistedLocale: locale,
			});
		}
	}
	const policies = loadPolicies({ dir: path.join(paths.content, 'policies'), locales: localeCodes, defaultLocale: site.defaultLocale, display, problems });
	const marketsFile = path.join(paths.content, 'markets.yaml');
	const markets = readYaml(marketsFile, marketsFileSchema, display, problems, { optional: true });
	if (markets) {
		const channelsState = channels ?? (fs.existsSync(channelsFile) ? 'unreadable' : undefined);
		problems.push(...checkMarkets(markets, { file: display(marketsFile), channelsFile: display(channelsFile), channels: channelsState, policies }));
	}
	const announcements = scanAnnouncements({ dir: path.join(paths.content, 'announcements'), locales: localeCodes, display, problems });
	for (const announcement of announcements) {
		for (const [index, id] of (announcement.data.markets ?? []).entries()) {
			if (!markets?.markets.some((m) => m.id === id)) {
				problems.push({
					file: announcement.file,
					field: `markets.${index}`,
					message: markets
						? `"${id}" is not the id of a market in ${display(marketsFile)} (${markets.markets.map((m) => m.id).join(', ')})`
						: `targets market "${id}", but the shop has no ${display(marketsFile)}`,
				});
			}
		}
	}
	const categoryIds = new Set(categories.map((c) => c.id));
	for (const reserved of ['search', 'contact', 'markets']) {
		if (categoryIds.has(reserved)) {
			problems.push({
				file: display(categoriesFile),
				field: `${categories.findIndex((c) => c.id === reserved)}.id`,
				message: `"${reserved}" is the address of the ${reserved} page; choose another id`,
			});
		}
	}

	// Component attributes need the whole shop: a <Fact> needs the policy facts, a <ContactButton> a contact page.
	const hasContactPage = offersContactPage({ channels, site });
	for (const text of [...scan.articles, ...policies.pages]) {
		problems.push(...checkComponentUses(text.file, text.locale, text.componentUses, { policies, hasContactPage, hasMarkets: Boolean(markets) }));
	}

	// Links are checked in the same pass, against the pages the build would make; an article
	// with problems of its own still counts as a page, so its problems are not repeated as
	// broken links. Without a valid site.yaml or categories.yaml, every link would look broken.
	const published = includeDrafts ? scan.articles : scan.articles.filter((a) => !a.data.draft && !a.data.needsTranslation);
	// Said once the shop is valid (notices below): a translation waiting for its translator.
	const untranslated = includeDrafts ? [] : scan.articles.filter((a) => a.data.needsTranslation && !a.data.draft);
	// One git call for every date, move and translation check.
	const history = readGitHistory(paths.content);
	const { moves, problems: moveProblems } = articleMoves(published, history?.renames ?? []);
	problems.push(...moveProblems);
	const publishedKeys = new Set(published.map((a) => a.key));
	for (const article of published) {
		article.data.related.forEach((key, index) => {
			if (key === article.key) problems.push({ file: article.file, field: `related.${index}`, message: 'is this article itself; list other articles' });
			else if (!publishedKeys.has(key)) {
				problems.push({ file: article.file, field: `related.${index}`, message: `"${key}" is not an article of this help center in any language` });
			}
		});
	}
	if (categoriesRead) {
		problems.push(
			...checkSiteLinks({
				publicDir: paths.public,
				articlesWithProblems: scan.withProblems,
				defaultLocale: site.defaultLocale,
				locales: localeCodes,
				categories: categories.map((c) => c.id),
				articles: published,
				policies,
				hasContactPage,
				hasContactForm: Boolean(site.contactForm),
				hasMarkets: Boolean(markets),
				moves,
			}),
		);
	}

	if (problems.length > 0) throw new ContentError(groupUnlistedLocales(problems, display(siteFile)));

	const notices: string[] = untranslated.map(
		(article) => `${article.file} still needs translation (needsTranslation: true): it is left out of the build, and shoppers see the original instead.`,
	);
	if (history?.shallow) {
		notices.push(
			'This is a shallow git clone, so it does not know when older files last changed: articles without "updated" in their front matter show no date, no translation counts as outdated, and articles moved in commits it lacks get no redirect from their old address. Fetch the full history (in GitHub Actions: fetch-depth: 0).',
		);
	}
	const historyOf = history && !history.shallow ? (file: string) => history.files.get(path.resolve(paths.root, file)) : undefined;
	notices.push(
		...factDriftNotices({
			contentDir: paths.content,
			articles: published,
			lastCommitOf: (file) => historyOf?.(file)?.lastChange,
		}),
	);
	const articles = published.map((article) => {
		const committed = historyOf?.(article.file)?.lastChange;
		const lastModified = article.data.updated ?? (committed !== undefined ? isoDay(committed) : undefined);
		return lastModified ? { ...article, lastModified } : article;
	});
	const translations = translationStatus({
		defaultLocale: site.defaultLocale,
		locales: localeCodes,
		pages: [
			...articles.map((a) => ({ key: a.key, locale: a.locale, file: a.file })),
			...policies.pages.map((p) => ({ key: `policy/${p.page}`, locale: p.locale, file: p.file })),
		],
		historyOf,
	});
	return {
		site,
		categories,
		articles,
		ui,
		policies,
		announcements,
		translations,
		notices,
		theme,
		moves,
		...(channels ? { channels } : {}),
		...(markets ? { markets } : {}),
	};
}

/**
 * Texts in a language site.yaml does not list (after a language was removed
 * from it, say) are one problem per language, naming the command that fixes
 * it, not one line for every text in that language.
 */
function groupUnlistedLocales(problems: ContentProblem[], siteFile: string): ContentProblem[] {
	const byLocale = new Map<string, ContentProblem[]>();
	const others: ContentProblem[] = [];
	for (const problem of problems) {
		if (problem.unlistedLocale === undefined) others.push(problem);
		else byLocale.set(problem.unlistedLocale, [...(byLocale.get(problem.unlistedLocale) ?? []), problem]);
	}
	const grouped = [...byLocale].map(([locale, found]): ContentProblem => {
		const files = [...new Set(found.map((p) => p.file))];
		const shown = files.length > 4 ? `${files.slice(0, 4).join(', ')} and ${files.length - 4} more` : files.join(', ');
		return {
			file: siteFile,
			field: 'locales',
			message:
				`does not list "${locale}", but ${files.length} file${files.length === 1 ? ' has' : 's have'} texts in it (${shown}). ` +
				`Run npm run locale -- remove ${locale} to remove them, or npm run locale -- add ${locale} to list the language again`,
		};
	});
	return [...grouped, ...others];
}

/** A shop has a contact page when it lists channels or has a contact form. */
export function offersContactPage(shop: { channels?: unknown; site: { contactForm?: unknown } }): boolean {
	return Boolean(shop.channels || shop.site.contactForm);
}
