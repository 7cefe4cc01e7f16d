import { useEffect, useState } from 'react';
import { clearDraft, readDraft, writeDraft, EMPTY_VALUES, type DraftValues } from '../../contact/form-draft.js';

export interface Draft {
	values: DraftValues;
	setValues(values: DraftValues): void;
	/** True once the island runs in the browser: its own checks replace the browser's. */
	hydrated: boolean;
	/** A draft from an earlier visit came back. */
	restored: boolean;
	/** Seconds the form has been open, by the browser's steady clock (not the wall clock a user can set). */
	openSeconds(): number;
	/** Empties the form and forgets the draft, on the shopper's request. */
	discard(): void;
	/** Forgets the draft once the target confirmed the message. */
	forget(): void;
}

/**
 * The form's values, kept as a draft in the browser while the shopper types,
 * so a reload, a closed tab or a failed send never loses them. A question
 * carried over from search (?q=) starts the message.
 */
export function useDraft(): Draft {
	const [values, setValues] = useState<DraftValues>(EMPTY_VALUES);
	const [hydrated, setHydrated] = useState(false);
	const [restored, setRestored] = useState(false);
	const [openedAt, setOpenedAt] = useState(0);

	useEffect(() => {
		setHydrated(true);
		setOpenedAt(performance.now());
		const draft = readDraft(window.localStorage);
		const question = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
		if (draft) {
			setValues(draft);
			setRestored(true);
		} else if (question) {
			setValues({ ...EMPTY_VALUES, message: question });
		}
	}, []);

	useEffect(() => {
		if (hydrated) writeDraft(window.localStorage, values);
	}, [hydrated, values]);

	return {
		values,
		setValues,
		hydrated,
		restored,
		openSeconds: () => Math.round((performance.now() - openedAt) / 1000),
		discard() {
			clearDraft(window.localStorage);
			setValues(EMPTY_VALUES);
			setRestored(false);
		},
		forget() {
			clearDraft(window.localStorage);
		},
	};
}
