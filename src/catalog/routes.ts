/** The kinds of page a locale has; every URL in the site is built from one of these. */
export type RouteRef =
	| { type: 'home' }
	| { type: 'category'; category: string }
	| { type: 'article'; category: string; slug: string }
	| { type: 'search' }
	| { type: 'contact' }
	| { type: 'contactSent' }
	/** Every market's channels, hours, currency and terms: the no-JavaScript side of "Ship to". */
	| { type: 'markets' }
	/** The returns or shipping policy; shares its address with a category of the same id. */
	| { type: 'policy'; page: string }
	| { type: 'notFound' };

/** Site-relative path of a page, without the base path: "/he/returns/how-to-return-an-item/". */
export function routePath(locale: string, route: RouteRef): string {
	switch (route.type) {
		case 'home':
			return `/${locale}/`;
		case 'category':
			return `/${locale}/${route.category}/`;
		case 'article':
			return `/${locale}/${route.category}/${route.slug}/`;
		case 'search':
			return `/${locale}/search/`;
		case 'contact':
			return `/${locale}/contact/`;
		case 'contactSent':
			return `/${locale}/contact/sent/`;
		case 'markets':
			return `/${locale}/markets/`;
		case 'policy':
			return `/${locale}/${route.page}/`;
		case 'notFound':
			return `/${locale}/404.html`;
	}
}

/**
 * Puts a site-relative path under the base path the site is served from.
 * `withBase("/help/", "/en/")` is "/help/en/"; with base "/" it is unchanged.
 */
export function withBase(base: string, sitePath: string): string {
	const trimmedBase = base.replace(/\/+$/, '');
	const trimmedPath = sitePath.startsWith('/') ? sitePath : `/${sitePath}`;
	return `${trimmedBase}${trimmedPath}`;
}

/** Absolute URL of a page for canonical and hreflang links. */
export function absoluteUrl(siteUrl: string, base: string, sitePath: string): string {
	return new URL(withBase(base, sitePath), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** True for links a writer points at another page of this help center: "/en/orders/...". */
export function isSiteLink(href: string): boolean {
	return href.startsWith('/') && !href.startsWith('//');
}
