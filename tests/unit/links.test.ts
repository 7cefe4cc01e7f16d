import { describe, expect, it } from 'vitest';
import { checkLinks, findLinks, headingIds, type LinkTarget } from '../../src/content/links.js';

const BODY = `Intro with [a link](/en/orders/track-your-order/) and <a href="/en/contact/">contact</a>.

## Where is my **parcel**?

\`\`\`md
[not a link](/en/nowhere/)
\`\`\`

See \`[example](/en/nowhere/)\` and [below](#where-is-my-parcel) or [here](#nothing).
## Où est mon colis ?
<h3 id="custom-anchor">Custom</h3>`;

describe('links in what writers wrote', () => {
	it('are found with their line numbers, leaving code alone', () => {
		expect(findLinks(BODY, 10)).toEqual([
			{ line: 10, target: '/en/orders/track-your-order/' },
			{ line: 10, target: '/en/contact/' },
			{ line: 18, target: '#where-is-my-parcel' },
			{ line: 18, target: '#nothing' },
		]);
	});

	it('know the ids headings get, the way Astro makes them', () => {
		expect([...headingIds(BODY)]).toEqual(['where-is-my-parcel', 'où-est-mon-colis-', 'custom-anchor']);
		expect([...headingIds('## Steps\n## Steps')]).toEqual(['steps', 'steps-1']);
	});

	it('take the ids from Astro’s own rendering, where a heading reads differently from its source', () => {
		// An entity is its character once rendered, and a heading's id comes from what it reads.
		expect([...headingIds('## Sizes &amp; fit\n\n## The `size` chart\n')]).toEqual(['sizes--fit', 'the-size-chart']);
		// In MDX, a component inside a heading adds no text of its own.
		expect([...headingIds('## Returns within <Fact name="returnWindow" /> days\n')]).toEqual(['returns-within--days']);
	});

	it('report links to missing pages and anchors, with what exists', () => {
		const pages: Record<string, LinkTarget> = { '/en/orders/track-your-order/': { kind: 'page', anchors: () => new Set(['tracking-number']) } };
		const resolve = (path: string): LinkTarget => pages[path] ?? { kind: 'missing' };
		const links = [
			{ line: 3, target: '/en/orders/track-your-order/#tracking-number' },
			{ line: 4, target: '/en/orders/track-your-order/#tracking' },
			{ line: 5, target: '/en/orders/trak/' },
			{ line: 6, target: 'orders/track-your-order/' },
			{ line: 7, target: 'https://carrier.example/track' },
			{ line: 8, target: '#top' },
			{ line: 9, target: 'mailto:help@shop.example' },
		];
		expect(checkLinks(links, resolve, () => new Set())).toEqual([
			{
				line: 4,
				message: 'links to "/en/orders/track-your-order/#tracking", but that page has no heading with the id "tracking" (its headings: #tracking-number)',
			},
			{ line: 5, message: 'links to "/en/orders/trak/", which is not a page of this help center' },
			{ line: 6, message: 'links to "orders/track-your-order/": write links to other help pages from the site root, like /en/orders/track-your-order/' },
		]);
	});
});
