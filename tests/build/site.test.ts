import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PreparedSearch } from '../../src/search/prepared-search.js';
import {
	buildSite,
	listFiles,
	projectRoot,
	readPage,
	resolveUrl,
	sharedBuild,
	shownText,
	structuredDataOf,
	uiStrings,
	type BuildResult,
} from '../helpers/build-site.js';

// The fixture shop: en (default), he (RTL), ru, ar (RTL, nothing translated). "orders/track-an-order" is translated
// into he; "returns/start-a-return" into ru; everything else falls back to English.
const FIXTURE = 'tests/fixtures/shop/content';
const SITE = 'https://help.fixture.example';
let root: BuildResult;
let sub: BuildResult;

beforeAll(() => {
	root = sharedBuild(FIXTURE);
	if (!root.ok) throw new Error(root.output);
	sub = buildSite({ name: 'fixture-base', content: FIXTURE, base: '/help/' });
	if (!sub.ok) throw new Error(sub.output);
});

const page = (file: string) => readPage(root.dir, file);
const attr = (doc: Document, selector: string, name: string) => doc.querySelector(selector)?.getAttribute(name);
const alternates = (doc: Document) =>
	Object.fromEntries([...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));

describe('pages of every locale', () => {
	it('builds home, category, article and 404 pages in each locale, skipping empty categories', () => {
		const files = listFiles(root.dir);
		for (const locale of ['en', 'he', 'ru']) {
			expect(files).toContain(`${locale}/index.html`);
			expect(files).toContain(`${locale}/404.html`);
			expect(files).toContain(`${locale}/orders/index.html`);
			expect(files).toContain(`${locale}/orders/track-an-order/index.html`);
			expect(files).toContain(`${locale}/returns/start-a-return/index.html`);
			expect(files).not.toContain(`${locale}/account/index.html`);
		}
		expect(files).toContain('index.html');
		expect(files).toContain('404.html');
	});

	it('sets lang and dir from the locale', () => {
		expect([attr(page('he/index.html'), 'html', 'lang'), attr(page('he/index.html'), 'html', 'dir')]).toEqual(['he', 'rtl']);
		expect([attr(page('ru/orders/index.html'), 'html', 'lang'), attr(page('ru/orders/index.html'), 'html', 'dir')]).toEqual(['ru', 'ltr']);
		expect(attr(page('en/orders/track-an-order/index.html'), 'html', 'dir')).toBe('ltr');
	});

	it('gives each page one h1, a skip link to main, and header and footer landmarks', () => {
		for (const file of ['en/index.html', 'he/orders/index.html', 'ru/orders/track-an-order/index.html', 'he/404.html']) {
			const doc = page(file);
			expect(doc.querySelectorAll('h1'), file).toHaveLength(1);
			expect(attr(doc, 'a.hc-skip-link', 'href'), file).toBe('#main');
			expect(doc.querySelector('main#main'), file).not.toBeNull();
			expect(doc.querySelector('header'), file).not.toBeNull();
			expect(doc.querySelector('footer'), file).not.toBeNull();
		}
	});

	it('loads no script file on home, category and article pages: islands wait for interaction', () => {
		for (const file of ['he/index.html', 'ru/orders/index.html', 'en/returns/start-a-return/index.html']) {
			const doc = page(file);
			expect(doc.querySelectorAll('script[src], link[rel="modulepreload"], link[rel="preload"][as="script"]'), file).toHaveLength(0);
			// The search box, and on articles the "was this helpful?" question, hydrate on interaction only.
			const islands = [...doc.querySelectorAll('astro-island')].map((island) => island.getAttribute('client'));
			expect(islands, file).toEqual(file.split('/').length === 4 ? ['interaction', 'interaction'] : ['interaction']);
			// The search box is a working form before any script runs.
			expect(attr(doc, 'form[role="search"]', 'action'), file).toBe(`/${file.split('/')[0]}/search/`);
			expect(attr(doc, 'form[role="search"] input', 'name'), file).toBe('q');
		}
	});

	it('shows categories with localized article counts and featured articles on the home page', () => {
		const doc = page('ru/index.html');
		const topics = [...doc.querySelectorAll('.hc-topic')].map((t) => [t.querySelector('h3')?.textContent, t.querySelector('.hc-topic__count')?.textContent]);
		expect(topics).toEqual([
			['Заказы', '2 статьи'],
			['Возврат', '1 статья'],
		]);
		expect([...doc.querySelectorAll('#featured ~ ul a')].map((a) => a.getAttribute('href'))).toEqual(['/ru/orders/track-an-order/']);
	});

	it('shows breadcrumbs, a localized updated date and the other articles of the category', () => {
		const doc = page('ru/returns/start-a-return/index.html');
		expect([...doc.querySelectorAll('.hc-breadcrumbs li')].map((li) => li.textContent)).toEqual(
			['Help Center', 'Возврат', 'Как оформить возврат?'].map((s, i) => (i === 0 ? expect.any(String) : s)),
		);
		expect(attr(doc, '.hc-breadcrumbs [aria-current="page"]', 'aria-current')).toBe('page');
		const time = doc.querySelector('.hc-article__meta time');
		expect(time?.getAttribute('datetime')).toBe('2026-08-25');
		expect(time?.textContent).toBe('25 августа 2026 г.');
		const orders = page('he/orders/track-an-order/index.html');
		expect([...orders.querySelectorAll('.hc-related a')].map((a) => a.getAttribute('href'))).toEqual(['/he/orders/cancel-an-order/']);
	});
});

