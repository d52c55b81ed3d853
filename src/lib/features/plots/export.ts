import type { FeatureCollection } from 'geojson';
import {
  UTILITIES,
  type AccessKind,
  type PlotFeature,
  type Restriction,
  type Utility
} from '../../plan/plots';
import { csvNumber, germanCsv } from '../../csv/write';
import { interiorPoint } from '../../geo/access';

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
  'Stand',
  'Breite (WGS84)',
  'Länge (WGS84)',
  'Link',
  'Darstellung im FNP',
  'Straßenentfernung A4 (m)',
  'Fahrzeit A4 (min)',
  'Straßenentfernung Hauptbahnhof (m)',
  'Fahrzeit Hauptbahnhof (min)',
  'Straßenentfernung Haltestelle (m)',
  'Fahrzeit Haltestelle (min)',
  'GFZ',
  'Flurstück (Modell)',
  'Erschließung',
  'Einschränkungen',
  'Teilbar ab (m²)',
  'Gewerbesteuer-Hebesatz (%)',
  'Telefon',
  'E-Mail',
  'Web',
  'Kontakt ist Modelleintrag'
] as const;

export interface PlotsCsvContext {
  /** Link to the plot in the viewer. */
  link: (id: string) => string;
  /** FNP category of the plan area the plot lies in, German ("Gewerbliche Baufläche (G)"). */
  fnp: (p: PlotFeature) => string | null;
  /** Restriction codes → German text. */
  restriction: (code: Restriction) => string;
  /** Utility codes → German text. */
  utility: (code: Utility) => string;
}

const minutes = (s: number | undefined) =>
  s === undefined ? null : Math.max(1, Math.round(s / 60));

/** Plots (or the Merkliste) as CSV for German Excel (UTF-8 BOM, semicolons, decimal comma). */
export function plotsCsv(plots: readonly PlotFeature[], ctx: PlotsCsvContext): string {
  return germanCsv(
    PLOTS_CSV_HEADER,
    plots.map((f) => {
      const p = f.properties;
      const [lon, lat] = interiorPoint(f.geometry);
      const road = (k: AccessKind) => p.road?.[k]?.distance_m ?? null;
      return [
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
        [p.contact.name, p.contact.role].filter(Boolean).join(', '),
        p.asOf,
        csvNumber(lat, 6),
        csvNumber(lon, 6),
        ctx.link(p.id),
        ctx.fnp(f),
        road('a4'),
        minutes(p.road?.a4?.time_s),
        road('hbf'),
        minutes(p.road?.hbf?.time_s),
        road('haltestelle'),
        minutes(p.road?.haltestelle?.time_s),
        p.limits?.gfz ?? null,
        p.cadastre
          ? `Gemarkung ${p.cadastre.gemarkung}, Flur ${p.cadastre.flur}, Flurstück ${p.cadastre.flurstueck}`
          : null,
        p.utilities
          ? UTILITIES.filter((u) => p.utilities?.[u])
              .map(ctx.utility)
              .join(', ')
          : null,
        (p.restrictions ?? []).map(ctx.restriction).join('; ') || null,
        p.divisibleFrom_m2 ?? null,
        p.tradeTax ? `${p.tradeTax.percent}${p.tradeTax.model ? ' (Modellwert)' : ''}` : null,
        // national form: a leading „+“ would be escaped as a formula by the CSV writer
        p.contact.phone?.replace(/^\+49\s*/, '0') ?? null,
        p.contact.email ?? null,
        p.contact.url ?? null,
        p.contact.model ? 'ja' : 'nein'
      ];
    })
  );
}

/** The shown result as GeoJSON, in the same schema as plots.geojson (re-importable). */
export function plotsGeoJson(plots: readonly PlotFeature[]): string {
  const fc: FeatureCollection = { type: 'FeatureCollection', features: [...plots] };
  return JSON.stringify(fc, null, 1);
}
