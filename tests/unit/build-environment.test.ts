import { describe, expect, it } from 'vitest';
import { buildEnvironment } from '../../scripts/build-environment.mjs';

describe("npm run build's environment", () => {
	it('makes the bundler return freed memory and keeps the young generation small', () => {
		const env = buildEnvironment({ PATH: '/usr/bin', BASE_PATH: '/help/' });
		expect(env).toMatchObject({ PATH: '/usr/bin', BASE_PATH: '/help/', MIMALLOC_PURGE_DELAY: '0', NODE_OPTIONS: '--max-semi-space-size=4' });
	});

	it("keeps the operator's own settings, which win", () => {
		const env = buildEnvironment({ MIMALLOC_PURGE_DELAY: '100', NODE_OPTIONS: '--max-semi-space-size=16 --enable-source-maps' });
		expect(env.MIMALLOC_PURGE_DELAY).toBe('100');
		expect(env.NODE_OPTIONS).toBe('--max-semi-space-size=4 --max-semi-space-size=16 --enable-source-maps');
	});
});
