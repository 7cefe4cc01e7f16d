import { absoluteUrl, withBase } from '../catalog/routes.js';
import type { ArticleMove } from '../content/article-moves.js';
import type { HelpCenter } from '../shop/help-center.js';
import { escapeHtml as e } from '../utils/escape-html.js';

/**
 * A page at each old address of an article that moved, for hosts that read no redirect rules
 * (GitHub Pages, a plain web server): it sends the browser on at once (meta refresh), tells
 * search engines where the article is now (canonical) and not to list the old address
 * (noindex), and shows a link in the page's language for anyone whose browser does not follow.
 * Hosts that read _redirects answer with a 301 before this page is ever served.
 */
export interface RedirectPage {
	/** Where the page goes in the built site, e.g. "he/returns/old-name/index.html". */
	file: string;
	html: string;
}

export function redirectPages(
	hc: Pick<HelpCenter, 'catalog' | 't' | 'locale' | 'languageAttributes'>,
	moves: readonly ArticleMove[],
	{ base, siteUrl }: { base: string; siteUrl: string },
): RedirectPage[] {
	return hc.catalog.locales.flatMap((locale) =>
		moves.flatMap((move) => {
			const page = hc.catalog.article(locale, move.to);
			if (!page) return [];
			const sitePath = `/${locale}/${move.to}/`;
			const to = withBase(base, sitePath);
			const { dir } = hc.locale(locale);
			const title = page.source.data.title;
			// The title is in the original's language when the article is not translated.
			const titleAttributes = Object.entries(hc.languageAttributes(page.source.locale, locale))
				.map(([name, value]) => ` ${name}="${e(value)}"`)
				.join('');
			const html = `<!doctype html>
<html lang="${e(locale)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=${e(to)}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${e(absoluteUrl(siteUrl, base, sitePath))}">
<title>${e(title)}</title>
</head>
<body>
<p>${e(hc.t(locale)('article.moved'))}</p>
<p><a href="${e(to)}"${titleAttributes}>${e(title)}</a></p>
</body>
</html>
`;
			return [{ file: `${locale}/${move.from}/index.html`, html }];
		}),
	);
}
