import { bundledEn, de, type MessageKey } from './de';

export type { MessageKey };

export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];

/** A text in every UI language, for messages that must follow a later language switch. */
export type Bilingual = Record<Lang, string>;

type Var = string | number | Bilingual;
export type Translate = (key: MessageKey, vars?: Record<string, Var>) => string;

/**
 * The text tables. German is always there; English comes with the workers' build and is loaded
 * on the page when it is chosen (`loadLanguage`), so the first page does not carry it.
 */
const messages: { de: Record<MessageKey, string>; en: Record<MessageKey, string> | null } = {
  de: { ...de } as Record<MessageKey, string>,
  en: bundledEn
};

/** Adds the German texts of a feature that loads later (parts/*-mode.ts call it on import). */
export function addTexts(texts: Partial<Record<MessageKey, string>>): void {
  Object.assign(messages.de, texts);
}
let englishLoading: Promise<void> | null = null;

/** Whether `lang`'s texts are here (translations in a language not yet loaded are German). */
export const hasLanguage = (lang: Lang): boolean => messages[lang] !== null;

/** Loads `lang`'s texts (once); resolves when `translator(lang)` speaks it. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (messages[lang] !== null) return Promise.resolve();
  englishLoading ??= import('./en').then((m) => {
    messages.en = m.en;
  });
  return englishLoading;
}

/**
 * A key whose part has not loaded (a module that names it must import its part:
 * tests/unit/first-load-texts.test.ts): the key itself on screen, and an error in the console.
 */
function missing(key: string): string {
  console.error(`Text „${key}“ fehlt: sein Teil (i18n/parts) ist nicht geladen.`);
  return key;
}

/**
 * A translate function for one language; `{name}` placeholders are filled from `vars`. Until
 * `lang`'s texts are loaded it speaks German (the viewer's `t` follows when they arrive).
 */
export function translator(lang: Lang): Translate {
  const table = messages[lang] ?? messages.de;
  return (key, vars) =>
    (table[key] ?? missing(key)).replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = vars?.[name];
      if (v === undefined) return whole;
      return typeof v === 'object' ? v[lang] : String(v);
    });
}

/** Each language's own name, shown in that language on the language switch. */
export const LANG_NAMES: Bilingual = { de: 'Deutsch', en: 'English' };

/** A text made once per language, e.g. a number in each language's format. */
export const inEvery = (make: (lang: Lang) => string): Bilingual => {
  if (hasLanguage('en')) return { de: make('de'), en: make('en') };
  // English is not loaded yet on this page: it is made when first read (after a switch to
  // English, which loads it first), then kept.
  let en: string | null = null;
  return {
    de: make('de'),
    get en() {
      if (en === null && hasLanguage('en')) en = make('en');
      return en ?? make('en');
    }
  };
};

/** One message in all languages. */
export const bilingual = (key: MessageKey, vars?: Record<string, Var>): Bilingual =>
  inEvery((lang) => translator(lang)(key, vars));

/**
 * The detail of an error for a message to people: its own message, never its class name
 * („TypeError: …“, „PlanLoadError: …“ as `String(e)` would give).
 */
export const errorDetail = (e: unknown): string =>
  e instanceof Error ? e.message : typeof e === 'string' ? e : 'unbekannter Fehler';
