/**
 * Which areas of a plan carry marketable plots, and the model attributes of each plot.
 * Estates are selected by category, status and name only (never by id or coordinates), so the
 * generator runs unchanged on a rebuilt plan.
 *
 * How estates are marketed (and so modelled): new estates and extensions (status `neu`) are
 * parcelled into large lots of about 1–6 ha along estate roads, divisible down to 0.5 ha, so
 * several adjacent lots give 2–10 ha; existing estates have a few vacant plots (Baulücken);
 * the Innovationsquartier has plots of 350–5,500 m² (iq-dueren.de), each inside one FNP area
 * whose category allows its zoning.
 */
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type {
  PlotContact,
  PlotProperties,
  PlotStatus,
  Restriction,
  TradeTax,
  Utility,
  Zoning
} from '../../src/lib/plan/plots';
import { ZONINGS } from '../../src/lib/plan/plots';
import type { PlanFeature } from '../../src/lib/plan/types';
import type { PlanPartRef } from '../../src/lib/plan/parts';
import { category } from '../../src/lib/plan/categories';
import type { Rng } from '../../src/lib/geo/prng';

/** Date of the model information ("Stand"), shown with every plot. */
export const AS_OF = '2026-10-01';

/**
 * Gewerbesteuer-Hebesatz. `dueren-facts.md` (the project's list of published facts) has no
 * figure for it, so this is a model value and says so wherever it is shown.
 */
export const TRADE_TAX: TradeTax = { percent: 490, model: true };

/** G, GI, M and S areas: the FNP categories a plot may lie in. */
export const PLOT_CATEGORIES = ['gewerbe', 'industrie', 'gemischt', 'sonder'] as const;
const ESTATE_CATEGORIES = ['gewerbe', 'industrie'];

export type EstateKind = 'neu' | 'baulücke' | 'iq';

export interface EstateArea {
  estate: string;
  kind: EstateKind;
  /** FNP category of the one plan area the estate area lies in. */
  category: string;
  district: string | null;
  geometry: Polygon | MultiPolygon;
}

const isEstate = (f: PlanFeature) => ESTATE_CATEGORIES.includes(f.properties.category);

/** Category of the plan areas inside the Innovationsquartier that carry its plots. */
const IQ_CATEGORIES = ['gemischt', 'gewerbe', 'sonder'];

/**
 * New and extended estates (status `neu`) are parcelled completely; in existing estates about
 * one area in five gets a vacant plot (Baulücke), as the city reports 148 ha of them. The
 * Innovationsquartier is cut by the plan's areas: its plots lie only in M, G and S areas.
 */
export function estateAreas(
  features: readonly PlanFeature[],
  iq: Feature<Polygon | MultiPolygon> | null,
  rng: Rng
): EstateArea[] {
  const out: EstateArea[] = [];
  const sorted = [...features].sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  for (const f of sorted) {
    if (!isEstate(f)) continue;
    const { name, status, district, category } = f.properties;
    const d = district ?? null;
    if (status === 'neu') {
      const estate = name ?? (d ? `Gewerbefläche ${d} (neu)` : 'Gewerbefläche (neu)');
      out.push({ estate, kind: 'neu', category, district: d, geometry: f.geometry });
    } else if (status === 'bestand' && rng.next() < 0.2) {
      const estate = name ?? (d ? `Gewerbefläche ${d}` : 'Gewerbefläche');
      out.push({ estate, kind: 'baulücke', category, district: d, geometry: f.geometry });
    }
  }
  if (iq) {
    const estate = String(iq.properties?.name ?? 'Innovationsquartier');
    for (const f of sorted) {
      if (!IQ_CATEGORIES.includes(f.properties.category)) continue;
      const cut = intersect(
        featureCollection([
          { type: 'Feature' as const, geometry: iq.geometry, properties: {} },
          { type: 'Feature' as const, geometry: f.geometry, properties: {} }
        ])
      );
      if (cut)
        out.push({
          estate,
          kind: 'iq',
          category: f.properties.category,
          district: f.properties.district ?? null,
          geometry: cut.geometry as Polygon | MultiPolygon
        });
    }
  }
  return out;
}

