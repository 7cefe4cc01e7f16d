import { describe, expect, it } from 'vitest';
import { contentLinkTarget, localizeContentLinks } from '../../src/content/content-link.js';

const ORIGINAL = { pageLocale: 'en', contentLocale: 'en' };
const FALLBACK = { pageLocale: 'he', contentLocale: 'en' };

describe('links written in articles', () => {
	it('get the base path', () => {
		expect(contentLinkTarget('/en/orders/track-an-order/', ORIGINAL, '/')).toBe('/en/orders/track-an-order/');
		expect(contentLinkTarget('/en/orders/track-an-order/', ORIGINAL, '/help/')).toBe('/help/en/orders/track-an-order/');
	});

	it("go to the page's own language on a fallback page, anchors kept", () => {
		expect(contentLinkTarget('/en/returns/start-a-return/#steps', FALLBACK, '/help/')).toBe('/help/he/returns/start-a-return/#steps');
		// A link the writer pointed at another language on purpose stays there.
		expect(contentLinkTarget('/ru/returns/', FALLBACK, '/')).toBe('/ru/returns/');
	});

	it('leave other sites, e-mail, anchors and protocol-relative links alone', () => {
		for (const href of ['https://example.com/en/', 'mailto:help@example.com', '#steps', '//cdn.example.com/x']) {
			expect(contentLinkTarget(href, FALLBACK, '/help/')).toBe(href);
		}
	});
});

describe('links in HTML rendered from Markdown', () => {
	it('are all rewritten, with the rest of the HTML untouched', () => {
		const html =
			'<p>See <a href="/en/orders/">orders</a>, <a href="https://example.com/">a shop</a> and <a href="/en/contact/" title="Contact">us</a>.</p>\n<p><a href="#top">Top</a> <span data-href="/en/x/">/en/x/</span></p>';
		expect(localizeContentLinks(html, FALLBACK, '/help/')).toBe(
			'<p>See <a href="/help/he/orders/">orders</a>, <a href="https://example.com/">a shop</a> and <a href="/help/he/contact/" title="Contact">us</a>.</p>\n<p><a href="#top">Top</a> <span data-href="/en/x/">/en/x/</span></p>',
		);
	});
});
