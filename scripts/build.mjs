// @ts-check
/**
 * `npm run build`: `astro build` with the memory settings a big help center
 * needs. Arguments are passed on (`npm run build -- --verbose`).
 *
 * Measured with `npm run bench -- 500` (3,000 articles), each setting saves
 * about 0.1 to 0.3 GB of peak memory at no cost in time:
 * - Astro bundles with Rolldown, whose memory allocator (mimalloc) keeps freed
 *   memory for a while instead of returning it to the system.
 * - Node's default young generation (the heap's nursery for short-lived
 *   objects) is larger than rendering pages one by one needs.
 * The allocator reads its settings from the environment once, when it is
 * loaded, so Astro runs in a child process. Settings already in the
 * environment win.
 *
 * Plain JavaScript, so it starts with the bare `node` of any supported version.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: {
		MIMALLOC_PURGE_DELAY: '0',
		...process.env,
		NODE_OPTIONS: ['--max-semi-space-size=4', process.env.NODE_OPTIONS].filter(Boolean).join(' '),
	},
});
if (result.error) throw result.error;
process.exitCode = result.status ?? 1;
