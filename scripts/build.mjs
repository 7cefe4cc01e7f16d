// @ts-check
/**
 * `npm run build`: `astro build` with the memory settings a big help center
 * needs (see build-environment.mjs). Arguments are passed on
 * (`npm run build -- --verbose`). The allocator reads its settings once, when
 * it is loaded, so Astro runs in a child process.
 *
 * The site is built into a folder next to the output folder and takes its
 * place only when the build succeeded: a build that stops on a bad file
 * leaves the last good site in dist/ as it was, never half a site.
 *
 * Plain JavaScript, so it starts with the bare `node` of any supported version.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEnvironment } from './build-environment.mjs';
import { isRunning, waitForLock } from './build-lock.mjs';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
// Node loads the config and the engine's TypeScript itself, without a Vite server (see ts-imports.mjs).
const tsImports = new URL('./ts-imports.mjs', import.meta.url).href;
const out = path.resolve(process.env.HELP_CENTER_OUT_DIR || 'dist');
const building = `${out}.building-${process.pid}`;
const previous = `${out}.previous-${process.pid}`;

fs.rmSync(building, { recursive: true, force: true });
removeLeftovers();
const unlock = waitForLock(fileURLToPath(new URL('../.astro/build.lock', import.meta.url)));
/** @type {import('node:child_process').SpawnSyncReturns<Buffer>} */
let result;
try {
	result = spawnSync(process.execPath, ['--import', tsImports, astro, 'build', ...process.argv.slice(2)], {
		stdio: 'inherit',
		env: buildEnvironment({ ...process.env, HELP_CENTER_OUT_DIR: building }),
	});
} finally {
	unlock();
}
if (result.error) {
	fs.rmSync(building, { recursive: true, force: true });
	throw result.error;
}
if (result.status === 0) {
	// Two renames: the old site is whole until the new one is whole.
	if (fs.existsSync(out)) fs.renameSync(out, previous);
	fs.renameSync(building, out);
	removeInBackground(previous);
} else {
	fs.rmSync(building, { recursive: true, force: true });
	if (fs.existsSync(out)) console.error(`\nNothing was published: ${path.relative(process.cwd(), out) || out}/ still holds the last site that built.`);
}
process.exitCode = result.status ?? 1;

/**
 * Deletes the replaced site after this command has finished: thousands of files, which took
 * half a second to a second of every build after an edit. The new site is in place already.
 * @param {string} dir
 */
function removeInBackground(dir) {
	if (!fs.existsSync(dir)) return;
	const remover = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], {
		detached: true,
		stdio: 'ignore',
	});
	remover.on('error', () => fs.rmSync(dir, { recursive: true, force: true }));
	remover.unref();
}

/** Replaced sites a background removal did not finish (the machine stopped), and folders of builds that were killed. */
function removeLeftovers() {
	const parent = path.dirname(out);
	const name = path.basename(out);
	for (const entry of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
		const match = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(previous|building)-(\\d+)$`).exec(entry);
		if (!match || isRunning(Number(match[2]))) continue;
		try {
			fs.rmSync(path.join(parent, entry), { recursive: true, force: true });
		} catch {
			// A background removal of the same folder got there first; the next build tries again.
		}
	}
}
