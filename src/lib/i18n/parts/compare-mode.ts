/**
 * Texts of the comparison, loaded with it (not on the first page): the module that opens it
 * imports this file, which adds them to the German table. `tests/unit/first-load-texts.test.ts`
 * checks that every file naming one of these keys loads with such a module. German first;
 * parts/compare-mode.en.ts has the same keys in English.
 */
import { addTexts } from '../index';

export const de = {
  'compare.title': 'Vergleich',
  'compare.asideLeft': 'Vergleich: Pläne, Ansicht und Änderungen',
  'compare.asideRight': 'Vergleich: Flächenbilanz und Übergangsmatrix',
  'compare.before': 'Früherer Plan',
  'compare.after': 'Aktueller Plan',
  'compare.year1999': 'FNP 1999',
  'compare.year2025': 'FNP 2025',
  'compare.against': 'Verglichen wird mit',
  'compare.against1999': 'dem FNP 1999 (Angaben je Fläche in diesem Plan)',
  'compare.againstPlan': 'Plan „{title}“',
  'compare.openFile': 'Früheren Plan von der Festplatte öffnen …',
  'compare.openFileHint':
    'XPlanGML oder GeoJSON. Die Datei wird nur in diesem Browser gelesen und nicht hochgeladen.',
  'compare.reading': '„{file}“ wird gelesen: {percent}',
  'compare.overlaying': 'Die beiden Pläne werden verschnitten: {percent}',
  'compare.cancel': 'Abbrechen',
  'compare.cancelled':
    'Der Vergleich wurde abgebrochen. Es wird wieder mit dem FNP 1999 verglichen.',
  'compare.otherLoaded':
    'Verglichen wird jetzt „{title}“ (früher) mit dem angezeigten Plan (aktuell). Die Flächen beider Pläne wurden miteinander verschnitten.',
  'compare.skipped':
    '{count} Flächen des früheren Plans haben eine ungültige Geometrie und wurden beim Verschneiden übergangen.',
  'compare.noPrevious':
    'Dieser Plan enthält keine Angaben zum früheren Plan. Öffnen Sie einen früheren Plan, um zu vergleichen.',
  'compare.view': 'Ansicht',
  'compare.view.swipe': 'Wischen',
  'compare.view.side': 'Nebeneinander',
  'compare.view.change': 'Änderungskarte',
  'compare.view.matrix': 'Übergangsmatrix',
  'compare.divider': 'Trennlinie zwischen FNP 1999 (links) und FNP 2025 (rechts)',
  'compare.dividerValue': '{percent} der Breite zeigen den früheren Plan',
  'compare.mapBefore': 'Karte des früheren Plans',
  'compare.changeLegend': 'Änderungen',
  'compare.changeLegendHint':
    'Hektar je Art der Änderung im ganzen Plan. Abgewählte Arten werden auf der Karte und in der Flächenbilanz ausgeblendet.',
  'compare.delta': 'Flächenbilanz 1999 / 2025 / Δ',
  'compare.deltaCaption': 'Flächenbilanz {scope}: früherer Plan, aktueller Plan und Veränderung',
  'compare.category': 'Kategorie',
  'compare.deltaHa': 'Δ',
  'compare.total': 'Summe',
  'compare.deltaChart': 'Veränderung je Kategorie (Balken nach rechts: Zuwachs)',
  'compare.district': 'Stadtteil',
  'compare.allDistricts': 'Alle Stadtteile',
  'compare.csvDelta': 'Flächenbilanz als CSV',
  'compare.csvMatrix': 'Übergangsmatrix als CSV',
  'compare.matrixCaption':
    'Übergangsmatrix: Fläche in Hektar, von der Darstellung im früheren Plan (Zeilen) zur Darstellung im aktuellen Plan (Spalten). Wählen Sie eine Zelle, um ihre Flächen zu sehen.',
  'compare.matrixCorner': 'früher ↓ / aktuell →',
  'compare.none': 'nicht dargestellt',
  'compare.cellLabel': '{ha} ha: {from} → {to}',
  'compare.cellTitle': 'Flächen von „{from}“ zu „{to}“',
  'compare.cellCount': '{count} Flächen, zusammen {ha}. Sie sind auf der Karte hervorgehoben.',
  'compare.cellNone': 'Keine Zelle gewählt.',
  'compare.cellClear': 'Auswahl der Zelle aufheben',
  'compare.cellArea': 'Fläche',
  'compare.cellAreaId': 'Kennung',
  'compare.cellAreaName': 'Name',
  'compare.cellAreaShow': 'Fläche {id} zeigen',
  'compare.cellMore': '… und {count} weitere',
  'compare.loading': 'Vergleich wird berechnet …',
  'compare.csvFile': 'vergleich'
} as const;

addTexts(de);
