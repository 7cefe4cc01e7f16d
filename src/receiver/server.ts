import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseHTML } from 'linkedom';
import { LOCAL_ENDPOINT, type ContactFormSettings } from '../contact/form-config-schema.js';
import type { Translate } from '../i18n/translator.js';
import { receiveContactPost } from './contact-receiver.js';
import { inboxPage } from './inbox-page.js';
import { contentType, insideBase, resolveStaticFile, serveStaticFile } from './static-files.js';
import type { SubmissionStore } from './submission-store.js';

export interface HelpCenterServerOptions {
	/** The built site. */
	siteDir: string;
	base: string;
	store: SubmissionStore;
	/** The shop's contact form; without one the server only serves files. */
	contactForm?: ContactFormSettings | undefined;
	locales: readonly string[];
	defaultLocale: string;
	t: (locale: string) => Translate;
	port?: number;
	host?: string;
	now?: () => number;
}

export interface RunningServer {
	url: string;
	close(): Promise<void>;
}

/**
 * Serves the built help center like a static host, plus the local contact
 * form receiver: POST <base>api/contact stores a message, GET
 * <base>api/contact/inbox/ lists what arrived.
 */
export async function startHelpCenterServer(options: HelpCenterServerOptions): Promise<RunningServer> {
	const { siteDir, base, store } = options;
	const server = http.createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const inside = insideBase(base, url.pathname);
		if (options.contactForm && inside !== undefined && inside.replace(/\/$/, '') === LOCAL_ENDPOINT && request.method === 'POST') {
			receiveContactPost(request, response, { ...options, settings: options.contactForm }).catch((error: unknown) => {
				console.error(error);
				if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('The receiver failed');
			});
			return;
		}
		if (inside === `${LOCAL_ENDPOINT}/inbox/` && request.method === 'GET') {
			const photoUrl = (reference: string, stored: string) => `${base.replace(/\/?$/, '/')}${LOCAL_ENDPOINT}/photos/${reference}/${stored}`;
			response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(inboxPage(store.list(), photoUrl));
			return;
		}
		const photo = inside?.match(new RegExp(`^${LOCAL_ENDPOINT}/photos/([^/]+)/([^/]+)$`));
		if (photo) {
			const file = store.photoPath(photo[1] ?? '', photo[2] ?? '');
			if (!file) response.writeHead(404).end();
			else fs.createReadStream(file).pipe(response.writeHead(200, { 'content-type': contentType(file), 'x-content-type-options': 'nosniff' }));
			return;
		}
		const reference = url.searchParams.get('ref');
		if (reference && /^[a-z-]+\/contact\/sent\/$/i.test(inside ?? '')) {
			const file = resolveStaticFile(siteDir, base, url.pathname);
			if (file) {
				response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(withReference(fs.readFileSync(file, 'utf8'), reference));
				return;
			}
		}
		serveStaticFile(siteDir, base, request, response);
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://${options.host ?? '127.0.0.1'}:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** The confirmation page with its reference number filled in, for browsers without JavaScript. */
function withReference(html: string, reference: string): string {
	const { document } = parseHTML(html);
	const holder = document.querySelector('[data-reference]');
	const value = holder?.querySelector('[data-reference-value]');
	if (!holder || !value) return html;
	value.textContent = reference;
	holder.removeAttribute('hidden');
	return document.toString();
}
