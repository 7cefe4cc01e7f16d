import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ContactFormData } from '../contact/form-schema.js';

/** A message as the local receiver keeps it: one JSON line in submissions.jsonl. */
export interface StoredSubmission extends ContactFormData {
	reference: string;
	receivedAt: string;
	locale: string;
	photos: StoredPhoto[];
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

export interface SubmissionStore {
	readonly dir: string;
	save(entry: ContactFormData & { locale: string }, photos: readonly IncomingPhoto[]): StoredSubmission;
	/** Newest first. */
	list(): StoredSubmission[];
	/** A stored photo's path, or undefined for anything that is not one. */
	photoPath(reference: string, stored: string): string | undefined;
}

// Crockford's base 32: no I, L, O or U, so a reference read out on the phone is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short reference a shopper can quote, e.g. "7F3K-9Q2M". */
export function newReference(random: (size: number) => Uint8Array = (size) => crypto.randomBytes(size)): string {
	const chars = Array.from(random(8), (byte) => ALPHABET[byte % 32]).join('');
	return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * Keeps submissions in a folder: submissions.jsonl (appended, one message per
 * line, so a crash never corrupts earlier ones) and photos/<reference>/.
 */
export function createSubmissionStore(dir: string, now: () => Date = () => new Date()): SubmissionStore {
	const log = path.join(dir, 'submissions.jsonl');
	const photoRoot = path.join(dir, 'photos');
	return {
		dir,
		save(entry, photos) {
			fs.mkdirSync(dir, { recursive: true });
			const reference = newReference();
			const stored: StoredPhoto[] = photos.map((photo, index) => ({
				name: photo.name,
				type: photo.type,
				size: photo.bytes.byteLength,
				stored: `${index + 1}${extensionFor(photo.type)}`,
			}));
			if (photos.length > 0) {
				const folder = path.join(photoRoot, reference);
				fs.mkdirSync(folder, { recursive: true });
				photos.forEach((photo, index) => fs.writeFileSync(path.join(folder, stored[index]!.stored), photo.bytes));
			}
			const submission: StoredSubmission = { ...entry, reference, receivedAt: now().toISOString(), photos: stored };
			fs.appendFileSync(log, `${JSON.stringify(submission)}\n`);
			return submission;
		},
		list() {
			if (!fs.existsSync(log)) return [];
			return fs
				.readFileSync(log, 'utf8')
				.split('\n')
				.filter((line) => line.trim() !== '')
				.map((line) => JSON.parse(line) as StoredSubmission)
				.reverse();
		},
		photoPath(reference, stored) {
			if (!/^[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(reference) || !/^\d+\.[a-z]+$/.test(stored)) return undefined;
			const file = path.join(photoRoot, reference, stored);
			return fs.existsSync(file) ? file : undefined;
		},
	};
}

function extensionFor(type: string): string {
	return { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/webp': '.webp', 'image/heic': '.heic', 'image/heif': '.heif' }[type] ?? '.bin';
}