export const PARCEL_OPTIONS = {
  neu: { wholeUpTo: 45000, minPart: 4000, lotArea: [20000, 40000] as [number, number] },
  baulücke: { minArea: 2500, maxArea: 12000, roadWidth: 12, maxDepth: 80 },
  // The Innovationsquartier's published range: plots of 350 to 5,500 m².
  iq: { minArea: 700, maxArea: 4500, roadWidth: 10, maxDepth: 40 }
} as const;

/** Zoning of a plot from its estate kind and the FNP category of its area (always allowed). */
export function zoningOf(category: string, kind: EstateKind): Zoning {
  switch (category) {
    case 'industrie':
      return 'GI';
    case 'gemischt':
      return kind === 'iq' ? 'MU' : 'MI';
    case 'sonder':
      return 'SO';
    default:
      return 'GE';
  }
}

const STATUS_WEIGHTS: Record<EstateKind, [PlotStatus, number][]> = {
  // New estates are being marketed: most lots are on offer, some reserved, some not yet ready.
  neu: [
    ['verfügbar', 0.75],
    ['reserviert', 0.1],
    ['in Vorbereitung', 0.15]
  ],
  baulücke: [
    ['verfügbar', 0.7],
    ['reserviert', 0.3]
  ],
  iq: [
    ['verfügbar', 0.5],
    ['reserviert', 0.3],
    ['in Vorbereitung', 0.2]
  ]
};

function weighted<T>(rng: Rng, items: [T, number][]): T {
  let x = rng.next();
  for (const [item, w] of items) {
    if (x < w) return item;
    x -= w;
  }
  return items[items.length - 1]![0];
}

const PRICE: Partial<Record<Zoning, [number, number]>> = {
  GE: [45, 75],
  GI: [35, 55],
  MU: [110, 160],
  MI: [90, 130],
  SO: [60, 90]
};

/** Geschossflächenzahl: within the BauNVO's upper limits (GE/GI 2.4, MU 3.0, MI 1.2). */
const GFZ: Record<Zoning, number[]> = {
  GE: [1.6, 2.0, 2.4],
  GI: [2.4],
  MU: [3.0],
  MI: [1.2],
  MK: [3.0],
  SO: [1.2, 1.6]
};

/** Gemarkung (cadastral district) for a Stadtteil: the model takes the older village name. */
export function gemarkungOf(district: string | null): string {
  if (!district || ['Innenstadt', 'Nord-Düren', 'Ost', 'Süd'].includes(district)) return 'Düren';
  return district.split('-')[0]!;
}

const addMonths = (iso: string, months: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months, 1);
  return d.toISOString().slice(0, 10);
};

export interface PlotSite {
  area_m2: number;
  /** Distance (m, Luftlinie) to the nearest A4 junction. */
  a4_m: number | null;
  /** True for the northern half of its estate area (Henry-Ford-Straße: conditional). */
  north: boolean;
}

/** Model cadastral numbering: one Flur per estate area, Flurstücke counted up within it. */
export class Cadastre {
  private flur = new Map<EstateArea, { flur: number; next: number }>();
  constructor(private rng: Rng) {}
  next(area: EstateArea) {
    let f = this.flur.get(area);
    if (!f) {
      f = {
        flur: 1 + Math.floor(this.rng.range(0, 40)),
        next: 10 + Math.floor(this.rng.range(0, 600))
      };
      this.flur.set(area, f);
    }
    const n = f.next;
    f.next += 1 + (this.rng.next() < 0.3 ? 1 : 0);
    return { gemarkung: gemarkungOf(area.district), flur: f.flur, flurstueck: String(n) };
  }
}

function utilitiesFor(kind: EstateKind, rng: Rng): Record<Utility, boolean> {
  if (kind === 'iq')
    // The IQ's Bebauungsplan requires its cold district-heating network (dn-news.de, 2024).
    return { glasfaser: true, strom: true, gas: false, fernwaerme: true };
  return {
    glasfaser: kind === 'neu' || rng.next() < 0.6,
    strom: true,
    gas: rng.next() < 0.75,
    fernwaerme: rng.next() < 0.08
  };
}

