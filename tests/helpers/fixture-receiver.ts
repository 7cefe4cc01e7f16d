import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContactFormSettings } from '../../src/contact/form-config-schema.js';
import type { FormToken } from '../../src/receiver/form-token.js';
import { createTranslator, type Translate } from '../../src/i18n/translator.js';
import { startHelpCenterServer, type RunningServer } from '../../src/receiver/server.js';
import { createSubmissionStore, type SubmissionStore } from '../../src/receiver/submission-store.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { FIXTURE_CONTENT, shopPathsOf } from './build-site.js';
import { contactPageHtml } from './contact-page.js';

export interface FixtureReceiver {
	server: RunningServer;
	store: SubmissionStore;
	settings: ContactFormSettings;
	t: (locale: string) => Translate;
	/** Stops the server and removes the pages and the inbox. */
	close: () => Promise<void>;
}

/**
 * The local receiver of the fixture shop (en, he, ru) without a full build:
 * in `siteDir`, each language's contact page (the form island rendered as the
 * build renders it) and confirmation page, and a 404 page. The fill-time check
 * is on (3 s), judged by `now`, the receiver's clock, which tests move.
 */
export async function startFixtureReceiver({
	siteDir,
	formToken,
	now,
}: {
	siteDir: string;
	formToken: FormToken;
	now: () => number;
}): Promise<FixtureReceiver> {
	const shop = loadShop(shopPathsOf(FIXTURE_CONTENT), { includeDrafts: false });
	const settings: ContactFormSettings = { ...shop.site.contactForm!, minimumFillTime: 3000 };
	const t = createTranslator(shop.ui, shop.site.defaultLocale);
	const locales = shop.site.locales.map((l) => l.code);
	const topics = settings.topics.map((topic) => topic.id).join();
	for (const locale of locales) {
		fs.mkdirSync(path.join(siteDir, locale, 'contact/sent'), { recursive: true });
		fs.writeFileSync(path.join(siteDir, locale, 'contact/index.html'), contactPageHtml({ t, locale, settings, channels: true }).html);
		fs.writeFileSync(
			path.join(siteDir, locale, 'contact/sent/index.html'),
			`<!doctype html><html lang="${locale}"><body><main><h1>Sent</h1><div data-reference hidden><strong data-reference-value></strong></div><p>${topics}</p></main></body></html>`,
		);
	}
	fs.writeFileSync(path.join(siteDir, '404.html'), '<!doctype html><title>Not found</title>');
	const store = createSubmissionStore(fs.mkdtempSync(path.join(os.tmpdir(), 'fixture-inbox-')));
	const server = await startHelpCenterServer({
		siteDir,
		base: '/',
		store,
		formToken,
		contactForm: settings,
		locales,
		defaultLocale: shop.site.defaultLocale,
		t,
		now,
	});
	return {
		server,
		store,
		settings,
		t,
		close: async () => {
			await server.close();
			fs.rmSync(store.dir, { recursive: true, force: true });
			fs.rmSync(siteDir, { recursive: true, force: true });
		},
	};
}
