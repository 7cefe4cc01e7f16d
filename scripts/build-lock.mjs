// @ts-check
/**
 * The lock that lets one Astro build at a time run in a checkout (see build.mjs). Plain
 * JavaScript, like build.mjs, so it runs with the bare `node` of any supported version.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * One Astro build at a time in a checkout: every build writes the same .astro/ folder (the list
 * of content modules it then bundles), so two at once (tests while the benchmark runs, two
 * terminals) could bundle each other's articles. A second build waits for the first. The lock
 * file holds the builder's process id; a lock left by a build that was killed is taken over.
 * @param {string} lock
 * @returns {() => void} releases the lock
 */
export function waitForLock(lock) {
	fs.mkdirSync(path.dirname(lock), { recursive: true });
	const pause = new Int32Array(new SharedArrayBuffer(4));
	let told = false;
	for (;;) {
		try {
			fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
			return () => fs.rmSync(lock, { force: true });
		} catch (error) {
			if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
		}
		let text;
		try {
			text = fs.readFileSync(lock, 'utf8').trim();
		} catch {
			continue; // Let go just now.
		}
		const holder = Number(text);
		// Empty: its builder is writing its id this instant.
		if (text !== '' && (!Number.isInteger(holder) || holder <= 0 || !isRunning(holder))) {
			// Killed before it could let go; the next pass takes it (or another waiter does first).
			fs.rmSync(lock, { force: true });
			continue;
		}
		if (!told) console.log(`Another build of this project is running (process ${holder}); this one starts when it ends.`);
		told = true;
		Atomics.wait(pause, 0, 0, 200);
	}
}

/** @param {number} pid */
export function isRunning(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it runs, as another user.
		return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
	}
}
