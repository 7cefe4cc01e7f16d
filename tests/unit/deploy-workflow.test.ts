import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const workflow = parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../.github/workflows/deploy.yml'), 'utf8'));
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
const steps = (job: string): Step[] => workflow.jobs[job].steps;

describe('the GitHub Pages workflow', () => {
	it('tests with the full git history before it builds, and deploys only what was built after the tests passed', () => {
		expect(steps('test').find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
		expect(steps('test').some((s) => s.run === 'bash .ci/run')).toBe(true);
		expect(workflow.jobs.build.needs).toBe('test');
		expect(workflow.jobs.deploy.needs).toBe('build');
		expect(steps('deploy').some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
	});

	it("builds under the repository's base path, as GitHub Pages serves it", () => {
		const build = steps('build').find((s) => s.run === 'npm run build');
		expect(build?.env?.BASE_PATH).toBe('/${{ github.event.repository.name }}/');
		expect(steps('build').find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
	});

	it("builds on the last build's cache, so unchanged pages are copied instead of rendered", () => {
		const build = steps('build');
		const cache = build.findIndex((s) => s.uses?.startsWith('actions/cache') && s.with?.path === 'node_modules/.astro');
		expect(cache).toBeGreaterThan(build.findIndex((s) => s.run?.startsWith('npm install')));
		expect(cache).toBeLessThan(build.findIndex((s) => s.run === 'npm run build'));
		// Each run saves its own cache and starts from the newest one.
		expect(build[cache]?.with?.['key']).toContain('${{ github.sha }}');
		expect(build[cache]?.with?.['restore-keys']).toBeTruthy();
	});
});
