import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';
import { startHelpCenterServer, type RunningServer } from '../../src/receiver/server.js';
import { createSubmissionStore, type SubmissionStore } from '../../src/receiver/submission-store.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { launchChromium } from './browser.js';
import { FIXTURE_CONTENT, sharedBuild, shopPathsOf } from './build-site.js';
import { serveStatic, type StaticServer } from './static-server.js';

export interface FixtureSite {
	readonly browser: Browser;
	readonly url: string;
	/** The local receiver's store, when the site runs with it. */
	readonly store: SubmissionStore;
}

export interface FixtureOptions {
	/** Serve with the local contact form receiver (as `npm start` does) instead of as plain static files. */
	receiver?: boolean;
	/** Another shop's content folder, e.g. the sample shop's `content`. */
	content?: string;
}

/**
 * Serves the fixture shop (en, he, ru, ar), or the shop in `content`, built once per test run
 * (sharedBuild), like a static host (or with the local receiver) and starts Chromium for a
 * test file; both are closed after the file's tests.
 */
export function useFixtureSite(name: string, { receiver = false, content = FIXTURE_CONTENT }: FixtureOptions = {}): FixtureSite {
	let browser: Browser | undefined;
	let server: StaticServer | RunningServer | undefined;
	let store: SubmissionStore | undefined;
	beforeAll(async () => {
		const build = sharedBuild(content);
		if (!build.ok) throw new Error(build.output);
		if (receiver) {
			const shop = loadShop(shopPathsOf(content), { includeDrafts: false });
			store = createSubmissionStore(fs.mkdtempSync(path.join(os.tmpdir(), `${name}-inbox-`)));
			server = await startHelpCenterServer({
				siteDir: build.dir,
				base: '/',
				store,
				contactForm: shop.site.contactForm,
				locales: shop.site.locales.map((l) => l.code),
				defaultLocale: shop.site.defaultLocale,
				t: createTranslator(shop.ui, shop.site.defaultLocale),
			});
		} else {
			server = await serveStatic(build.dir);
		}
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
		if (store) fs.rmSync(store.dir, { recursive: true, force: true });
	});
	return {
		get browser() {
			if (!browser) throw new Error('The fixture site is not started yet');
			return browser;
		},
		get url() {
			if (!server) throw new Error('The fixture site is not started yet');
			return server.url;
		},
		get store() {
			if (!store) throw new Error('This fixture site runs without the local receiver');
			return store;
		},
	};
}

/** The fixture shop's insights webhook (content/site.yaml). */
export const FIXTURE_INSIGHTS_URL = 'https://stats.fixture.example/collect';

/** The insight batches a browser context sends to the fixture shop's webhook, answered as a webhook would. */
export async function collectInsightBeacons(context: BrowserContext): Promise<{ events: Record<string, unknown>[] }[]> {
	const beacons: { events: Record<string, unknown>[] }[] = [];
	await context.route(FIXTURE_INSIGHTS_URL, async (route) => {
		beacons.push(JSON.parse(route.request().postData() ?? 'null'));
		await route.fulfill({ status: 204 });
	});
	return beacons;
}