function restrictionsFor(area: EstateArea, zoning: Zoning, site: PlotSite, rng: Rng) {
  const r: Restriction[] = [];
  if (site.a4_m !== null && site.a4_m < 1500) r.push('laerm');
  if (zoning === 'GI' || (zoning === 'GE' && rng.next() < 0.15)) r.push('stoerfall');
  if (area.kind === 'neu' && rng.next() < 0.35) r.push('kampfmittel');
  if (area.kind === 'neu' && rng.next() < 0.5) r.push('versickerung');
  // Green roofs and solar panels: required by the IQ's Bebauungsplan (dn-news.de, 2024).
  if (area.kind === 'iq') r.push('gruendach');
  // The northern part of Henry-Ford-Straße is a conditional commercial area (dn-news.de).
  if (/Henry-Ford/.test(area.estate) && area.kind === 'neu' && site.north) r.push('bedingt');
  return r;
}

/** The model attributes of one plot (everything but id, area, access and road distances). */
export function plotAttributes(
  area: EstateArea,
  zoning: Zoning,
  site: PlotSite,
  contact: PlotContact,
  cadastre: Cadastre,
  rng: Rng
): Omit<PlotProperties, 'id' | 'area_m2' | 'access'> {
  const status = weighted(rng, STATUS_WEIGHTS[area.kind]);
  const months =
    status === 'in Vorbereitung' ? Math.round(rng.range(9, 30)) : Math.round(rng.range(0, 6));
  const props: Omit<PlotProperties, 'id' | 'area_m2' | 'access'> = {
    estate: area.estate,
    zoning,
    status,
    availableFrom: addMonths(AS_OF, months),
    contact: { ...contact },
    asOf: AS_OF,
    cadastre: cadastre.next(area),
    utilities: utilitiesFor(area.kind, rng),
    restrictions: restrictionsFor(area, zoning, site, rng),
    tradeTax: { ...TRADE_TAX }
  };
  if (area.kind === 'neu' && site.area_m2 >= 15000) props.divisibleFrom_m2 = 5000;
  const gfz = rng.pick(GFZ[zoning]);
  // Public estates carry a price indication and a modelled Bebauungsplan; Baulücken are private.
  if (area.kind !== 'baulücke') {
    const [lo, hi] = PRICE[zoning] ?? [50, 80];
    props.priceIndication_eur_m2 = Math.round(rng.range(lo, hi) / 5) * 5;
    props.bplan = `Bebauungsplan „${area.estate}“ (Modell)`;
    props.limits =
      zoning === 'MU'
        ? { maxHeight_m: 22, grz: 0.6, gfz }
        : { maxHeight_m: zoning === 'GI' ? 25 : rng.pick([12, 15, 20]), grz: 0.8, gfz };
  } else props.limits = { grz: 0.8, gfz };
  return props;
}

/**
 * A plot in an area of a Bebauungsplan the plan lists (plan/parts.ts) takes what that plan
 * fixes there instead of the estate's model values: GRZ, GFZ, the height limit (the highest
 * Höhenangabe over ground) and the Baugebiet as zoning; `limits.from` names the plan.
 */
export function withBplanLimits(
  props: Omit<PlotProperties, 'id' | 'area_m2' | 'access'>,
  area: PlanFeature,
  ref: PlanPartRef
): Omit<PlotProperties, 'id' | 'area_m2' | 'access'> {
  const bau = area.properties.bau;
  if (!bau) return props;
  const heights = (bau.hoehen ?? [])
    .filter((h) => h.bezug === undefined || h.bezug === '2000')
    .map((h) => h.hMax ?? h.h)
    .filter((h): h is number => h !== undefined);
  const grz = bau.GRZ ?? bau.GRZmax;
  const gfz = bau.GFZ ?? bau.GFZmax;
  const symbol = category(area.properties.category).symbol;
  return {
    ...props,
    ...((ZONINGS as readonly string[]).includes(symbol) ? { zoning: symbol as Zoning } : {}),
    bplan: `Bebauungsplan ${ref.number} „${ref.title}“${ref.model ? ' (Modell)' : ''}`,
    limits: {
      ...(heights.length > 0 ? { maxHeight_m: Math.max(...heights) } : {}),
      ...(grz !== undefined ? { grz } : {}),
      ...(gfz !== undefined ? { gfz } : {}),
      from: { number: ref.number, model: ref.model }
    }
  };
}
