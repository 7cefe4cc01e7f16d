// @ts-check
/**
 * `npm run build`: `astro build` with the memory settings a big help center
 * needs (see build-environment.mjs). Arguments are passed on
 * (`npm run build -- --verbose`). The allocator reads its settings once, when
 * it is loaded, so Astro runs in a child process.
 *
 * Plain JavaScript, so it starts with the bare `node` of any supported version.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildEnvironment } from './build-environment.mjs';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: buildEnvironment(process.env) });
if (result.error) throw result.error;
process.exitCode = result.status ?? 1;
