/** A request body, counted as it arrives: `exceeded()` says whether it went past the limit. */
export interface LimitedBody {
	stream: ReadableStream<Uint8Array>;
	exceeded: () => boolean;
}

/**
 * A body that stops with an error once more than `limit` bytes have arrived. A Content-Length
 * header is checked before reading, but a body sent in chunks declares no length up front:
 * without counting, one post could fill the receiver's memory. Parsers (formData(), json())
 * report the stop as their own error; `exceeded()` tells it from a malformed body.
 */
export function limitedBody(body: ReadableStream<Uint8Array>, limit: number): LimitedBody {
	let received = 0;
	const stream = body.pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, controller) {
				received += chunk.byteLength;
				if (received > limit) controller.error(new Error(`the body is larger than ${limit} bytes`));
				else controller.enqueue(chunk);
			},
		}),
	);
	return { stream, exceeded: () => received > limit };
}

/** The same request with its body limited (see limitedBody), to read with request.formData() or request.json(). */
export function withLimitedBody(request: Request, limit: number): { request: Request; exceeded: () => boolean } {
	if (!request.body) return { request, exceeded: () => false };
	const { stream, exceeded } = limitedBody(request.body, limit);
	// `duplex` is what Node's fetch needs for a streamed body; the DOM's RequestInit type does not list it yet.
	const init = { method: request.method, headers: request.headers, body: stream, duplex: 'half' } as RequestInit;
	return { request: new Request(request.url, init), exceeded };
}
