import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ContactFormData } from '../contact/form-schema.js';
import type { SpamSignal } from './spam-signals.js';

/** A message as the local receiver keeps it: one JSON line in submissions.jsonl. */
export interface StoredSubmission extends ContactFormData {
	reference: string;
	receivedAt: string;
	locale: string;
	/** The shopper's market, and the help page they came to the form from, when the form knew them. */
	market?: string;
	fromPage?: string;
	photos: StoredPhoto[];
	/** Why the receiver suspects a bot; kept and shown apart in the inbox, never thrown away. */
	spam?: SpamSignal[];
}

export interface StoredPhoto {
	name: string;
	type: string;
	size: number;
	/** File name inside the submission's photo folder. */
	stored: string;
}

export interface IncomingPhoto {
	name: string;
	type: string;
	bytes: Uint8Array;
}

/** A line of the store that is not a whole message: a write cut short by a crash or a full disk. */
export interface DamagedLine {
	/** 1-based line number in submissions.jsonl. */
	line: number;
	/** The line's first characters, to find it by hand. */
	start: string;
}

export interface StoreContents {
	/** Newest first. */
	submissions: StoredSubmission[];
	damaged: DamagedLine[];
}

export interface SubmissionStore {
	readonly dir: string;
	/** Stores a message whole, on disk, or throws: a message is acknowledged only once this returns. */
	save(
		entry: ContactFormData & { locale: string; market?: string; fromPage?: string; spam?: SpamSignal[] },
		photos: readonly IncomingPhoto[],
	): StoredSubmission;
	read(): StoreContents;
	/** A stored photo's path, or undefined for anything that is not one. */
	photoPath(reference: string, stored: string): string | undefined;
}

/** The file calls the store makes; tests swap in ones that fail like a full disk does. */
export type StoreFileSystem = Pick<
	typeof fs,
	'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'fstatSync' | 'readSync' | 'mkdirSync' | 'rmSync' | 'readFileSync' | 'existsSync'
>;

// Crockford's base 32: no I, L, O or U, so a reference read out on the phone is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** A short reference a shopper can quote, e.g. "7F3K-9Q2M". */
export function newReference(random: (size: number) => Uint8Array = (size) => crypto.randomBytes(size)): string {
	const chars = Array.from(random(8), (byte) => ALPHABET[byte % 32]).join('');
	return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * Keeps submissions in a folder: submissions.jsonl (one message per line)
 * and photos/<reference>/.
 *
 * Each message is written as one write of a whole line to a file opened for
 * appending, then flushed to disk before the shopper is told it arrived. A
 * crash or a full disk can only leave the last line cut short: the reader
 * skips and reports such a line, and the next message starts on a line of
 * its own, so one failure never damages another message.
 */
export function createSubmissionStore(dir: string, { now = () => new Date(), io = fs }: { now?: () => Date; io?: StoreFileSystem } = {}): SubmissionStore {
	const log = path.join(dir, 'submissions.jsonl');
	const photoRoot = path.join(dir, 'photos');
	return {
		dir,
		save(entry, photos) {
			io.mkdirSync(dir, { recursive: true });
			const reference = newReference();
			const stored: StoredPhoto[] = photos.map((photo, index) => ({
				name: photo.name,
				type: photo.type,
				size: photo.bytes.byteLength,
				stored: `${index + 1}${extensionFor(photo.type)}`,
			}));
			const folder = path.join(photoRoot, reference);
			try {
				if (photos.length > 0) {
					io.mkdirSync(folder, { recursive: true });
					photos.forEach((photo, index) => writeDurably(io, path.join(folder, stored[index]!.stored), photo.bytes, 'w'));
				}
				const submission: StoredSubmission = { ...entry, reference, receivedAt: now().toISOString(), photos: stored };
				appendLine(io, log, JSON.stringify(submission));
				return submission;
			} catch (error) {
				// The message is not kept, so neither are its photos; the shopper is told to send again.
				if (photos.length > 0) io.rmSync(folder, { recursive: true, force: true });
				throw error;
			}
		},
		read() {
			if (!io.existsSync(log)) return { submissions: [], damaged: [] };
			const lines = io.readFileSync(log, 'utf8').split('\n');
			const submissions: StoredSubmission[] = [];
			const damaged: DamagedLine[] = [];
			lines.forEach((line, index) => {
				if (line.trim() === '') return;
				const submission = parseLine(line);
				if (submission) submissions.push(submission);
				else damaged.push({ line: index + 1, start: line.slice(0, 60) });
			});
			return { submissions: submissions.reverse(), damaged };
		},
		photoPath(reference, stored) {
			if (!REFERENCE_PATTERN.test(reference) || !/^\d+\.[a-z]+$/.test(stored)) return undefined;
			const file = path.join(photoRoot, reference, stored);
			return io.existsSync(file) ? file : undefined;
		},
	};
}

/** Appends one line in one write, starting a fresh line when the last write was cut short. */
function appendLine(io: StoreFileSystem, file: string, line: string): void {
	const fd = io.openSync(file, 'a+');
	try {
		const size = io.fstatSync(fd).size;
		let cutShort = false;
		if (size > 0) {
			const last = Buffer.alloc(1);
			io.readSync(fd, last, 0, 1, size - 1);
			cutShort = last[0] !== 0x0a;
		}
		const bytes = Buffer.from(`${cutShort ? '\n' : ''}${line}\n`, 'utf8');
		const written = io.writeSync(fd, bytes);
		if (written !== bytes.byteLength) throw new Error(`Only ${written} of ${bytes.byteLength} bytes of a message were written to ${file}`);
		io.fsyncSync(fd);
	} finally {
		io.closeSync(fd);
	}
}

function writeDurably(io: StoreFileSystem, file: string, bytes: Uint8Array, flags: string): void {
	const fd = io.openSync(file, flags);
	try {
		let offset = 0;
		while (offset < bytes.byteLength) offset += io.writeSync(fd, bytes, offset);
		io.fsyncSync(fd);
	} finally {
		io.closeSync(fd);
	}
}

function parseLine(line: string): StoredSubmission | undefined {
	try {
		const value: unknown = JSON.parse(line);
		if (typeof value !== 'object' || value === null) return undefined;
		const entry = value as Partial<StoredSubmission>;
		const complete =
			typeof entry.reference === 'string' &&
			typeof entry.receivedAt === 'string' &&
			typeof entry.message === 'string' &&
			typeof entry.name === 'string' &&
			typeof entry.email === 'string' &&
			typeof entry.topic === 'string' &&
			typeof entry.locale === 'string' &&
			Array.isArray(entry.photos);
		return complete ? (entry as StoredSubmission) : undefined;
	} catch {
		return undefined;
	}
}

function extensionFor(type: string): string {
	return { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/webp': '.webp', 'image/heic': '.heic', 'image/heif': '.heif' }[type] ?? '.bin';
}
