// @ts-check
/**
 * Lets Node itself load astro.config.mjs and the engine's TypeScript it imports
 * (build.mjs starts Astro with `--import` of this file).
 *
 * Astro first imports the config with Node and, when that fails, loads it again
 * through a Vite server that transforms every imported module and its source map:
 * about a second of every build, also of a build after a one-line edit. Node 24
 * runs TypeScript by removing its types, but the engine's imports name the
 * compiled files ("./digest.js" for digest.ts), as TypeScript's module
 * resolution asks. This hook points such an import at the .ts file beside it.
 *
 * A Node without type stripping or synchronous module hooks (older 22.x) skips
 * the hook, and Astro uses its Vite loader as before.
 */
import fs from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

if (typeof module.registerHooks === 'function' && process.features.typescript) {
	module.registerHooks({
		resolve(specifier, context, nextResolve) {
			// Only the engine's own relative imports from TypeScript files: packages resolve as they always do.
			if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
				const typescript = new URL(`${specifier.slice(0, -'.js'.length)}.ts`, context.parentURL);
				if (fs.existsSync(fileURLToPath(typescript))) return nextResolve(typescript.href, context);
			}
			return nextResolve(specifier, context);
		},
	});
}
