/** Texts for: „Was ist hier geplant?“, Mein Standort, Erklärungen in einfacher Sprache, Handy-Layout, Offline-App. German first; `en` must have the same keys. */
export const de = {} as const;

export const en: Record<keyof typeof de, string> = {};
