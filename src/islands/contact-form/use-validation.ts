import { useEffect, useRef, useState, type RefObject } from 'react';
import type { DraftValues } from '../../contact/form-draft.js';
import { formErrors, photoProblem, type ContactFormConfig, type FormField, type PhotoLimits, type TextField } from '../../contact/form-schema.js';
import { photoProblemText, type FormTexts } from '../../contact/form-text.js';

export type Errors = Partial<Record<FormField, string>>;

export interface Validation {
	errors: Errors;
	/** Checks everything before a send; false (and the summary takes focus) when something needs fixing. */
	checkAll(values: DraftValues): boolean;
	/** After a first send attempt, fields are checked again as the shopper corrects them. */
	recheck(values: DraftValues): void;
	reset(): void;
	summaryRef: RefObject<HTMLDivElement | null>;
}

interface ValidationInput {
	config: ContactFormConfig;
	texts: FormTexts;
	/** The photos chosen, when the form takes photos. */
	photos: () => File[];
	photoLimits: PhotoLimits | undefined;
}

/** The form's checks: the shared schema's, in the shopper's language. */
export function useValidation({ config, texts, photos, photoLimits }: ValidationInput): Validation {
	const [errors, setErrors] = useState<Errors>({});
	const [attempted, setAttempted] = useState(false);
	const [summaryShown, setSummaryShown] = useState(0);
	const summaryRef = useRef<HTMLDivElement>(null);

	useEffect(() => {
		if (summaryShown > 0) summaryRef.current?.focus();
	}, [summaryShown]);

	function find(values: DraftValues): Errors {
		const found: Errors = {};
		for (const [field, key] of Object.entries(formErrors(config, values)) as [TextField, string][]) found[field] = texts.errors[key] ?? key;
		const photo = photoProblem(photos(), photoLimits);
		if (photo) found.photos = photoProblemText(texts, photo);
		return found;
	}

	return {
		errors,
		summaryRef,
		checkAll(values) {
			const found = find(values);
			setErrors(found);
			setAttempted(true);
			const ok = Object.keys(found).length === 0;
			if (!ok) setSummaryShown((n) => n + 1);
			return ok;
		},
		recheck(values) {
			if (attempted) setErrors(find(values));
		},
		reset() {
			setErrors({});
			setAttempted(false);
		},
	};
}
