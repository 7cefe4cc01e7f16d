import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import { buildSite } from './build-site.js';
import { serveStatic, type StaticServer } from './static-server.js';

export interface FixtureSite {
	readonly browser: Browser;
	readonly url: string;
}

/**
 * Builds the fixture shop (en, he, ru) once for a test file, serves it like a
 * static host and starts Chromium; both are closed after the file's tests.
 */
export function useFixtureSite(name: string): FixtureSite {
	let browser: Browser | undefined;
	let server: StaticServer | undefined;
	beforeAll(async () => {
		const build = buildSite({ name, content: 'tests/fixtures/shop/content' });
		if (!build.ok) throw new Error(build.output);
		server = await serveStatic(build.dir);
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
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
	};
}
