import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.gif': 'image/gif',
	'.heic': 'image/heic',
	'.heif': 'image/heif',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.pf_meta': 'application/octet-stream',
};

export function contentType(file: string): string {
	return TYPES[path.extname(file)] ?? 'application/octet-stream';
}

/**
 * Finds the file a static host would serve for a URL path: directories get
 * index.html. Undefined when the path is outside the base or no file exists.
 */
export function resolveStaticFile(dir: string, base: string, pathname: string): string | undefined {
	const inside = insideBase(base, pathname);
	if (inside === undefined) return undefined;
	const candidate = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
	const root = path.resolve(dir);
	const file = path.join(root, candidate);
	if (!isInside(root, file) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return undefined;
	return file;
}

/**
 * Whether `file` lies inside the folder `root`, compared by whole path
 * segments: "/site/dist.bak/x" is not inside "/site/dist".
 */
export function isInside(root: string, file: string): boolean {
	const relative = path.relative(root, file);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The path below the base path ("/help/en/" -> "en/"), or undefined outside it. */
export function insideBase(base: string, pathname: string): string | undefined {
	const prefix = base.replace(/\/?$/, '/');
	return pathname.startsWith(prefix) ? pathname.slice(prefix.length) : undefined;
}

/**
 * Serves a built site like a static host: directories get index.html, and a
 * missing page gets the 404.html of its locale folder (as Cloudflare Pages
 * and the generated Netlify rules do), else the root 404.html.
 */
export function serveStaticFile(dir: string, base: string, request: http.IncomingMessage, response: http.ServerResponse): void {
	let pathname: string;
	try {
		pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
	} catch {
		response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
		return;
	}
	const file = resolveStaticFile(dir, base, pathname);
	if (file) {
		response.writeHead(200, { 'content-type': contentType(file) });
		if (request.method === 'HEAD') response.end();
		else fs.createReadStream(file).pipe(response);
		return;
	}
	const locale = insideBase(base, pathname)?.split('/')[0];
	const root = path.resolve(dir);
	const localized = locale ? path.join(root, locale, '404.html') : undefined;
	const notFound = localized && isInside(root, localized) && fs.existsSync(localized) ? localized : path.join(root, '404.html');
	response.writeHead(404, { 'content-type': TYPES['.html'] as string });
	if (fs.existsSync(notFound)) fs.createReadStream(notFound).pipe(response);
	else response.end('Not found');
}
