import type http from 'node:http';

/**
 * Whether a post comes from a page of this server. Browsers name the page's
 * origin in `Origin` (or, failing that, `Referer`); a form on another site
 * that posts here names its own. The Host must also be one this server
 * answers for, so a rebinding DNS name cannot pass for it.
 */
export function sameOriginPost(headers: http.IncomingHttpHeaders, hosts: readonly string[]): boolean {
	const host = headers.host?.toLowerCase();
	if (!host || !hosts.includes(host)) return false;
	const origin = headers.origin || (headers.referer ? originOf(headers.referer) : undefined);
	if (!origin || origin === 'null') return false;
	return hostOf(origin) === host;
}

/** The host names (with port) a server listening on `host`:`port` is reached by on this machine. */
export function localHosts(host: string, port: number, extra: readonly string[] = []): string[] {
	const names = new Set([host, 'localhost', '127.0.0.1', '[::1]'].map((name) => `${name.includes(':') && !name.startsWith('[') ? `[${name}]` : name}:${port}`));
	for (const name of extra) names.add(name.trim().toLowerCase());
	return [...names].map((name) => name.toLowerCase());
}

function originOf(url: string): string | undefined {
	try {
		return new URL(url).origin;
	} catch {
		return undefined;
	}
}

function hostOf(origin: string): string | undefined {
	try {
		return new URL(origin).host.toLowerCase();
	} catch {
		return undefined;
	}
}
