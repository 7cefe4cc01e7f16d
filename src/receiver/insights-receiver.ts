import type http from 'node:http';
import { insightBatchSchema } from '../insights/event-schema.js';
import type { EventStore } from '../insights/event-store.js';
import { sameOriginPost } from './request-origin.js';

/** A batch of 50 events with long queries and comments stays far below this. */
const BODY_LIMIT = 64 * 1024;

/**
 * POST <base>api/insights: a beacon from one of this server's pages with `{"events":[…]}`.
 * Valid batches are stored whole and answered 204; anything else is refused without storing a
 * part of it (400, 403, 413), because half a batch would skew the counts.
 */
export async function receiveInsightsPost(
	request: http.IncomingMessage,
	response: http.ServerResponse,
	{ store, hosts, now }: { store: EventStore; hosts: readonly string[]; now: () => number },
): Promise<void> {
	if (!sameOriginPost(request.headers, hosts)) {
		response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end("Insight events are taken from this help center's own pages only");
		return;
	}
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > BODY_LIMIT) {
			response.writeHead(413, { connection: 'close' }).end();
			request.destroy();
			return;
		}
		chunks.push(chunk);
	}
	let body: unknown;
	try {
		body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
	} catch {
		response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('The body is not JSON');
		return;
	}
	const batch = insightBatchSchema.safeParse(body);
	if (!batch.success) {
		const first = batch.error.issues[0];
		response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(`${first?.path.join('.') || 'body'}: ${first?.message ?? 'is not a batch'}`);
		return;
	}
	store.append(batch.data.events, new Date(now()));
	response.writeHead(204).end();
}
