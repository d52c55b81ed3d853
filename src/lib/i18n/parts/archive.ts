/** Texts for: Rasterpläne und Anlagen eines XPlanArchivs. German first; parts/<name>.en.ts has the same keys in English. */
export const de = {
  'archive.heading': 'Rasterplan und Anlagen',
  'archive.raster':
    'Rasterplan „{name}“: das gescannte Planblatt, lagerichtig unter den Flächen gezeigt.',
  'archive.rasterOpacity': 'Deckkraft Rasterplan',
  'archive.attachments': 'Anlagen im Archiv',
  'archive.open': '{name} öffnen ({size})',
  'archive.save': 'Speichern',
  'archive.unreadable': 'Die Anlage „{name}“ lässt sich aus „{file}“ nicht lesen.'
} as const;
