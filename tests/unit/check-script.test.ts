import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.js';
import { copyFixtureShop } from '../helpers/shop-copy.js';

let copy: ReturnType<typeof copyFixtureShop> | undefined;
afterEach(() => copy?.remove());

/** `npm run check`'s first step, on the shop at `content`. */
function check(content: string) {
	const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');
	return spawnSync(tsx, ['scripts/check.ts'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, HELP_CENTER_CONTENT: content, NO_COLOR: '1' } });
}

describe('npm run check', () => {
	it('names every problem the build would stop on, with file and line, without building', () => {
		copy = copyFixtureShop({
			'articles/en/orders/warning.mdx': '---\ntitle: Careful\ndescription: A warning.\n---\n\n<Warnung>Fragile.</Warnung>\n',
			'articles/en/orders/no-title.mdx': '---\ndescription: Where your parcel is.\n---\n\nText.\n',
		});
		const result = check(copy.content);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(
			/content\/articles\/en\/orders\/warning\.mdx: line 6: <Warnung> is not a component of the help center; the components are <Callout>/,
		);
		expect(result.stderr).toMatch(/content\/articles\/en\/orders\/no-title\.mdx: title: is required/);
	});

	it('says so when the shop is valid', () => {
		copy = copyFixtureShop();
		const result = check(copy.content);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/^The shop is valid: \d+ article texts in 4 languages\./);
	});
});
