/** Texts for: Vergleich 1999 | 2025 und Vergleich zweier Pläne. German first; `en` must have the same keys. */
export const de = {} as const;

export const en: Record<keyof typeof de, string> = {};