describe('long articles', () => {
	const cancel = () => page('en/orders/cancel-an-order/index.html');
	const sections = ['before-it-leaves-the-warehouse', 'once-it-has-left', 'if-the-courier-has-not-collected-it-yet', 'change-an-order-instead'];

	it('list their sections on the page, each link leading to a heading of the text', () => {
		const doc = cancel();
		const toc = doc.querySelector('nav.hc-toc');
		expect(toc?.getAttribute('aria-label')).toBe(uiStrings('en').article.toc);
		expect(toc?.querySelector('summary')?.textContent).toBe(uiStrings('en').article.toc);
		const targets = [...(toc?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
		expect(targets).toEqual(sections.map((id) => `#${id}`));
		for (const id of sections) expect(doc.querySelector(`.hc-prose #${id}`)?.tagName).toMatch(/^H[23]$/);
		// The courier is a part of "Once it has left".
		expect(toc?.querySelector('li li a')?.textContent).toBe('If the courier has not collected it yet');
		// Two sections are not worth a table of contents.
		expect(page('en/orders/track-an-order/index.html').querySelector('.hc-toc')).toBeNull();
	});

	it('give each section heading a link to share, named for screen readers, in MDX and plain Markdown alike', () => {
		const links = [...cancel().querySelectorAll('.hc-heading > .hc-anchor')];
		expect(links.map((a) => a.getAttribute('href'))).toEqual(sections.map((id) => `#${id}`));
		expect(links[1]?.getAttribute('aria-label')).toBe('Link to the section “Once it has left”');
		// The heading reads as its own text; the link stands beside it.
		expect(cancel().querySelector('#once-it-has-left')?.textContent).toBe('Once it has left');
		const plain = page('en/orders/track-an-order/index.html').querySelector('.hc-heading > .hc-anchor');
		expect(plain?.getAttribute('href')).toBe('#no-news-after-three-days');
		expect(plain?.getAttribute('aria-label')).toBe('Link to the section “No news after three days”');
	});

	it('in another language keep the page language for what the page says and mark the original headings', () => {
		const doc = page('he/orders/cancel-an-order/index.html');
		expect(doc.querySelector('.hc-toc summary')?.textContent).toBe(uiStrings('he').article.toc);
		expect([attr(doc, '.hc-toc ol', 'lang'), attr(doc, '.hc-toc ol', 'dir')]).toEqual(['en', 'ltr']);
		expect(attr(doc, '.hc-anchor', 'aria-label')).toBe(uiStrings('he').article.sectionLink.replace('{{section}}', 'Before it leaves the warehouse'));
	});

	it('show the related articles the writer listed, from other categories, in the page language', () => {
		const related = (doc: Document) => doc.querySelector('section[aria-labelledby="related-articles"]');
		expect(related(cancel())?.querySelector('h2')?.textContent).toBe('Related articles');
		expect([...(related(cancel())?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual(['/en/returns/start-a-return/']);
		// In Russian the related article is translated; in Hebrew it is the English original, marked so.
		expect(related(page('ru/orders/cancel-an-order/index.html'))?.querySelector('a')?.textContent?.trim()).toBe('Как оформить возврат?');
		const hebrew = related(page('he/orders/cancel-an-order/index.html'));
		expect(hebrew?.querySelector('h2')?.textContent).toBe(uiStrings('he').article.related);
		expect(hebrew?.querySelector('li')?.getAttribute('lang')).toBe('en');
	});
});

describe('untranslated articles', () => {
	const fallback = () => page('he/orders/cancel-an-order/index.html');

	it('are served in the locale, with the original text marked as English in a Hebrew page', () => {
		const doc = fallback();
		expect(attr(doc, 'html', 'lang')).toBe('he');
		expect(attr(doc, 'html', 'dir')).toBe('rtl');
		expect(attr(doc, 'main', 'lang')).toBe('en');
		expect(attr(doc, 'main', 'dir')).toBe('ltr');
		expect(doc.querySelector('h1')?.textContent).toBe('Can I cancel my order?');
	});

	it('carry a notice in the locale language naming the original language', () => {
		const notice = fallback().querySelector('.hc-notice');
		expect(notice?.getAttribute('lang')).toBe('he');
		expect(notice?.textContent).toContain('אנגלית');
		expect(page('he/orders/track-an-order/index.html').querySelector('.hc-notice')).toBeNull();
		expect(page('en/orders/cancel-an-order/index.html').querySelector('.hc-notice')).toBeNull();
	});

	it('point search engines at the original and are not announced as translations', () => {
		expect(attr(fallback(), 'link[rel="canonical"]', 'href')).toBe(`${SITE}/en/orders/cancel-an-order/`);
		expect(alternates(fallback())).toEqual({});
		// The original does not list the fallbacks either.
		expect(alternates(page('en/orders/cancel-an-order/index.html'))).toEqual({
			en: `${SITE}/en/orders/cancel-an-order/`,
			'x-default': `${SITE}/en/orders/cancel-an-order/`,
		});
	});

	it('send links inside the original text to pages of the same locale', () => {
		const links = (doc: Document) => [...doc.querySelectorAll('.hc-prose a:not(.hc-anchor)')].map((a) => a.getAttribute('href'));
		// An MDX text (it states a policy fact) ...
		expect(links(page('he/returns/start-a-return/index.html'))).toEqual(['/he/orders/track-an-order/#top']);
		// ... and a plain-Markdown one, rendered without MDX's link component, at the root and under a base path.
		expect(links(page('ru/orders/track-an-order/index.html'))).toEqual(['/ru/returns/start-a-return/']);
		expect(links(readPage(sub.dir, 'ru/orders/track-an-order/index.html'))).toEqual(['/help/ru/returns/start-a-return/']);
	});

	it('are compiled as MDX only when they use it: plain Markdown is rendered without a JavaScript module', () => {
		const modules = fs.readFileSync(path.join(projectRoot, '.astro/content-modules.mjs'), 'utf8');
		expect(modules).toContain('articles/en/orders/cancel-an-order.mdx');
		expect(modules).toContain('articles/ru/returns/start-a-return.mdx');
		expect(modules).not.toContain('articles/en/orders/track-an-order.mdx');
	});
});

describe('components for writers', () => {
	it('render callouts, steps, a video placeholder and a contact button in the page language', () => {
		const doc = page('en/orders/cancel-an-order/index.html');
		expect(doc.querySelector('.hc-callout--warning .hc-callout__label')?.textContent).toBe('Warning');
		expect(doc.querySelectorAll('.hc-steps > ol > li')).toHaveLength(2);
		// Nothing from the video host until play: a link to the video, no frame, no thumbnail.
		expect(doc.querySelector('.hc-video iframe, .hc-video img')).toBeNull();
		expect(doc.querySelector('.hc-video__note a')?.getAttribute('href')).toBe('https://www.youtube.com/watch?v=aqz-KE-bpKQ');
		expect(doc.querySelector('.hc-contact-button a')?.getAttribute('href')).toBe('/en/contact/');
		// On the Hebrew page showing this English article, the button leads to the Hebrew contact page.
		expect(page('he/orders/cancel-an-order/index.html').querySelector('.hc-contact-button a')?.getAttribute('href')).toBe('/he/contact/');
	});
});

describe('policy facts in articles', () => {
	it('are stated in the language of the text, from the same YAML as the policy pages', () => {
		// As a browser without JavaScript shows them: the page's market's value of a fact that differs by market.
		const facts = (file: string) => [...page(file).querySelectorAll('.hc-prose .hc-fact')].map(shownText);
		expect(facts('en/returns/start-a-return/index.html')).toEqual(['30 days', '14 days']);
		expect(facts('ru/returns/start-a-return/index.html')).toEqual(['30 дней']);
		// A Hebrew page showing the English original states the facts in English, like the text around them, for Israel.
		expect(facts('he/returns/start-a-return/index.html')).toEqual(['14 days', '14 days']);
	});
});

describe('search engines', () => {
	it('get a self canonical and hreflang alternates with x-default on translated pages', () => {
		const doc = page('he/orders/track-an-order/index.html');
		expect(attr(doc, 'link[rel="canonical"]', 'href')).toBe(`${SITE}/he/orders/track-an-order/`);
		expect(alternates(doc)).toEqual({
			en: `${SITE}/en/orders/track-an-order/`,
			he: `${SITE}/he/orders/track-an-order/`,
			'x-default': `${SITE}/en/orders/track-an-order/`,
		});
		expect(alternates(page('ru/index.html'))).toEqual({
			en: `${SITE}/en/`,
			he: `${SITE}/he/`,
			ru: `${SITE}/ru/`,
			ar: `${SITE}/ar/`,
			'x-default': `${SITE}/en/`,
		});
	});

	it('get a sitemap of real pages with hreflang alternates, and a robots.txt pointing at it', () => {
		const sitemap = fs.readFileSync(path.join(sub.dir, 'sitemap.xml'), 'utf8');
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		expect(locs).toContain(`${SITE}/help/he/orders/track-an-order/`);
		expect(locs).toContain(`${SITE}/help/ru/returns/start-a-return/`);
		// Fallbacks are not listed: their canonical is the original.
		expect(locs).not.toContain(`${SITE}/help/he/orders/cancel-an-order/`);
		expect(locs.filter((l) => l?.includes('/404'))).toEqual([]);
		expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${SITE}/help/en/orders/track-an-order/"/>`);
		expect(fs.readFileSync(path.join(root.dir, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`);
		// Under /help/ the host's root robots.txt is not the help center's: the build prints the line to add instead.
		expect(fs.existsSync(path.join(sub.dir, 'robots.txt'))).toBe(false);
		expect(sub.output).toContain(`add this line to robots.txt at the root of the host, where crawlers read it:\n  Sitemap: ${SITE}/help/sitemap.xml`);
	});

	it('get Open Graph tags and JSON-LD Article and BreadcrumbList on article pages', () => {
		const doc = page('he/orders/track-an-order/index.html');
		const og = Object.fromEntries([...doc.querySelectorAll('meta[property^="og:"]')].map((m) => [m.getAttribute('property'), m.getAttribute('content')]));
		expect(og).toMatchObject({ 'og:type': 'article', 'og:url': `${SITE}/he/orders/track-an-order/`, 'og:locale': 'he_IL', 'og:locale:alternate': 'en_US' });
		const data = structuredDataOf(doc);
		const article = data.find((d) => d['@type'] === 'Article');
		expect(article).toMatchObject({ inLanguage: 'he', url: `${SITE}/he/orders/track-an-order/`, publisher: { name: 'Fixture Outfitters' } });
		expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const trail = data.find((d) => d['@type'] === 'BreadcrumbList');
		expect(trail.itemListElement.map((i: { item: string }) => i.item)).toEqual([`${SITE}/he/`, `${SITE}/he/orders/`, `${SITE}/he/orders/track-an-order/`]);
		// A fallback page describes the original's text and points at it.
		const fallback = structuredDataOf(page('he/orders/cancel-an-order/index.html'));
		expect(fallback.find((d) => d['@type'] === 'Article')).toMatchObject({ inLanguage: 'en', url: `${SITE}/en/orders/cancel-an-order/` });
	});

	it('get a JSON-LD FAQPage on category pages: the questions listed in the page language, answered by their descriptions', () => {
		const faq = (file: string) => structuredDataOf(page(file)).find((d) => d['@type'] === 'FAQPage');
		expect(faq('en/orders/index.html').mainEntity).toEqual([
			{
				'@type': 'Question',
				name: 'How do I track my order?',
				url: `${SITE}/en/orders/track-an-order/`,
				acceptedAnswer: { '@type': 'Answer', text: 'Follow your parcel from our warehouse to your door.', url: `${SITE}/en/orders/track-an-order/` },
			},
			expect.objectContaining({
				name: 'Can I cancel my order?',
				acceptedAnswer: expect.objectContaining({ text: 'Cancel an order before it leaves the warehouse.' }),
			}),
		]);
		// The English article listed on the Hebrew page is not a Hebrew answer.
		expect(faq('he/orders/index.html').mainEntity.map((q: { name: string }) => q.name)).toEqual(['איך עוקבים אחר ההזמנה שלי?']);
		// Every article on the Russian orders page is an English fallback: no Russian questions to describe.
		expect(page('ru/orders/index.html').querySelectorAll('.hc-article-list li')).toHaveLength(2);
		expect(faq('ru/orders/index.html')).toBeUndefined();
	});

	it('are told not to index 404 pages', () => {
		expect(attr(page('ru/404.html'), 'meta[name="robots"]', 'content')).toBe('noindex');
		expect(page('ru/404.html').querySelector('link[rel="canonical"]')).toBeNull();
	});
});

describe('language switcher', () => {
	it('lands on the same article in every other language, marking fallbacks', () => {
		const links = [...page('ru/orders/track-an-order/index.html').querySelectorAll('.hc-lang a')];
		expect(links.map((a) => [a.getAttribute('hreflang'), a.getAttribute('href'), Boolean(a.querySelector('.hc-lang__note'))])).toEqual([
			['en', '/en/orders/track-an-order/', false],
			['he', '/he/orders/track-an-order/', false],
			['ru', '/ru/orders/track-an-order/', true],
			['ar', '/ar/orders/track-an-order/', true],
		]);
		expect(links[2]?.getAttribute('aria-current')).toBe('true');
		expect(links[1]?.getAttribute('lang')).toBe('he');
	});

	it('works without JavaScript (a disclosure of plain links) and on category pages', () => {
		const doc = page('he/returns/index.html');
		expect(doc.querySelector('details.hc-lang summary')).not.toBeNull();
		expect([...doc.querySelectorAll('.hc-lang a')].map((a) => a.getAttribute('href'))).toEqual([
			'/en/returns/',
			'/he/returns/',
			'/ru/returns/',
			'/ar/returns/',
		]);
	});
});

describe('entry and error pages', () => {
	it('"/" lists every language as a plain link and picks one with a script', () => {
		const doc = page('index.html');
		expect([...doc.querySelectorAll('.hc-picker a')].map((a) => [a.getAttribute('href'), a.getAttribute('lang')])).toEqual([
			['/en/', 'en'],
			['/he/', 'he'],
			['/ru/', 'ru'],
			['/ar/', 'ar'],
		]);
		expect(doc.querySelector('script')?.textContent).toContain('location.replace');
	});

	it('has a localized 404 per locale and host rules that serve it', () => {
		expect(page('he/404.html').querySelector('h1')?.textContent).toBe(uiStrings('he').notFound.title);
		expect(fs.readFileSync(path.join(root.dir, '_redirects'), 'utf8')).toContain('/he/*  /he/404.html  404');
		expect(fs.readFileSync(path.join(sub.dir, '_redirects'), 'utf8')).toContain('/help/he/*  /help/he/404.html  404');
	});

	it('come with a _headers file: security headers everywhere, a year of caching for hashed files only', () => {
		const headers = fs.readFileSync(path.join(sub.dir, '_headers'), 'utf8');
		const rules = Object.fromEntries(
			headers
				.split(/\n(?=\/)/)
				.filter((block) => block.startsWith('/'))
				.map((block) => {
					const [pathLine = '', ...lines] = block.trim().split('\n');
					return [pathLine.trim(), lines.map((l) => l.trim())];
				}),
		);
		expect(rules['/help/*']).toEqual(expect.arrayContaining(['X-Content-Type-Options: nosniff', "Content-Security-Policy: frame-ancestors 'none'"]));
		expect(rules['/help/_astro/*']).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
		expect(rules['/help/pagefind/he/pagefind-entry.json']).toEqual(['Cache-Control: public, max-age=0, must-revalidate']);
		// Each language has its own search bundle, with its own rules.
		expect(rules['/help/pagefind/ar/index/*']).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
		// Every file the year-long rules cover has a content hash in its name.
		const assets = listFiles(path.join(sub.dir, '_astro'));
		expect(assets.length).toBeGreaterThan(0);
		for (const file of assets) expect(file).toMatch(/\.[A-Za-z0-9_-]{8}\.(js|css)$/);
	});
});

describe('contact page', () => {
	it("lists the channels in the order the page's market prefers, with working links", () => {
		// What a browser without JavaScript shows: the variant of the page language's market.
		const channels = (file: string) => [...page(file).querySelectorAll('[data-market-default] .hc-channel')].map((li) => li.id);
		expect(channels('he/contact/index.html')).toEqual(['channel-whatsapp', 'channel-email']);
		expect(channels('en/contact/index.html')).toEqual(['channel-email', 'channel-phone', 'channel-chat']);
		// Every other market's list is there too, hidden until the shopper's market is known, with ids of its own.
		const other = page('en/contact/index.html').querySelector('.hc-market-variant[data-markets="il"]:not([data-market-default])');
		expect([...(other?.querySelectorAll('.hc-channel') ?? [])].map((li) => li.id)).toEqual(['channel-whatsapp--il', 'channel-email--il']);
		const doc = page('en/contact/index.html');
		expect(attr(doc, '#channel-email a', 'href')).toBe('mailto:help@fixture.example');
		expect(attr(doc, '#channel-phone a', 'href')).toBe('tel:+420530331870');
		expect(attr(page('he/contact/index.html'), '#channel-whatsapp a', 'href')).toBe('https://wa.me/9723555014' + '2');
		// The chat widget is a button; its script is not on the page.
		expect(doc.querySelector('#channel-chat button')?.textContent).toBe('Start a chat');
		expect(doc.querySelectorAll('script[src]')).toHaveLength(0);
	});

	it("shows hours and response times in the shopper's language", () => {
		const doc = page('ru/contact/index.html');
		expect(doc.querySelector('#channel-phone .hc-hours')?.textContent).toContain('пн–пт');
		expect(doc.querySelector('#channel-email dd')?.textContent).toBe('Круглосуточно, без выходных');
		expect(doc.querySelector('#channel-email .hc-channel__reply')?.textContent).toBe('Обычное время ответа: 24 часа');
	});

	it('describes the contact points for search engines', () => {
		const [data] = structuredDataOf(page('en/contact/index.html'));
		expect(data['@type']).toBe('Organization');
		// One point per market and channel: the market's countries are the area it serves.
		expect(data.contactPoint).toEqual([
			expect.objectContaining({ '@type': 'ContactPoint', email: 'help@fixture.example', availableLanguage: ['en', 'he', 'ru'], areaServed: ['CZ'] }),
			expect.objectContaining({
				telephone: '+420 530 331 870',
				areaServed: ['CZ'],
				hoursAvailable: [
					{ '@type': 'OpeningHoursSpecification', dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '08:00', closes: '18:00' },
					{ '@type': 'OpeningHoursSpecification', dayOfWeek: ['Saturday'], opens: '09:00', closes: '12:00' },
				],
			}),
			expect.objectContaining({ url: 'https://wa.me/97235550142', areaServed: ['IL'] }),
			expect.objectContaining({ email: 'help@fixture.example', areaServed: ['IL'] }),
		]);
	});

	it('is linked from the footer of every page', () => {
		expect(attr(page('he/orders/index.html'), '.hc-footer a[href="/he/contact/"]', 'href')).toBe('/he/contact/');
	});
});

describe('markets', () => {
	it("start each language's pages on its market, with a Ship to form that works without JavaScript", () => {
		expect(attr(page('en/orders/index.html'), 'html', 'data-market')).toBe('cz');
		expect(attr(page('he/orders/index.html'), 'html', 'data-market')).toBe('il');
		// Russian is spoken in Israel, but not first: Russian pages start on the default market.
		expect(attr(page('ru/orders/index.html'), 'html', 'data-market')).toBe('cz');
		const doc = page('he/orders/index.html');
		const form = doc.querySelector('form.hc-market');
		expect(form?.getAttribute('action')).toBe('/he/markets/');
		expect([...doc.querySelectorAll('#hc-market-select option')].map((o) => [o.getAttribute('value'), o.hasAttribute('selected')])).toEqual([
			['il', true],
			['cz', false],
		]);
		expect(doc.querySelector('#hc-market-select option[value="cz"]')?.textContent).toBe('צ׳כיה');
		// Every page links every market's table, for readers without JavaScript and for anyone comparing.
		expect(doc.querySelector('.hc-footer a[href="/he/markets/"]')?.textContent).toBe(uiStrings('he').market.everyCountry);
		expect(attr(readPage(sub.dir, 'en/orders/index.html'), 'form.hc-market', 'action')).toBe('/help/en/markets/');
	});

	it('have a table per market in every language: languages, currency, holidays, channels, delivery and returns', () => {
		const doc = page('en/markets/index.html');
		expect([...doc.querySelectorAll('.hc-market-index a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
			['Czechia', '#market-cz'],
			['Israel', '#market-il'],
		]);
		const israel = doc.querySelector('#market-il');
		expect(israel?.querySelector('h2')?.textContent).toBe('Israel');
		expect(israel?.querySelector('.hc-market-facts')?.textContent).toContain('Hebrew, English, and Russian');
		expect(israel?.querySelector('.hc-market-facts')?.textContent).toContain('Euro (EUR)');
		expect([...(israel?.querySelectorAll('.hc-channel') ?? [])].map((li) => li.id)).toEqual(['channel-whatsapp--in-il', 'channel-email--in-il']);
		// The tables list the market's own rows only.
		expect(israel?.querySelector('.hc-policy-table tbody th')?.textContent).toBe('Israel');
		expect(doc.querySelector('#market-cz .hc-market-facts')?.textContent).toContain('Czech Koruna (CZK)');
		expect(listFiles(root.dir)).toEqual(expect.arrayContaining(['he/markets/index.html', 'ru/markets/index.html', 'ar/markets/index.html']));
	});

	it("state each market's import duties and customs time, in a table and as facts", () => {
		const doc = page('en/shipping/index.html');
		const table = [...doc.querySelectorAll('.hc-policy-table')].find((t) => t.querySelector('caption')?.textContent === 'Import duties and customs by country');
		expect([...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
			['Czechia', 'None', 'None'],
			['Israel', 'Paid by you on deliveryOrders worth up to $75 pass without duties.The carrier adds a customs clearance fee of ₪35.', '2–4 business days'],
		]);
		const variants = (name: string) =>
			[...doc.querySelectorAll('.hc-fact')]
				.filter((fact) => fact.querySelector('.hc-market-variant'))
				.map((fact) => [...fact.querySelectorAll('.hc-market-variant')].map((v) => `${v.getAttribute('data-markets')}: ${v.textContent}`))
				.find((texts) => texts.some((text) => text.includes(name)));
		expect(variants('customs union')).toEqual([
			'cz: No import duties or taxes: your order stays within the customs union.',
			"il: Your country's customs charges import duties and taxes, which you pay to the carrier on delivery. Orders worth up to $75 pass without duties. The carrier adds a customs clearance fee of ₪35.",
		]);
		expect(variants('Customs adds')).toEqual(['cz: Customs adds no time to the delivery.', 'il: Customs adds 2–4 business days to the delivery time.']);
	});

	it("state each market's ways to pay in a table and as facts, and name them in structured data", () => {
		const doc = page('en/payments/index.html');
		expect(doc.querySelector('h1')?.textContent).toBe('Paying for your order');
		const tables = [...doc.querySelectorAll('.hc-market-variant')].filter((v) => v.querySelector('.hc-policy-table'));
		const rows = (variant: Element) =>
			[...variant.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.replace(/\u00a0/g, ' ')));
		expect(tables.map((v) => [v.getAttribute('data-markets'), v.hasAttribute('data-pagefind-ignore')])).toEqual([
			['cz', false],
			['il', true],
		]);
		expect(rows(tables[0]!)).toEqual([
			['Credit or debit cardVisa and Mastercard', 'None', 'When your order ships; until then the amount is only reserved'],
			['Bank transferUse the order number as the payment reference.', 'None', 'Within 5 days of ordering; we ship when the money arrives'],
			['Cash on delivery', 'CZK 39', 'To the courier when your parcel arrives'],
		]);
		expect(rows(tables[1]!)).toEqual([
			['Credit or debit cardVisa and Mastercard', 'None', 'When your order ships; until then the amount is only reserved'],
			['PayPal', 'None', 'When your order ships; until then the amount is only reserved'],
			['Pay later with KlarnaFor orders up to €500', 'None', 'To Klarna, within 14 days after your order ships'],
		]);
		// Each table says whose it is and links every market's terms.
		expect(tables[1]?.querySelector('.hc-market-note')?.textContent).toContain('Showing the details for Israel.');
		const methodsFact = [...doc.querySelectorAll('.hc-fact')].find((fact) => fact.querySelector('.hc-market-variant')?.textContent?.includes('Bank transfer'));
		expect([...(methodsFact?.querySelectorAll('.hc-market-variant') ?? [])].map((v) => v.textContent)).toEqual([
			'Credit or debit card, Bank transfer, and Cash on delivery',
			'Credit or debit card, PayPal, and Pay later with Klarna',
		]);
		expect(doc.querySelector('.hc-prose')?.textContent).toContain('When you order, we only reserve the amount on your card, PayPal or wallet');
		expect(doc.querySelector('.hc-prose')?.textContent).toContain('Bank transfers are due within 5 days.');
		const organization = structuredDataOf(doc).find((item) => item['@type'] === 'Organization');
		expect(organization?.acceptedPaymentMethod).toEqual([
			{ '@type': 'PaymentCard', name: 'Visa' },
			{ '@type': 'PaymentCard', name: 'Mastercard' },
			{ '@type': 'PaymentMethod', name: 'PayPal' },
			{ '@type': 'PaymentMethod', name: 'Bank transfer', paymentMethodType: 'https://schema.org/ByBankTransferInAdvance' },
			{ '@type': 'PaymentMethod', name: 'Pay later with Klarna', paymentMethodType: 'https://schema.org/ByInvoice' },
			{ '@type': 'PaymentMethod', name: 'Cash on delivery', paymentMethodType: 'https://schema.org/COD' },
		]);
		// Every market's table lists its ways to pay.
		const markets = page('en/markets/index.html');
		expect(markets.querySelector('#market-il .hc-market-facts')?.textContent).toContain('Ways to payCredit or debit card, PayPal, and Pay later with Klarna');
		// Hebrew has no payments text of its own: the page shows the English one, marked as such.
		const hebrew = page('he/payments/index.html');
		expect(attr(hebrew, 'html', 'lang')).toBe('he');
		expect(attr(hebrew, 'main', 'lang')).toBe('en');
		expect(hebrew.querySelector('.hc-policy-table caption')?.textContent).toBe('Ways to pay');
	});

	it('state a fact that differs by country once per market, indexing only the default', () => {
		const doc = page('en/returns/index.html');
		const fact = [...doc.querySelectorAll('.hc-fact')].find((el) => el.querySelector('.hc-market-variant'));
		const variants = [...(fact?.querySelectorAll('.hc-market-variant') ?? [])].map((v) => [
			v.getAttribute('data-markets'),
			v.textContent,
			v.hasAttribute('data-pagefind-ignore'),
		]);
		expect(variants).toEqual([
			['cz', '30 days', false],
			['il', '14 days', true],
		]);
	});

	it('run one small inline script, the same on every page, allowed by its hash, and fetch their table only to guess', () => {
		const scripts = (file: string) => [...page(file).querySelectorAll('head script:not([type])')].map((s) => s.textContent);
		const [script] = scripts('en/orders/index.html');
		expect(script).toContain('helpcenter:market');
		expect(scripts('he/returns/index.html')).toEqual([script]);
		expect(attr(page('en/orders/index.html'), 'html', 'data-market-ids')).toBe('cz il');
		expect(attr(readPage(sub.dir, 'en/orders/index.html'), 'html', 'data-market-table')).toBe('/help/markets.json');
		expect(JSON.parse(fs.readFileSync(path.join(root.dir, 'markets.json'), 'utf8'))).toEqual({
			markets: ['cz', 'il'],
			countries: { CZ: 'cz', IL: 'il' },
			timeZones: { 'Europe/Prague': 'cz', 'Asia/Jerusalem': 'il' },
			firstCountry: { cz: 'CZ', il: 'IL' },
		});
		const policy = page('en/orders/index.html').querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
		const hash = createHash('sha256')
			.update(script ?? '')
			.digest('base64');
		expect(policy).toContain(`'sha256-${hash}'`);
	});
});

describe('internal links', () => {
	for (const [label, build, base] of [
		['at the root', () => root, '/'],
		['under the base path /help/', () => sub, '/help/'],
	] as const) {
		it(`all resolve to built files ${label}`, () => {
			const { dir } = build();
			const broken: string[] = [];
			let checked = 0;
			for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
				const doc = readPage(dir, file);
				for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src]')) {
					const url = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
					if (/^([a-z][a-z0-9+.-]*:|#)/i.test(url)) continue;
					checked++;
					if (!resolveUrl(dir, base, url)) broken.push(`${file} -> ${url}`);
				}
			}
			expect(broken).toEqual([]);
			expect(checked).toBeGreaterThan(100);
		});
	}

	it('use the base path for pages, styles and icons, and in canonical URLs', () => {
		const doc = readPage(sub.dir, 'he/orders/track-an-order/index.html');
		expect(attr(doc, '.hc-brand', 'href')).toBe('/help/he/');
		const styles = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href') ?? '');
		expect(styles.some((href) => href.startsWith('/help/_astro/'))).toBe(true);
		expect(styles.every((href) => href.startsWith('/help/'))).toBe(true);
		expect(styles.some((href) => /^\/help\/theme\/shop\.[\da-f]{10}\.css$/.test(href) && resolveUrl(sub.dir, '/help/', href))).toBe(true);
		expect(attr(doc, 'link[rel="icon"]', 'href')).toBe('/help/favicon.svg');
		expect(attr(doc, 'link[rel="canonical"]', 'href')).toBe(`${SITE}/help/he/orders/track-an-order/`);
		const english = readPage(sub.dir, 'en/orders/track-an-order/index.html');
		expect([...english.querySelectorAll('.hc-prose a:not(.hc-anchor)')].map((a) => a.getAttribute('href'))).toEqual(['/help/en/returns/start-a-return/']);
	});
});

describe('the Content-Security-Policy of each page', () => {
	const policy = (file: string) => attr(page(file), 'meta[http-equiv="content-security-policy"]', 'content') ?? '';
	const frameSources = (file: string) =>
		policy(file)
			.split(';')
			.find((directive) => directive.trim().startsWith('frame-src')) ?? '';

	it('allows the chat widget on the contact pages only', () => {
		expect(policy('en/contact/index.html')).toMatch(/script-src[^;]*https:\/\/chat\.fixture\.example/);
		for (const file of ['en/index.html', 'he/orders/track-an-order/index.html', 'en/search/index.html', 'en/returns/index.html']) {
			expect(policy(file), file).not.toContain('chat.fixture.example');
		}
	});

	it('needs no inline style for a code block: the policy would block it, and the block would widen the page', () => {
		const doc = page('he/orders/track-an-order/index.html');
		expect(doc.querySelector('.hc-prose pre code')?.textContent).toBe('IL 1234 5678 9\n');
		expect([...doc.querySelectorAll('[style]')].map((element) => element.outerHTML.slice(0, 80))).toEqual([]);
	});

	it('allows video players only on pages whose text has a video, the fallback copy included', () => {
		expect(frameSources('en/orders/cancel-an-order/index.html')).toContain('https://www.youtube-nocookie.com');
		expect(frameSources('he/orders/cancel-an-order/index.html')).toContain('https://www.youtube-nocookie.com');
		for (const file of ['en/orders/track-an-order/index.html', 'en/index.html', 'en/contact/index.html']) {
			expect(frameSources(file), file).not.toContain('youtube');
		}
	});
});

describe("the shop's brand (theme in site.yaml)", () => {
	it('shows the logo in the header with the shop name as its text, sized so the header does not move', () => {
		for (const locale of ['en', 'he']) {
			const logo = page(`${locale}/index.html`).querySelector('.hc-brand img');
			expect(logo?.getAttribute('src')).toBe('/logo.svg');
			expect(logo?.getAttribute('alt')).toBe('Fixture Outfitters');
			expect([logo?.getAttribute('width'), logo?.getAttribute('height')]).toEqual(['120', '32']);
		}
		expect(listFiles(root.dir)).toContain('logo.svg');
	});

	it("loads the accent colours and content/theme.css in one stylesheet, outside the engine's layer so it wins", () => {
		const doc = page('en/orders/track-an-order/index.html');
		const href = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href') ?? '').find((h) => h.startsWith('/theme/')) ?? '';
		const css = fs.readFileSync(path.join(root.dir, href), 'utf8');
		expect(css).toContain('--hc-accent:#1f6f43');
		expect(css).toContain('border-block-end: 3px solid var(--hc-accent);');
		const engineCss = [...doc.querySelectorAll('link[rel="stylesheet"]')]
			.map((link) => link.getAttribute('href') ?? '')
			.filter((h) => h.startsWith('/_astro/'));
		for (const file of engineCss) expect(fs.readFileSync(path.join(root.dir, file), 'utf8').trimStart()).toMatch(/^@layer hc\{/);
	});
});

describe('results pages', () => {
	/** Pagefind page ids of a language: its fragment files, "he_3f4ac59". */
	const indexedPages = (dir: string, lang: string) =>
		listFiles(path.join(dir, `pagefind/${lang}/fragment`))
			.filter((file) => file.startsWith(`${lang}_`))
			.map((file) => file.replace(/\.pf_fragment$/, ''))
			.sort();
	const prepared = (doc: Document) => JSON.parse(doc.querySelector('script[data-prepared-search]')?.textContent ?? '{}') as PreparedSearch;

	for (const [label, build, base] of [
		['at the root', () => root, '/'],
		['under the base path /help/', () => sub, '/help/'],
	] as const) {
		it(`preload the search files of their own language ${label}`, () => {
			const { dir } = build();
			for (const lang of ['en', 'he']) {
				const doc = readPage(dir, `${lang}/search/index.html`);
				const fetched = [...doc.querySelectorAll('head link[rel="preload"][as="fetch"]')];
				// Without crossorigin, the browser would not hand the preloaded files to Pagefind's fetch().
				expect(fetched.every((link) => link.hasAttribute('crossorigin'))).toBe(true);
				const hrefs = fetched.map((link) => link.getAttribute('href'));
				expect(hrefs).toEqual([
					`${base}pagefind/${lang}/pagefind-entry.json?ts=${prepared(doc).cacheTag}`,
					expect.stringMatching(new RegExp(`^${base}pagefind/${lang}/pagefind\\.${lang}_[\\da-f]+\\.pf_meta$`)),
					// Pagefind stems English; Hebrew uses its generic WebAssembly.
					`${base}pagefind/${lang}/wasm.${lang === 'en' ? 'en' : 'unknown'}.pagefind`,
				]);
				expect(attr(doc, 'head link[rel="modulepreload"]', 'href')).toBe(`${base}pagefind/${lang}/pagefind.js`);
			}
		});
	}

	it("list every page of their language's index once, under its category's title in that language", () => {
		for (const [lang, orders] of [
			['en', 'Orders'],
			['he', 'הזמנות'],
			// Arabic has no title of its own: the English one stands in.
			['ar', 'Orders'],
		] as const) {
			const { categories } = prepared(page(`${lang}/search/index.html`));
			expect(Object.values(categories).flat().sort(), lang).toEqual(indexedPages(root.dir, lang));
			// The orders topic page lists the same articles the index files under its title.
			const listed = page(`${lang}/orders/index.html`).querySelectorAll('main .hc-article-list a').length;
			expect(categories[orders], lang).toHaveLength(listed);
		}
	});

	it("carry their language's index summary, which the bundle also holds for every page's search box", () => {
		for (const lang of ['en', 'he', 'ru', 'ar']) {
			const { pageCount, commonWords } = prepared(page(`${lang}/search/index.html`));
			const summary = { pageCount, commonWords };
			const file = JSON.parse(fs.readFileSync(path.join(root.dir, `pagefind/${lang}/index-summary.json`), 'utf8'));
			// The fixture is too small for any word to be common.
			expect(summary, lang).toEqual({ pageCount: indexedPages(root.dir, lang).length, commonWords: [] });
			expect(file, lang).toEqual(summary);
		}
	});

	it('link the topics, not every article, for shoppers without JavaScript', () => {
		const noscript = page('he/search/index.html').querySelector('main noscript')?.innerHTML ?? '';
		expect(noscript).toContain('href="/he/orders/"');
		expect(noscript).not.toContain('href="/he/orders/track-an-order/"');
	});
});
