/** Texts for: Gewerbeflächen-Finder, Exposé und Export. German first; parts/<name>.en.ts has the same keys in English. */
export const de = {
  'plots.open': 'Gewerbeflächen finden'
} as const;
