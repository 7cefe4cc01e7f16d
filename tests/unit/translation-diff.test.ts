import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.js';
import { copyFixtureShop } from '../helpers/shop-copy.js';

describe('npm run i18n:status', () => {
	it('shows, for an outdated translation, what changed in its original since it was translated', () => {
		const copy = copyFixtureShop({}, 'hc-i18n-');
		try {
			const commitAt = (when: string, message: string) => {
				const env = { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when };
				execFileSync('git', ['add', '-A'], { cwd: copy.root });
				execFileSync('git', ['-c', 'user.email=w@example.com', '-c', 'user.name=W', 'commit', '-qm', message], { cwd: copy.root, env });
			};
			execFileSync('git', ['init', '-q'], { cwd: copy.root });
			commitAt('2026-10-01T10:00:00Z', 'The shop, with the Russian translation');
			const original = path.join(copy.content, 'articles/en/returns/start-a-return.mdx');
			fs.writeFileSync(original, fs.readFileSync(original, 'utf8').replace('print the label', 'print the label, or show the QR code at the drop-off point'));
			commitAt('2026-11-01T10:00:00Z', 'Returns: QR codes');

			const result = spawnSync(path.join(projectRoot, 'node_modules/.bin/tsx'), [path.join(projectRoot, 'scripts/i18n-status.ts')], {
				cwd: copy.root,
				encoding: 'utf8',
				env: { ...process.env, HELP_CENTER_CONTENT: '', NO_COLOR: '1' },
			});
			expect(result.status, result.stderr).toBe(0);
			expect(result.stdout).toContain(
				'content/articles/ru/returns/start-a-return.mdx: its original content/articles/en/returns/start-a-return.mdx changed since 2026-10-01:',
			);
			expect(result.stdout).toContain('  -description: Register a return online and print the label.');
			expect(result.stdout).toContain('  +description: Register a return online and print the label, or show the QR code at the drop-off point.');
		} finally {
			copy.remove();
		}
	});
});
