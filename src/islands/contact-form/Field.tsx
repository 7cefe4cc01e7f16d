import type { ReactNode } from 'react';
import type { FormField } from '../../contact/form-schema.js';
import { errorId, fieldId, hintId, type FormTexts } from '../../contact/form-text.js';

/** What every control of the form carries: its id, name, and the texts that describe it. */
export function controlProps(field: FormField, texts: Pick<FormTexts, 'hints'>, error: string | undefined) {
	const describedBy = [texts.hints[field] ? hintId(field) : '', error ? errorId(field) : ''].filter(Boolean).join(' ');
	return {
		id: fieldId(field),
		name: field,
		'aria-invalid': error ? true : undefined,
		'aria-describedby': describedBy || undefined,
	};
}

interface FieldProps {
	field: FormField;
	texts: Pick<FormTexts, 'labels' | 'hints' | 'optional'>;
	error: string | undefined;
	optional?: boolean;
	children: ReactNode;
}

/**
 * A labelled field: label, hint, error (read out with the control through
 * aria-describedby) and the control itself. The error slot is always there,
 * hidden when empty, so the receiver can fill it in for a post without JavaScript.
 */
export function Field({ field, texts, error, optional = false, children }: FieldProps) {
	const hint = texts.hints[field];
	return (
		<div className="hc-field">
			<label htmlFor={fieldId(field)}>
				{texts.labels[field]}
				{optional && <span className="hc-field__optional"> ({texts.optional})</span>}
			</label>
			{hint && (
				<p className="hc-field__hint" id={hintId(field)}>
					{hint}
				</p>
			)}
			<p className="hc-field__error" id={errorId(field)} hidden={!error}>
				{error}
			</p>
			{children}
		</div>
	);
}
