import { z } from 'zod';
import cs from './grammar/cs.json' with { type: 'json' };
import de from './grammar/de.json' with { type: 'json' };
import pl from './grammar/pl.json' with { type: 'json' };
import ru from './grammar/ru.json' with { type: 'json' };
import sk from './grammar/sk.json' with { type: 'json' };
import uk from './grammar/uk.json' with { type: 'json' };
import type { PluralForms } from './plural-forms.js';

/**
 * The cases a number phrase can take inside a sentence. A fact states "45 days"
 * in the plain (nominative) form of its UI string; a sentence may need another:
 * German "innerhalb von 45 Tagen" (dative), Polish "w ciągu 30 dni" (genitive),
 * Russian "в течение 21 дня" (genitive). A writer asks for it with
 * <Fact name="returnWindow" form="dative" />.
 */
export const GRAMMATICAL_FORMS = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'locative'] as const;
export type GrammaticalForm = (typeof GRAMMATICAL_FORMS)[number];

/** Words the facts count, whose forms the tables give. */
export const COUNTED_WORDS = ['days'] as const;
export type CountedWord = (typeof COUNTED_WORDS)[number];

const pluralFormsSchema = z
	.partialRecord(z.enum(['zero', 'one', 'two', 'few', 'many', 'other']), z.string().includes('{{count}}'))
	.refine((forms) => forms.other, {
		error: 'needs an "other" form',
	});
const grammarTableSchema = z.partialRecord(z.enum(COUNTED_WORDS), z.partialRecord(z.enum(GRAMMATICAL_FORMS), pluralFormsSchema));
type GrammarTable = z.infer<typeof grammarTableSchema>;

/**
 * Case tables per language (grammar/<language>.json), beside the UI strings that
 * hold each word's plain form. A language without a table has no cases for
 * these words (English, French): every form is the plain one there.
 */
const TABLES: Readonly<Record<string, GrammarTable>> = Object.fromEntries(
	Object.entries({ cs, de, pl, ru, sk, uk }).map(([language, table]) => [language, grammarTableSchema.parse(table)]),
);

export type CaseForms =
	| { kind: 'table'; forms: PluralForms }
	/** The plain form is right: nominative, or a language without cases for the word. */
	| { kind: 'plain' }
	/** The language declines the word but its table lacks this form; these it has. */
	| { kind: 'lacking'; available: GrammaticalForm[] };

/** The plural forms of `word` in `form` for a locale, by its language's table. */
export function caseForms(locale: string, word: CountedWord, form: GrammaticalForm): CaseForms {
	const table = TABLES[locale.toLowerCase().split('-')[0] ?? '']?.[word];
	if (form === 'nominative' || !table) return { kind: 'plain' };
	const forms = table[form];
	if (forms) return { kind: 'table', forms };
	return { kind: 'lacking', available: ['nominative', ...GRAMMATICAL_FORMS.filter((f) => table[f])] };
}
