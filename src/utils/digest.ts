import { createHash } from 'node:crypto';

/**
 * A short digest of values as JSON, for telling whether what a page shows has changed since
 * the last build. Equal values give equal digests; the same data in another property order
 * gives another one, which only costs a page being built again.
 */
export function digestOf(...values: unknown[]): string {
	const hash = createHash('sha256');
	for (const value of values) hash.update(JSON.stringify(value) ?? 'undefined').update('\0');
	return hash.digest('hex').slice(0, 32);
}
