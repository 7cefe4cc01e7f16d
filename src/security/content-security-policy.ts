import { createHash } from 'node:crypto';
import { BANNER_SCRIPT } from '../announcements/banner-script.js';
import { MARKET_SCRIPT } from '../markets/market-script.js';
import type { ChannelsFile } from '../contact/channels-schema.js';
import type { ContactFormSettings } from '../contact/form-config-schema.js';
import { VIDEO_FRAME_ORIGINS } from '../writer/video.js';

/**
 * The Content-Security-Policy of the built site, from what the shop
 * configured: scripts only from the site itself (Astro adds the hashes of its
 * own inline hydration scripts; no 'unsafe-inline'), plus the origins the
 * shop chose for analytics and the contact form. What only some pages embed
 * (a chat widget, a video player) is allowed on those pages alone, by
 * embedPolicy: a page without a video cannot be made to frame anything.
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
	/** What insight events need (site.yaml insights, resolved): the target's origin to connect to, and GA4's script origin. */
	insights?: { connect: string[]; script: string[] } | undefined;
	contactForm?: Pick<ContactFormSettings, 'target' | 'endpoint'> | undefined;
}

function origin(url: string | undefined): string[] {
	if (!url) return [];
	try {
		return [new URL(url).origin];
	} catch {
		return [];
	}
}

export function contentSecurityPolicy({ insights, contactForm }: CspInput): CspSettings {
	// Only targets that post elsewhere have an endpoint (the form settings' schema makes sure).
	const formOrigin = origin(contactForm?.endpoint);
	return {
		// Pagefind's search runs as WebAssembly.
		scriptResources: ["'self'", "'wasm-unsafe-eval'", ...(insights?.script ?? [])],
		scriptHashes: [BANNER_SCRIPT, MARKET_SCRIPT].map((script) => `sha256-${createHash('sha256').update(script).digest('base64')}` as const),
		directives: [
			"default-src 'self'",
			`connect-src ${unique(["'self'", ...(insights?.connect ?? []), ...formOrigin])}`,
			"img-src 'self' data:",
			`form-action ${unique(["'self'", ...formOrigin])}`,
			"base-uri 'self'",
			"object-src 'none'",
		],
	};
}

/** What one page adds to the site's policy for what it embeds. */
export interface EmbedPolicy {
	scriptResources: string[];
	directives: `${Directive} ${string}`[];
}

export interface PageEmbeds {
	/** The page's text plays a video (the Video component). */
	video?: boolean;
	/** The chat channels listed on the page, whose widget scripts it loads. */
	chat?: Pick<ChannelsFile, 'channels'>['channels'];
}

/** The origins a page needs for its embeds; Astro merges them into that page's policy. */
export function embedPolicy({ video = false, chat = [] }: PageEmbeds): EmbedPolicy {
	const chatOrigins = [...new Set(chat.flatMap((channel) => (channel.type === 'chat' ? origin(channel.widgetScript) : [])))];
	const frames = [...(video ? VIDEO_FRAME_ORIGINS : []), ...chatOrigins];
	return {
		scriptResources: chatOrigins,
		directives: [
			...(chatOrigins.length > 0 ? [`connect-src ${unique(chatOrigins)}` as const, `img-src ${unique(chatOrigins)}` as const] : []),
			...(frames.length > 0 ? [`frame-src ${unique(frames)}` as const] : []),
		],
	};
}

const unique = (values: readonly string[]) => [...new Set(values)].join(' ');
