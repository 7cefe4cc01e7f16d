import cs from './translations/cs.json' with { type: 'json' };
import en from './translations/en.json' with { type: 'json' };
import he from './translations/he.json' with { type: 'json' };
import pl from './translations/pl.json' with { type: 'json' };
import ru from './translations/ru.json' with { type: 'json' };
import vi from './translations/vi.json' with { type: 'json' };
import type { StringTree } from './ui-resources.js';

/**
 * The UI strings the engine ships, one file per language in translations/.
 * English is the reference: its keys are the keys (typed as UiKey), and every
 * other language has the same keys in the plural forms it uses. A shop's
 * locales/<code>/common.json overrides them key by key.
 */
export const ENGINE_STRINGS: Readonly<Record<string, StringTree>> = { cs, en, he, pl, ru, vi };

/** The shape of the engine's strings, as in the reference language. */
export type EngineStrings = typeof en;

/** The language every other is checked against. */
export const REFERENCE_LANGUAGE = 'en';
export const REFERENCE_STRINGS: StringTree = en;

/** The languages the engine speaks, by code. */
export const ENGINE_LANGUAGES: readonly string[] = Object.keys(ENGINE_STRINGS).sort();

/** Codes people use for a language the engine has under another code. */
const ALIASES: Readonly<Record<string, string>> = { no: 'nb' };

/**
 * The engine language for a shop's locale: the same code, else its language
 * (de-AT speaks de, pt-BR pt), else none. Chinese in Traditional script
 * (zh-TW, zh-Hant) does not fall back to the Simplified zh.
 */
export function engineLanguageFor(code: string): string | undefined {
	if (ENGINE_STRINGS[code]) return code;
	const locale = new Intl.Locale(code);
	const language = ALIASES[locale.language] ?? locale.language;
	if (language === 'zh' && locale.maximize().script !== 'Hans') return undefined;
	return ENGINE_STRINGS[language] ? language : undefined;
}

type PluralCategory = Intl.LDMLPluralRule;
type Leaves<T, Prefix extends string = ''> = {
	[K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type WithoutPluralSuffix<K extends string> = K extends `${infer Base}_${PluralCategory}` ? Base : K;

/** A UI string's key, e.g. 'search.label' or 'category.articleCount' (plural forms by count). A key not in en.json is a type error. */
export type UiKey = WithoutPluralSuffix<Leaves<typeof en>>;
