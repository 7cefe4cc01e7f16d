import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * When each content file last changed, from git, in one `git log` for the
 * whole content folder (never one call per page).
 */

export interface FileHistory {
	/** Unix seconds of the newest commit that touched the file. */
	lastChange: number;
	/**
	 * The newest commit that changed the file in a way translations should
	 * follow: commits whose message contains "[i18n skip]" (typo fixes,
	 * formatting) do not count. Undefined when every commit was marked.
	 */
	lastTranslatableChange?: number;
}

export interface GitHistory {
	/** By absolute path. */
	files: Map<string, FileHistory>;
	/** A shallow clone does not know when older files changed. */
	shallow: boolean;
}

/** Marks a commit whose changes need no re-translation, e.g. "Fix typo [i18n skip]". */
const NO_RETRANSLATE_MARK = '[i18n skip]';

const RECORD = '\u001e';
const FIELD = '\u001f';

function git(root: string, args: string[]): string | undefined {
	const result = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	return result.status === 0 ? result.stdout : undefined;
}

/** The history of every file under `dir`, or undefined when it is not in a git checkout. */
export function readGitHistory(dir: string): GitHistory | undefined {
	const shallow = git(dir, ['rev-parse', '--is-shallow-repository']);
	if (shallow === undefined) return undefined;
	// --relative: names relative to `dir`, whatever folder of the repository it is.
	const log = git(dir, ['log', '--no-renames', '--relative', `--format=${RECORD}%ct${FIELD}%B${FIELD}`, '--name-only', '--', '.']);
	if (log === undefined) return undefined;
	const files = new Map<string, FileHistory>();
	for (const [name, history] of parseGitLog(log)) files.set(path.join(dir, name), history);
	return { files, shallow: shallow.trim() === 'true' };
}

/** Parses `git log --format=<RS>%ct<US>%B<US> --name-only`, newest commit first. */
function parseGitLog(log: string): Map<string, FileHistory> {
	const files = new Map<string, FileHistory>();
	for (const record of log.split(RECORD)) {
		if (!record.trim()) continue;
		const [time = '', message = '', names = ''] = record.split(FIELD);
		const when = Number(time);
		const translatable = !message.includes(NO_RETRANSLATE_MARK);
		for (const name of names.split('\n').map((n) => n.trim()).filter(Boolean)) {
			let history = files.get(name);
			if (!history) files.set(name, (history = { lastChange: when }));
			if (translatable && history.lastTranslatableChange === undefined) history.lastTranslatableChange = when;
		}
	}
	return files;
}

/** A commit time as the calendar date it was made on (UTC). */
export function isoDay(unixSeconds: number): string {
	return new Date(unixSeconds * 1000).toISOString().slice(0, 10);
}

/** A file git saw renamed or moved, with names relative to the folder asked about. */
export interface GitRename {
	from: string;
	to: string;
}

/** Every rename under `dir`, oldest first, so a file moved twice reads as a chain; empty outside git. */
export function readGitRenames(dir: string): GitRename[] {
	const log = git(dir, ['log', '--reverse', '--diff-filter=R', '-M', '--relative', '--name-status', '--format=', '--', '.']);
	if (!log) return [];
	return log
		.split('\n')
		.map((line) => line.split('\t'))
		.filter((fields): fields is [string, string, string] => fields.length === 3 && fields[0]!.startsWith('R'))
		.map(([, from, to]) => ({ from, to }));
}

/** One commit that changed a file: its id and time (Unix seconds). */
export interface FileVersion {
	commit: string;
	time: number;
}

/** The commits that changed `file` (relative to `dir`), newest first; empty outside git. */
export function readFileVersions(dir: string, file: string): FileVersion[] {
	const log = git(dir, ['log', `--format=%H %ct`, '--', file]);
	if (!log) return [];
	return log
		.trim()
		.split('\n')
		.filter(Boolean)
		.map((line) => {
			const [commit = '', time = '0'] = line.split(' ');
			return { commit, time: Number(time) };
		});
}

/** Of `versions`, newest first, the one in place at `time` (Unix seconds): the newest committed no later. */
export function versionAt(versions: readonly FileVersion[], time: number): FileVersion | undefined {
	return versions.find((version) => version.time <= time);
}

/** The text of `file` (relative to `dir`) as it was at `time` (Unix seconds); undefined when git has no version that old. */
export function readFileAsOf(dir: string, file: string, time: number): string | undefined {
	const version = versionAt(readFileVersions(dir, file), time);
	return version ? readFileAt(dir, version.commit, file) : undefined;
}

/** The text of `file` (relative to `dir`) as a commit left it. */
export function readFileAt(dir: string, commit: string, file: string): string | undefined {
	return git(dir, ['show', `${commit}:./${file.split(path.sep).join('/')}`]);
}

/**
 * How `file` (relative to `dir`) changed since `time` (Unix seconds): git's diff from the version
 * committed then to the file as it is now, without git's header lines; undefined when git has no
 * version that old.
 */
export function diffSince(dir: string, file: string, time: number): string | undefined {
	const seen = versionAt(readFileVersions(dir, file), time);
	if (!seen) return undefined;
	const diff = git(dir, ['diff', '--no-color', seen.commit, '--', file]);
	if (diff === undefined) return undefined;
	return diff
		.split('\n')
		.filter((line) => !/^(diff --git|index |--- |\+\+\+ )/.test(line))
		.join('\n')
		.trimEnd();
}
