import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BANNER_SCRIPT } from '../../src/announcements/banner-script.js';
import { MARKET_SCRIPT } from '../../src/markets/market-script.js';
import { contentSecurityPolicy, embedPolicy } from '../../src/security/content-security-policy.js';

describe('Content-Security-Policy from the shop settings', () => {
	it('allows only the site itself by default, and WebAssembly for search', () => {
		const csp = contentSecurityPolicy({});
		expect(csp.scriptResources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		// The banner's and the market's inline scripts, which Astro does not hash for us.
		const hash = (script: string) => `sha256-${createHash('sha256').update(script).digest('base64')}`;
		expect(csp.scriptHashes).toEqual([hash(BANNER_SCRIPT), hash(MARKET_SCRIPT)]);
		expect(csp.directives).toEqual([
			"default-src 'self'",
			"connect-src 'self'",
			"img-src 'self' data:",
			"form-action 'self'",
			"base-uri 'self'",
			"object-src 'none'",
		]);
	});

	it('opens exactly the origins the shop configured for every page: the insights webhook and the form endpoint', () => {
		const csp = contentSecurityPolicy({
			insights: { connect: ['https://stats.example.com'], script: [] },
			contactForm: { target: 'zendesk', endpoint: 'https://example-shop.zendesk.com' },
		});
		expect(csp.scriptResources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(csp.directives).toContain("connect-src 'self' https://stats.example.com https://example-shop.zendesk.com");
		expect(csp.directives).toContain("form-action 'self' https://example-shop.zendesk.com");
		expect(csp.directives.some((directive) => directive.startsWith('frame-src'))).toBe(false);
		expect(csp.directives.join(';')).not.toContain('unsafe-inline');
	});

	it('allows a chat widget and video players only on the pages that embed them', () => {
		const chat = [
			{ id: 'chat', type: 'chat', widgetScript: 'https://widget.chat.example/loader.js', hours: 'always', responseTime: { minutes: 5 } },
			{ id: 'mail', type: 'email', address: 'help@example.com', hours: 'always', responseTime: { hours: 24 } },
		] as never;
		expect(embedPolicy({})).toEqual({ scriptResources: [], directives: [] });
		expect(embedPolicy({ chat })).toEqual({
			scriptResources: ['https://widget.chat.example'],
			directives: ['connect-src https://widget.chat.example', 'img-src https://widget.chat.example', 'frame-src https://widget.chat.example'],
		});
		expect(embedPolicy({ video: true })).toEqual({ scriptResources: [], directives: ['frame-src https://www.youtube-nocookie.com https://player.vimeo.com'] });
	});

	it('lets the Netlify form post to the site itself', () => {
		expect(contentSecurityPolicy({ contactForm: { target: 'netlify' } }).directives).toContain("form-action 'self'");
	});
});
