import { hreflangLinks, type Catalog } from '../catalog/catalog.js';
import { absoluteUrl, type RouteRef } from '../catalog/routes.js';

export interface SitemapInput {
	catalog: Catalog;
	categories: readonly string[];
	siteUrl: string;
	base: string;
	/** Policy pages (returns, shipping) with the date their facts last changed. */
	policies?: readonly { page: string; updated: string }[];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * sitemap.xml with hreflang alternates: every home, category and translated
 * article page. Untranslated (fallback) pages are left out; their canonical
 * is the original, which is listed.
 */
export function buildSitemap({ catalog, categories, siteUrl, base, policies = [] }: SitemapInput): string {
	const url = (path: string) => escapeXml(absoluteUrl(siteUrl, base, path));
	const entries: string[] = [];
	const add = (route: RouteRef, locale: string, lastmod?: string) => {
		const alternates = catalog.alternates(route);
		const self = alternates.find((a) => a.locale === locale);
		if (!self || self.kind !== 'translated') return;
		const links = hreflangLinks(alternates, catalog.defaultLocale)
			.map((link) => `\n    <xhtml:link rel="alternate" hreflang="${link.hreflang}" href="${url(link.path)}"/>`)
			.join('');
		entries.push(`  <url>\n    <loc>${url(self.path)}</loc>${lastmod ? `\n    <lastmod>${lastmod}</lastmod>` : ''}${links}\n  </url>`);
	};
	for (const locale of catalog.locales) {
		add({ type: 'home' }, locale);
		for (const policy of policies) add({ type: 'policy', page: policy.page }, locale, policy.updated);
		// A category that shares its address with a policy page is listed once, as the policy.
		for (const category of categories) if (!policies.some((p) => p.page === category)) add({ type: 'category', category }, locale);
		for (const page of catalog.articlesOf(locale)) {
			if (!page.isFallback) add({ type: 'article', category: page.category, slug: page.slug }, locale, page.source.lastModified);
		}
	}
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

/** robots.txt that allows everything and points at the sitemap; only for a help center at the root of its host. */
export function buildRobots(siteUrl: string, base: string): string {
	return `User-agent: *\nAllow: /\n\n${sitemapLine(siteUrl, base)}\n`;
}

/** The robots.txt line that tells crawlers where the sitemap is, base path included. */
export function sitemapLine(siteUrl: string, base: string): string {
	return `Sitemap: ${absoluteUrl(siteUrl, base, '/sitemap.xml')}`;
}
