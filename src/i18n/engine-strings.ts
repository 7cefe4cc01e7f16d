import ar from './translations/ar.json' with { type: 'json' };
import bg from './translations/bg.json' with { type: 'json' };
import cs from './translations/cs.json' with { type: 'json' };
import da from './translations/da.json' with { type: 'json' };
import de from './translations/de.json' with { type: 'json' };
import el from './translations/el.json' with { type: 'json' };
import en from './translations/en.json' with { type: 'json' };
import es from './translations/es.json' with { type: 'json' };
import fa from './translations/fa.json' with { type: 'json' };
import fi from './translations/fi.json' with { type: 'json' };
import fr from './translations/fr.json' with { type: 'json' };
import he from './translations/he.json' with { type: 'json' };
import hi from './translations/hi.json' with { type: 'json' };
import hu from './translations/hu.json' with { type: 'json' };
import id from './translations/id.json' with { type: 'json' };
import it from './translations/it.json' with { type: 'json' };
import ja from './translations/ja.json' with { type: 'json' };
import ko from './translations/ko.json' with { type: 'json' };
import nb from './translations/nb.json' with { type: 'json' };
import nl from './translations/nl.json' with { type: 'json' };
import pl from './translations/pl.json' with { type: 'json' };
import pt from './translations/pt.json' with { type: 'json' };
import ro from './translations/ro.json' with { type: 'json' };
import ru from './translations/ru.json' with { type: 'json' };
import sk from './translations/sk.json' with { type: 'json' };
import sv from './translations/sv.json' with { type: 'json' };
import tr from './translations/tr.json' with { type: 'json' };
import uk from './translations/uk.json' with { type: 'json' };
import vi from './translations/vi.json' with { type: 'json' };
import zh from './translations/zh.json' with { type: 'json' };
import type { StringTree } from './ui-resources.js';

/**
 * The UI strings the engine ships, one file per language in translations/.
 * English is the reference: its keys are the keys (typed as UiKey), and every
 * other language has the same keys in the plural forms it uses. A shop's
 * locales/<code>/common.json overrides them key by key.
 */
export const ENGINE_STRINGS: Readonly<Record<string, StringTree>> = {
	ar,
	bg,
	cs,
	da,
	de,
	el,
	en,
	es,
	fa,
	fi,
	fr,
	he,
	hi,
	hu,
	id,
	it,
	ja,
	ko,
	nb,
	nl,
	pl,
	pt,
	ro,
	ru,
	sk,
	sv,
	tr,
	uk,
	vi,
	zh,
};

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
