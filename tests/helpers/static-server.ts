import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

/**
 * Serves a built site like a static host: directories get index.html, and a
 * missing page gets the 404.html of its locale folder (as Cloudflare Pages
 * and the generated Netlify rules do), else the root 404.html.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
	const prefix = base.replace(/\/?$/, '/');
	const server = http.createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const inside = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : undefined;
		const candidate = inside === undefined ? undefined : inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
		const file = candidate && path.join(dir, candidate);
		if (file && file.startsWith(dir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
			response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
			fs.createReadStream(file).pipe(response);
			return;
		}
		const locale = inside?.split('/')[0];
		const localized = locale ? path.join(dir, locale, '404.html') : undefined;
		const notFound = localized && fs.existsSync(localized) ? localized : path.join(dir, '404.html');
		response.writeHead(404, { 'content-type': TYPES['.html'] as string });
		if (fs.existsSync(notFound)) fs.createReadStream(notFound).pipe(response);
		else response.end('Not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
