/**
 * Which areas of a plan carry marketable plots, and the model attributes of each plot.
 * Estates are selected by category, status and name only (never by id or coordinates), so the
 * generator runs unchanged on a rebuilt plan.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { PlotProperties, PlotStatus, Zoning } from '../../src/lib/plan/plots';
import type { PlanFeature } from '../../src/lib/plan/types';
import type { Rng } from '../../src/lib/geo/prng';

/** Date of the model information ("Stand"), shown with every plot. */
export const AS_OF = '2026-10-01';

export const CONTACT = {
  name: 'Stadt Düren, Wirtschaftsförderung (Modelleintrag)',
  url: 'https://www.dueren.de/'
};

/** G, GI, M and S areas: the FNP categories a plot may lie in (besides the Innovationsquartier). */
export const PLOT_CATEGORIES = ['gewerbe', 'industrie', 'gemischt', 'sonder'] as const;
const ESTATE_CATEGORIES = ['gewerbe', 'industrie'];

export type EstateKind = 'neu' | 'baulücke' | 'iq';

export interface EstateArea {
  estate: string;
  kind: EstateKind;
  geometry: Polygon | MultiPolygon;
}

const isEstate = (f: PlanFeature) => ESTATE_CATEGORIES.includes(f.properties.category);

/**
 * New and extended estates (status `neu`, named) are parcelled completely; in existing estates
 * about one area in five gets a vacant plot (Baulücke), as the city reports 148 ha of them.
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
    const { name, status, district } = f.properties;
    if (status === 'neu' && name) out.push({ estate: name, kind: 'neu', geometry: f.geometry });
    else if (status === 'bestand' && rng.next() < 0.2) {
      const estate = name ?? (district ? `Gewerbefläche ${district}` : 'Gewerbefläche');
      out.push({ estate, kind: 'baulücke', geometry: f.geometry });
    }
  }
  if (iq)
    out.push({
      estate: String(iq.properties?.name ?? 'Innovationsquartier'),
      kind: 'iq',
      geometry: iq.geometry
    });
  return out;
}

export const PARCEL_OPTIONS = {
  neu: { minArea: 3000, maxArea: 15000, roadWidth: 14, maxDepth: 90 },
  baulücke: { minArea: 2500, maxArea: 12000, roadWidth: 12, maxDepth: 80 },
  // The Innovationsquartier's published range: plots of 350 to 5,500 m².
  iq: { minArea: 700, maxArea: 4500, roadWidth: 10, maxDepth: 40 }
} as const;

export function zoningOf(category: string | null, kind: EstateKind): Zoning {
  if (kind === 'iq') return 'MU';
  switch (category) {
    case 'industrie':
      return 'GI';
    case 'gemischt':
      return 'MI';
    case 'sonder':
      return 'SO';
    default:
      return 'GE';
  }
}

const STATUS_WEIGHTS: Record<EstateKind, [PlotStatus, number][]> = {
  neu: [
    ['verfügbar', 0.45],
    ['reserviert', 0.2],
    ['in Vorbereitung', 0.35]
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

const addMonths = (iso: string, months: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months, 1);
  return d.toISOString().slice(0, 10);
};

/** The model attributes of one plot (everything but id, area and access). */
export function plotAttributes(
  area: EstateArea,
  zoning: Zoning,
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
    contact: { ...CONTACT },
    asOf: AS_OF
  };
  // Public estates carry a price indication and a modelled Bebauungsplan; Baulücken are private.
  if (area.kind !== 'baulücke') {
    const [lo, hi] = PRICE[zoning] ?? [50, 80];
    props.priceIndication_eur_m2 = Math.round(rng.range(lo, hi) / 5) * 5;
    props.bplan = `Bebauungsplan „${area.estate}“ (Modell)`;
    props.limits =
      zoning === 'MU'
        ? { maxHeight_m: 22, grz: 0.6 }
        : { maxHeight_m: zoning === 'GI' ? 25 : rng.pick([12, 15, 20]), grz: 0.8 };
  }
  return props;
}
