import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * When a contact page was served, by the receiver's own clock. The receiver
 * writes a token into each contact page it serves; the form posts it back, so
 * "sent faster than a person types" is judged on the server's clock, never on
 * the browser's (which can be wrong, and which a bot controls). The token is
 * signed, so a bot cannot claim its page was opened long ago.
 */
export interface FormToken {
	issue(now: number): string;
	/** Milliseconds since the token was issued; undefined when it was not issued with this key. */
	age(token: string, now: number): number | undefined;
}

export function createFormToken(key: Uint8Array): FormToken {
	const sign = (issued: string) => crypto.createHmac('sha256', key).update(issued).digest('base64url');
	return {
		issue(now) {
			const issued = String(Math.floor(now));
			return `${issued}.${sign(issued)}`;
		},
		age(token, now) {
			const match = /^(\d{1,16})\.([\w-]{43})$/.exec(token);
			if (!match) return undefined;
			const [, issued = '', signature = ''] = match;
			const expected = Buffer.from(sign(issued));
			if (!crypto.timingSafeEqual(expected, Buffer.from(signature))) return undefined;
			return now - Number(issued);
		},
	};
}

/**
 * The signing key, kept next to the inbox so that pages served before a
 * restart still carry valid tokens. Created on first use, readable only by
 * the receiver's user.
 */
export function readOrCreateKey(file: string): Uint8Array {
	try {
		const key = fs.readFileSync(file);
		if (key.byteLength >= 32) return key;
	} catch {
		// No key yet: make one below.
	}
	fs.mkdirSync(path.dirname(file), { recursive: true });
	const key = crypto.randomBytes(32);
	fs.writeFileSync(file, key, { mode: 0o600 });
	return key;
}
