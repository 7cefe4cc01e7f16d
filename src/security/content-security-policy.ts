import { createHash } from 'node:crypto';
import { BANNER_SCRIPT } from '../announcements/banner-script.js';
import type { ChannelsFile } from '../contact/channels-schema.js';
import type { ContactFormSettings } from '../contact/form-config-schema.js';
import { VIDEO_FRAME_ORIGINS } from '../writer/video.js';

/**
 * The Content-Security-Policy of the built site, from what the shop
 * configured: scripts only from the site itself (Astro adds the hashes of its
 * own inline hydration scripts; no 'unsafe-inline'), plus the origins the
 * shop chose for its chat widget, analytics and contact form.
 */
type Directive = 'default-src' | 'connect-src' | 'img-src' | 'frame-src' | 'form-action' | 'base-uri' | 'object-src';

export interface CspSettings {
	/** Sources for script-src besides the hashes Astro computes. */
	scriptResources: string[];
	/** Hashes of inline scripts Astro does not process (the announcement banner's). */
	scriptHashes: `sha256-${string}`[];
	/** The other directives, e.g. "connect-src 'self' https://stats.example". */
	directives: `${Directive} ${string}`[];
}

export interface CspInput {
	analyticsEndpoint?: string | undefined;
	contactForm?: Pick<ContactFormSettings, 'target' | 'endpoint'> | undefined;
	channels?: Pick<ChannelsFile, 'channels'> | undefined;
}

function origin(url: string | undefined): string[] {
	if (!url) return [];
	try {
		return [new URL(url).origin];
	} catch {
		return [];
	}
}

export function contentSecurityPolicy({ analyticsEndpoint, contactForm, channels }: CspInput): CspSettings {
	const chatOrigins = (channels?.channels ?? []).flatMap((channel) => (channel.type === 'chat' ? origin(channel.widgetScript) : []));
	// Only targets that post elsewhere have an endpoint (the form settings' schema makes sure).
	const formOrigin = origin(contactForm?.endpoint);
	const unique = (values: string[]) => [...new Set(values)].join(' ');
	return {
		// Pagefind's search runs as WebAssembly.
		scriptResources: ["'self'", "'wasm-unsafe-eval'", ...new Set(chatOrigins)],
		scriptHashes: [`sha256-${createHash('sha256').update(BANNER_SCRIPT).digest('base64')}`],
		directives: [
			"default-src 'self'",
			`connect-src ${unique(["'self'", ...origin(analyticsEndpoint), ...formOrigin, ...chatOrigins])}`,
			`img-src ${unique(["'self'", 'data:', ...chatOrigins])}`,
			// Videos writers embed play in these frames, once the shopper presses play.
			`frame-src ${unique([...VIDEO_FRAME_ORIGINS, ...chatOrigins])}`,
			`form-action ${unique(["'self'", ...formOrigin])}`,
			"base-uri 'self'",
			"object-src 'none'",
		],
	};
}
