import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStaticFile } from '../../src/receiver/static-files.js';

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

/** Serves a built site the way a static host does (see serveStaticFile), on a free port. */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
	const server = http.createServer((request, response) => serveStaticFile(dir, base, request, response));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
