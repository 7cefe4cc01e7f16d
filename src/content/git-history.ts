import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * When each content file last changed, and which files were moved, from git:
 * one `git log` for the whole content folder (never one call per page).
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
	/** Every rename under the folder, oldest first, so a file moved twice reads as a chain. */
	renames: GitRename[];
	/** A shallow clone does not know when older files changed, nor where they were before. */
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
	// --relative: names relative to `dir`, whatever folder of the repository it is. -M: a moved file
	// is one rename ("R100 old new"), which gives the moves and the new name's change at once.
	const log = git(dir, ['log', '-M', '--relative', `--format=${RECORD}%ct${FIELD}%B${FIELD}`, '--name-status', '--', '.']);
	if (log === undefined) return undefined;
	const { files, renames } = parseGitLog(log);
	return { files: new Map([...files].map(([name, history]) => [path.join(dir, name), history])), renames, shallow: shallow.trim() === 'true' };
}

/** Parses `git log --format=<RS>%ct<US>%B<US> --name-status`, newest commit first. */
function parseGitLog(log: string): { files: Map<string, FileHistory>; renames: GitRename[] } {
	const files = new Map<string, FileHistory>();
	const renames: GitRename[] = [];
	for (const record of log.split(RECORD)) {
		if (!record.trim()) continue;
		const [time = '', message = '', changes = ''] = record.split(FIELD);
		const when = Number(time);
		const translatable = !message.includes(NO_RETRANSLATE_MARK);
		for (const line of changes.split('\n')) {
			const [status = '', ...names] = line.trim().split('\t');
			if (names.length === 0) continue;
			if (status.startsWith('R') && names.length === 2) renames.push({ from: names[0]!, to: names[1]! });
			// A rename changes both names, as a deletion and an addition would.
			for (const name of names) {
				let history = files.get(name);
				if (!history) files.set(name, (history = { lastChange: when }));
				if (translatable && history.lastTranslatableChange === undefined) history.lastTranslatableChange = when;
			}
		}
	}
	// The log is newest first; a chain of moves reads oldest first.
	return { files, renames: renames.reverse() };
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
