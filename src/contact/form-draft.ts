import type { TextField } from './form-schema.js';

/**
 * The unsent message, kept in the browser so a reload, a closed tab or a
 * failed send never loses what the shopper typed. Photos cannot be kept
 * (browsers do not let a page store chosen files).
 */
export type DraftValues = Record<TextField, string>;

export const EMPTY_VALUES: DraftValues = { name: '', email: '', orderNumber: '', topic: '', message: '' };

const DRAFT_KEY = 'helpcenter:contact-draft';
/** A draft older than this is more likely a stale question than an unfinished one. */
const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readDraft(storage: DraftStorage, now = Date.now()): DraftValues | undefined {
	try {
		const stored: unknown = JSON.parse(storage.getItem(DRAFT_KEY) ?? 'null');
		if (typeof stored !== 'object' || stored === null) return undefined;
		const { savedAt, values } = stored as { savedAt?: unknown; values?: Record<string, unknown> };
		if (typeof savedAt !== 'number' || now - savedAt > DRAFT_MAX_AGE_MS || typeof values !== 'object' || values === null) return undefined;
		const draft = { ...EMPTY_VALUES };
		for (const field of Object.keys(EMPTY_VALUES) as TextField[]) {
			if (typeof values[field] === 'string') draft[field] = values[field];
		}
		return isEmpty(draft) ? undefined : draft;
	} catch {
		// Storage blocked (private mode, a full quota) or a damaged entry: start blank.
		return undefined;
	}
}

export function writeDraft(storage: DraftStorage, values: DraftValues, now = Date.now()): void {
	try {
		if (isEmpty(values)) storage.removeItem(DRAFT_KEY);
		else storage.setItem(DRAFT_KEY, JSON.stringify({ savedAt: now, values }));
	} catch {
		// Without storage the form still works; only the draft is not kept.
	}
}

export function clearDraft(storage: DraftStorage): void {
	try {
		storage.removeItem(DRAFT_KEY);
	} catch {
		// Nothing stored, nothing to clear.
	}
}

function isEmpty(values: DraftValues): boolean {
	return Object.values(values).every((value) => value.trim() === '');
}
