import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Build and browser tests build real sites; give them room on a 2-core machine.
		testTimeout: 120_000,
		hookTimeout: 300_000,
		// Build tests each own an output folder; running files one at a time keeps peak memory low.
		fileParallelism: false,
	},
});
