/** Texts for: Vergleich 1999 | 2025 und Vergleich zweier Pläne. German first; parts/<name>.en.ts has the same keys in English. */
export const de = {
  'compare.button': 'Vergleich 1999 | 2025',
  'compare.kind.neu_wohnen': 'Neue Wohnbaufläche',
  'compare.kind.neu_gewerbe': 'Neue Gewerbe- oder Industriefläche',
  'compare.kind.neu_bau_sonstige': 'Andere neue Baufläche',
  'compare.kind.ruecknahme': 'Rücknahme: wieder Freiraum',
  'compare.kind.umwidmung': 'Umgewidmet zwischen Bauflächen',
  'compare.kind.sonstige': 'Andere Änderung',
  'compare.kind.unveraendert': 'Unverändert',
  'compare.changeKind': 'Art der Änderung seit 1999'
} as const;
