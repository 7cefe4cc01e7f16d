import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Names this `vitest run`: a site built for it is reused by every test file of the run, and rebuilt by the next run. */
		testRun: string;
	}
}

export default function setup(project: TestProject): void {
	project.provide('testRun', `${process.pid}-${Date.now()}`);
}
