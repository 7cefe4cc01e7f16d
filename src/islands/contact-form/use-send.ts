import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ContactFormSettings } from '../../contact/form-config-schema.js';
import { sendContactForm, type SendFailure, type SendInput } from '../../contact/form-send.js';

export type SendStatus = { kind: 'idle' } | { kind: 'sending' } | { kind: 'failed'; failure: SendFailure };

export interface Sending {
	status: SendStatus;
	/** Sends; on success calls `confirmed` with the target's reference, on failure keeps everything and says why. */
	send(input: SendInput, confirmed: (reference: string | undefined) => void): Promise<void>;
	reset(): void;
	failureRef: RefObject<HTMLDivElement | null>;
}

export function useSend(settings: ContactFormSettings): Sending {
	const [status, setStatus] = useState<SendStatus>({ kind: 'idle' });
	const failureRef = useRef<HTMLDivElement>(null);

	useEffect(() => {
		if (status.kind === 'failed') failureRef.current?.focus();
	}, [status]);

	return {
		status,
		failureRef,
		async send(input, confirmed) {
			if (status.kind === 'sending') return;
			setStatus({ kind: 'sending' });
			const result = await sendContactForm(settings, input);
			if (!result.ok) {
				setStatus({ kind: 'failed', failure: result.failure });
				return;
			}
			confirmed(result.reference);
		},
		reset() {
			setStatus({ kind: 'idle' });
		},
	};
}
