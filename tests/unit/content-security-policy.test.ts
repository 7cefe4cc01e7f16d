import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BANNER_SCRIPT } from '../../src/announcements/banner-script.js';
import { contentSecurityPolicy } from '../../src/security/content-security-policy.js';

describe('Content-Security-Policy from the shop settings', () => {
	it('allows only the site itself by default, and WebAssembly for search', () => {
		const csp = contentSecurityPolicy({});
		expect(csp.scriptResources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		// The banner's inline script, which Astro does not hash for us.
		expect(csp.scriptHashes).toEqual([`sha256-${createHash('sha256').update(BANNER_SCRIPT).digest('base64')}`]);
		expect(csp.directives).toEqual([
			"default-src 'self'",
			"connect-src 'self'",
			"img-src 'self' data:",
			'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
			"form-action 'self'",
			"base-uri 'self'",
			"object-src 'none'",
		]);
	});

	it('opens exactly the origins the shop configured: analytics, the form endpoint, the chat widget', () => {
		const csp = contentSecurityPolicy({
			analyticsEndpoint: 'https://stats.example.com/collect',
			contactForm: { target: 'zendesk', endpoint: 'https://example-shop.zendesk.com' },
			channels: { channels: [{ id: 'chat', type: 'chat', widgetScript: 'https://widget.chat.example/loader.js', hours: 'always', responseTime: { minutes: 5 } }] } as never,
		});
		expect(csp.scriptResources).toEqual(["'self'", "'wasm-unsafe-eval'", 'https://widget.chat.example']);
		expect(csp.directives).toContain("connect-src 'self' https://stats.example.com https://example-shop.zendesk.com https://widget.chat.example");
		expect(csp.directives).toContain("form-action 'self' https://example-shop.zendesk.com");
		expect(csp.directives).toContain('frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://widget.chat.example');
		expect(csp.directives.join(';')).not.toContain('unsafe-inline');
	});

	it('lets the Netlify form post to the site itself', () => {
		expect(contentSecurityPolicy({ contactForm: { target: 'netlify' } }).directives).toContain("form-action 'self'");
	});
});
