import { de, type MessageKey } from './de';
import { en } from './en';

export type { MessageKey };

export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];

/** A text in every UI language, for messages that must follow a later language switch. */
export type Bilingual = Record<Lang, string>;

type Var = string | number | Bilingual;
export type Translate = (key: MessageKey, vars?: Record<string, Var>) => string;

const messages: Record<Lang, Record<MessageKey, string>> = { de, en };

/** A translate function for one language; `{name}` placeholders are filled from `vars`. */
export function translator(lang: Lang): Translate {
  const table = messages[lang];
  return (key, vars) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = vars?.[name];
      if (v === undefined) return whole;
      return typeof v === 'object' ? v[lang] : String(v);
    });
}

/** Each language's own name, shown in that language on the language switch. */
export const LANG_NAMES: Bilingual = { de: 'Deutsch', en: 'English' };

/** A text made once per language, e.g. a number in each language's format. */
export const inEvery = (make: (lang: Lang) => string): Bilingual => ({
  de: make('de'),
  en: make('en')
});

/** One message in all languages. */
export const bilingual = (key: MessageKey, vars?: Record<string, Var>): Bilingual =>
  inEvery((lang) => translator(lang)(key, vars));

/**
 * The detail of an error for a message to people: its own message, never its class name
 * („TypeError: …“, „PlanLoadError: …“ as `String(e)` would give).
 */
export const errorDetail = (e: unknown): string =>
  e instanceof Error ? e.message : typeof e === 'string' ? e : 'unbekannter Fehler';
