/** Marks the site's search input in the header, so the results page can put its query back in it. */
export const SITE_SEARCH_ATTRIBUTE = 'data-site-search';
