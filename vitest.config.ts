import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Names the run, so test files share the sites built during it (see sharedBuild).
		globalSetup: ['tests/global-setup.ts'],
		// Build and browser tests build real sites; give them room on a 2-core machine.
		testTimeout: 120_000,
		hookTimeout: 300_000,
		// Build tests each own an output folder; running files one at a time keeps peak memory low.
		fileParallelism: false,
		// One worker for all files, reused: starting one per file cost 12 to 15 s a run. Tests keep no
		// module state between files (every shop is built or loaded by the test that uses it).
		isolate: false,
		// expect.poll waits for a state, not a time: the default second is too short on a busy
		// 2-core machine (a results page loads Pagefind's index before it can say "no results").
		expect: { poll: { timeout: 20_000, interval: 100 } },
	},
});
