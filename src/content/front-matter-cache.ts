import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { digestOf } from '../utils/digest.js';
import { parseFrontMatterYaml, type FrontMatterParser } from './front-matter.js';

/**
 * Front matter YAML as earlier builds parsed it, kept in the shop's cache folder by the digest
 * of its text. Reading YAML is most of what the shop check spends on an article (about a fifth
 * of a second per thousand), and a writer's edit changes one file: the others' front matter is
 * taken from here, the same data the parser gave. Only clean results are kept; front matter
 * with a problem is parsed every time, so its message is never stale.
 */
export interface FrontMatterCache {
	parse: FrontMatterParser;
	/** Keeps what this run parsed and forgets what it no longer saw; writes only when that changed. */
	save(): void;
}

/** The cache's file in the shop's cache folder. */
export const FRONT_MATTER_CACHE_FILE = 'help-center-front-matter.json';

/** Bump when the stored form changes. */
const CACHE_FORMAT = 1;

interface StoredCache {
	version: string;
	/** The parsed data as JSON, by the digest of the YAML text. */
	entries: Record<string, string>;
}

export function openFrontMatterCache(cacheDir: string): FrontMatterCache {
	const version = parserVersion();
	// Without a version the cache could hand out data read under other rules: parse everything.
	if (!version) return { parse: parseFrontMatterYaml, save() {} };
	const file = path.join(cacheDir, FRONT_MATTER_CACHE_FILE);
	const stored = readStored(file, version);
	const used = new Map<string, string>();
	let added = false;
	return {
		parse(yaml) {
			const key = digestOf(yaml);
			const known = used.get(key) ?? stored.get(key);
			if (known !== undefined) {
				used.set(key, known);
				// A fresh object for every file: two files with the same front matter never share one.
				return { ok: true, data: JSON.parse(known) as unknown };
			}
			const result = parseFrontMatterYaml(yaml);
			if (result.ok && isPlainJson(result.data)) {
				used.set(key, JSON.stringify(result.data));
				added = true;
			}
			return result;
		},
		save() {
			// Nothing new, and every kept entry used again (used holds only those then): nothing to write.
			if (!added && used.size === stored.size) return;
			const next: StoredCache = { version, entries: Object.fromEntries(used) };
			try {
				fs.mkdirSync(cacheDir, { recursive: true });
				// Written whole, then renamed: a build stopped halfway leaves the old cache, not half a file.
				const partial = `${file}.${process.pid}.partial`;
				fs.writeFileSync(partial, JSON.stringify(next));
				fs.renameSync(partial, file);
			} catch {
				// A cache that cannot be written (read-only checkout) only costs the next build the parsing.
			}
		},
	};
}

function readStored(file: string, version: string): Map<string, string> {
	try {
		const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<StoredCache>;
		if (stored.version !== version || typeof stored.entries !== 'object' || stored.entries === null) return new Map();
		return new Map(Object.entries(stored.entries).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
	} catch {
		return new Map();
	}
}

/**
 * What decides the data a YAML text becomes: the yaml library's version and the engine's reading
 * rules (parse-yaml.ts, front-matter.ts), so a change to either makes every kept entry stale.
 * Undefined where those files cannot be read (the engine bundled elsewhere).
 */
function parserVersion(): string | undefined {
	try {
		const yamlVersion = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;
		const rules = ['../utils/parse-yaml.ts', './front-matter.ts'].map((name) => fs.readFileSync(new URL(name, import.meta.url), 'utf8'));
		return digestOf(CACHE_FORMAT, yamlVersion, rules);
	} catch {
		return undefined;
	}
}

/** Data that JSON gives back as it was: no NaN or Infinity (YAML's .nan, .inf), only plain objects. */
function isPlainJson(value: unknown): boolean {
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
	if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
	if (Array.isArray(value)) return value.every(isPlainJson);
	if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
	return Object.entries(value).every(([key, item]) => key !== '__proto__' && isPlainJson(item));
}
