/** Texts for: Rasterpläne und Anlagen eines XPlanArchivs. German first; `en` must have the same keys. */
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

export const en: Record<keyof typeof de, string> = {
  'archive.heading': 'Raster plan and attachments',
  'archive.raster': 'Raster plan “{name}”: the scanned plan sheet, shown in place under the areas.',
  'archive.rasterOpacity': 'Raster plan opacity',
  'archive.attachments': 'Attachments in the archive',
  'archive.open': 'Open {name} ({size})',
  'archive.save': 'Save',
  'archive.unreadable': 'The attachment “{name}” cannot be read from “{file}”.'
};
