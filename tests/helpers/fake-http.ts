import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as a fake server received it. */
export interface ReceivedRequest {
	method: string;
	/** Path and query, e.g. "/api/v2/uploads.json?filename=a.jpg". */
	path: string;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

export interface FakeAnswer {
	status: number;
	/** Sent as JSON; a string is sent as it is. */
	body?: unknown;
	headers?: Record<string, string>;
}

/**
 * A stand-in for a third-party API on localhost (a help desk, an analytics product): it records
 * every request and answers as `answer` decides, which is where a test states what the real API
 * would accept or refuse.
 */
export function fakeHttpServer(answer: (request: ReceivedRequest) => FakeAnswer) {
	const received: ReceivedRequest[] = [];
	const server = http.createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const entry = { method: request.method ?? '', path: request.url ?? '/', headers: request.headers, body: Buffer.concat(chunks) };
			received.push(entry);
			const { status, body, headers } = answer(entry);
			response
				.writeHead(status, { 'content-type': 'application/json', ...headers })
				.end(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body));
		});
	});
	return {
		received,
		start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
		stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

/** A received body as JSON, or undefined when it is not JSON. */
export function jsonOf(request: ReceivedRequest | undefined): unknown {
	try {
		return JSON.parse(request?.body.toString('utf8') ?? '');
	} catch {
		return undefined;
	}
}
