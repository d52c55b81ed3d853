import type { FeatureCollection } from 'geojson';
import type { PlotFeature } from '../plan/plots';
import { germanCsv } from '../csv';

/** Header of the plots CSV (German, as the city publishes it). */
export const PLOTS_CSV_HEADER = [
  'Kennung',
  'Gewerbegebiet',
  'Fläche (m²)',
  'Nutzungsart',
  'Status',
  'Verfügbar ab',
  'Preisindikation (€/m²)',
  'Bebauungsplan',
  'Max. Höhe (m)',
  'GRZ',
  'A4-Anschlussstelle',
  'Entfernung A4 (m, Luftlinie)',
  'Entfernung Hauptbahnhof (m, Luftlinie)',
  'Nächster Bahnhof',
  'Entfernung Bahnhof (m, Luftlinie)',
  'Nächste Haltestelle',
  'Entfernung Haltestelle (m, Luftlinie)',
  'Ansprechpartner',
  'Stand'
] as const;

/** The shown result as CSV for German Excel (UTF-8 BOM, semicolons, decimal comma). */
export function plotsCsv(plots: readonly PlotFeature[]): string {
  return germanCsv(
    PLOTS_CSV_HEADER,
    plots.map(({ properties: p }) => [
      p.id,
      p.estate,
      p.area_m2,
      p.zoning,
      p.status,
      p.availableFrom,
      p.priceIndication_eur_m2 ?? null,
      p.bplan ?? null,
      p.limits?.maxHeight_m ?? null,
      p.limits?.grz ?? null,
      p.access.a4?.name ?? null,
      p.access.a4?.distance_m ?? null,
      p.access.hbf?.distance_m ?? null,
      p.access.bahnhof?.name ?? null,
      p.access.bahnhof?.distance_m ?? null,
      p.access.haltestelle?.name ?? null,
      p.access.haltestelle?.distance_m ?? null,
      p.contact.name,
      p.asOf
    ])
  );
}

/** The shown result as GeoJSON, in the same schema as plots.geojson (re-importable). */
export function plotsGeoJson(plots: readonly PlotFeature[]): string {
  const fc: FeatureCollection = { type: 'FeatureCollection', features: [...plots] };
  return JSON.stringify(fc, null, 1);
}
