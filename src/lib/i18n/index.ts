import type { Lang } from '../state/url';
import { de, type MessageKey } from './de';
import { en } from './en';

export type { MessageKey };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const messages: Record<Lang, Record<MessageKey, string>> = { de, en };

/** A translate function for one language; `{name}` placeholders are filled from `vars`. */
export function translator(lang: Lang): Translate {
  const table = messages[lang];
  return (key, vars) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole
    );
}
