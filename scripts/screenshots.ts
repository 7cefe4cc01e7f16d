/**
 * README screenshots, taken from the real build of the sample help center:
 * home, an article, search results and the contact form, in English and
 * Hebrew, at phone and desktop widths; and the English contact page for two
 * markets (Czech Republic and United States), as a shopper who chose them sees it.
 *
 *   npm run screenshots               build, then write docs/screenshots/*.jpg
 *   npm run screenshots -- --no-build use the existing tests/.output/screenshots build
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTranslator } from '../src/i18n/translator.js';
import { startHelpCenterServer } from '../src/receiver/server.js';
import { createSubmissionStore } from '../src/receiver/submission-store.js';
import { loadShop } from '../src/shop/load-shop.js';
import { resolveShopPaths } from '../src/shop/paths.js';
import { launchChromium } from '../tests/helpers/browser.js';
import { buildSite, outputRoot, projectRoot } from '../tests/helpers/build-site.js';

const OUT = path.join(projectRoot, 'docs/screenshots');
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
const PAGES = [
	{ name: 'home', path: (l: string) => `/${l}/` },
	{ name: 'article', path: (l: string) => `/${l}/returns/how-to-return-an-item/` },
	{ name: 'search', path: (l: string) => `/${l}/search/?q=${encodeURIComponent(l === 'he' ? 'החזרה' : 'refund')}` },
	{ name: 'contact', path: (l: string) => `/${l}/contact/#contact-form` },
] as const;

const dir = path.join(outputRoot, 'screenshots');
if (!process.argv.includes('--no-build')) {
	const build = buildSite({ name: 'screenshots', content: 'content' });
	if (!build.ok) {
		console.error(build.output);
		process.exit(1);
	}
}
const shop = loadShop(resolveShopPaths(), { includeDrafts: false });
const inbox = fs.mkdtempSync(path.join(os.tmpdir(), 'screenshots-inbox-'));
const server = await startHelpCenterServer({
	siteDir: dir,
	base: '/',
	store: createSubmissionStore(inbox),
	contactForm: shop.site.contactForm,
	locales: shop.site.locales.map((l) => l.code),
	defaultLocale: shop.site.defaultLocale,
	t: createTranslator(shop.ui, shop.site.defaultLocale),
});
const browser = await launchChromium();
fs.mkdirSync(OUT, { recursive: true });
try {
	for (const locale of ['en', 'he']) {
		for (const [device, viewport] of Object.entries(WIDTHS)) {
			const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale, colorScheme: 'light', timezoneId: 'Europe/Prague' });
			const page = await context.newPage();
			for (const { name, path: pathOf } of PAGES) {
				await page.goto(`${server.url}${pathOf(locale)}`, { waitUntil: 'networkidle' });
				if (name === 'search') await page.locator('.hc-results__count').waitFor();
				if (name === 'contact') await page.locator('#contact-form[novalidate]').waitFor();
				const file = path.join(OUT, `${name}-${locale}-${device}.jpg`);
				await page.screenshot({ path: file, type: 'jpeg', quality: 70 });
				console.log(path.relative(projectRoot, file));
			}
			await context.close();
		}
	}
	for (const market of ['cz', 'us']) {
		const context = await browser.newContext({
			viewport: WIDTHS.desktop,
			deviceScaleFactor: 1,
			locale: 'en',
			colorScheme: 'light',
			timezoneId: 'Europe/Prague',
		});
		await context.addInitScript((chosen) => localStorage.setItem('helpcenter:market', chosen), market);
		const page = await context.newPage();
		await page.goto(`${server.url}/en/contact/`, { waitUntil: 'networkidle' });
		const file = path.join(OUT, `contact-market-${market}-en-desktop.jpg`);
		await page.screenshot({ path: file, type: 'jpeg', quality: 70 });
		console.log(path.relative(projectRoot, file));
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
	fs.rmSync(inbox, { recursive: true, force: true });
}
