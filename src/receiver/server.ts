import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { LOCAL_ENDPOINT, RELAY_ENDPOINT, type ContactFormSettings } from '../contact/form-config-schema.js';
import type { Translate } from '../i18n/translator.js';
import { receiveContactPost } from './contact-receiver.js';
import type { EventStore } from '../insights/event-store.js';
import { LOCAL_INSIGHTS_ENDPOINT } from '../insights/insights-config.js';
import { receiveInsightsPost } from './insights-receiver.js';
import { handleRelay } from '../relay/relay.js';
import { createFormToken, type FormToken } from './form-token.js';
import { INBOX_HEADERS, inboxPage } from './inbox-page.js';
import { localHosts, sameOriginPost } from './request-origin.js';
import { withFormToken, withReference } from './served-pages.js';
import { contentType, insideBase, resolveStaticFile, serveStaticFile } from './static-files.js';
import type { SubmissionStore } from './submission-store.js';

export interface HelpCenterServerOptions {
	/** The built site. */
	siteDir: string;
	base: string;
	store: SubmissionStore;
	/** Dates the contact pages this server hands out (see form-token.ts); by default with a key for this run only. */
	formToken?: FormToken;
	/** Where insight events are kept when site.yaml has insights: { target: local }; without it, none are taken. */
	insights?: EventStore | undefined;
	/** The shop's contact form; without one the server only serves files. */
	contactForm?: ContactFormSettings | undefined;
	locales: readonly string[];
	defaultLocale: string;
	t: (locale: string) => Translate;
	port?: number;
	host?: string;
	/** Other host names the server is reached by, e.g. behind a proxy ("help.example.com"). */
	extraHosts?: readonly string[];
	now?: () => number;
}

export interface RunningServer {
	url: string;
	close(): Promise<void>;
}

/**
 * Serves the built help center like a static host, plus the local contact
 * form receiver: POST <base>api/contact stores a message, GET
 * <base>api/contact/inbox/ lists what arrived; and the local insights
 * receiver: POST <base>api/insights stores a batch of events; and, for the
 * relay target, the contact relay at <base>api/contact-relay with the help
 * desk's key from this process's environment (see relay/relay.ts).
 */
export async function startHelpCenterServer(options: HelpCenterServerOptions): Promise<RunningServer> {
	const { siteDir, base, store, locales } = options;
	const host = options.host ?? '127.0.0.1';
	let hosts: string[] = [];
	const now = () => options.now?.() ?? Date.now();
	const formToken = options.formToken ?? createFormToken(crypto.randomBytes(32));
	const server = http.createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const inside = insideBase(base, url.pathname);
		if (options.contactForm && inside !== undefined && inside.replace(/\/$/, '') === LOCAL_ENDPOINT && request.method === 'POST') {
			receiveContactPost(request, response, { ...options, formToken, hosts, settings: options.contactForm }).catch((error: unknown) => {
				console.error(error);
				if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('The receiver failed');
			});
			return;
		}
		if (options.contactForm?.target === 'relay' && inside?.replace(/\/$/, '') === RELAY_ENDPOINT) {
			relayNodeRequest(request, response, url, hosts).catch((error: unknown) => {
				console.error(error);
				if (!response.headersSent) response.writeHead(500).end();
			});
			return;
		}
		if (options.insights && inside === LOCAL_INSIGHTS_ENDPOINT && request.method === 'POST') {
			receiveInsightsPost(request, response, { store: options.insights, hosts, now }).catch((error: unknown) => {
				console.error(error);
				if (!response.headersSent) response.writeHead(500).end();
			});
			return;
		}
		if (inside === `${LOCAL_ENDPOINT}/inbox/` && request.method === 'GET') {
			const photoUrl = (reference: string, stored: string) => `${base.replace(/\/?$/, '/')}${LOCAL_ENDPOINT}/photos/${reference}/${stored}`;
			response.writeHead(200, INBOX_HEADERS).end(inboxPage(store.read(), photoUrl));
			return;
		}
		const photo = inside?.match(new RegExp(`^${LOCAL_ENDPOINT}/photos/([^/]+)/([^/]+)$`));
		if (photo) {
			const file = store.photoPath(photo[1] ?? '', photo[2] ?? '');
			if (!file) response.writeHead(404).end();
			else fs.createReadStream(file).pipe(response.writeHead(200, { ...INBOX_HEADERS, 'content-type': contentType(file) }));
			return;
		}
		const page = /^([a-z-]+)\/contact\/(sent\/)?$/i.exec(inside ?? '');
		if (page && locales.includes(page[1] ?? '') && request.method === 'GET') {
			const file = resolveStaticFile(siteDir, base, url.pathname);
			if (file) {
				const html = fs.readFileSync(file, 'utf8');
				const filled = page[2] ? withReference(html, url.searchParams.get('ref') ?? '') : withFormToken(html, formToken.issue(now()));
				// Each contact page carries its own token: a cached copy would carry an old one.
				response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(filled);
				return;
			}
		}
		serveStaticFile(siteDir, base, request, response);
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
	const { port } = server.address() as AddressInfo;
	hosts = localHosts(host, port, options.extraHosts);
	return {
		url: `http://${host}:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/**
 * The relay's web-standard handler, on Node's request and response. The body is passed on as it
 * arrives: the relay counts it and stops past its limit, as it does on a serverless host.
 */
async function relayNodeRequest(request: http.IncomingMessage, response: http.ServerResponse, url: URL, hosts: readonly string[]): Promise<void> {
	// Trying the relay out with `npm start`: without CONTACT_RELAY_ORIGIN, this server's own pages may use it.
	const ownOrigin = request.headers.origin && sameOriginPost(request.headers, hosts) ? request.headers.origin : `http://${hosts[0]}`;
	const env = process.env.CONTACT_RELAY_ORIGIN ? process.env : { ...process.env, CONTACT_RELAY_ORIGIN: ownOrigin };
	const headers = new Headers();
	for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
	const method = request.method ?? 'GET';
	const body = method === 'GET' || method === 'HEAD' ? {} : { body: Readable.toWeb(request) as ReadableStream<Uint8Array>, duplex: 'half' };
	const answer = await handleRelay(new Request(url, { method, headers, ...body } as RequestInit), env);
	response.writeHead(answer.status, Object.fromEntries(answer.headers));
	response.end(Buffer.from(await answer.arrayBuffer()));
}
