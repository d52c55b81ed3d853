/**
 * The model's geography in lon/lat (WGS84). Positions are estimates after the published
 * descriptions in shared/design/dueren-facts.md; sizes are the published figures.
 */
import type { CategoryCode } from '../../src/lib/plan/categories';

export type LL = [number, number];

export const CENTRE: LL = [6.482964, 50.801678];
export const HBF: LL = [6.4825, 50.81083];

/** Stadtteile (schematic): seed points of a Voronoi partition clipped to the city. The villages
 * sit on their `ort` point from the sketch; the core city is split into its quarters. */
export const DISTRICTS: { name: string; at: LL[] }[] = [
  { name: 'Innenstadt', at: [[6.4821, 50.8032]] },
  { name: 'Nord-Düren', at: [[6.49, 50.817]] },
  { name: 'Ost', at: [[6.509, 50.799]] },
  { name: 'Süd', at: [[6.493, 50.785]] },
  { name: 'Rölsdorf', at: [[6.4622, 50.7901]] },
  { name: 'Birkesdorf', at: [[6.4641, 50.8253]] },
  { name: 'Mariaweiler', at: [[6.443, 50.8161]] },
  { name: 'Hoven', at: [[6.4404, 50.8295]] },
  { name: 'Merken', at: [[6.4229, 50.8476]] },
  {
    name: 'Echtz-Konzendorf',
    at: [
      [6.4193, 50.825],
      [6.4188, 50.8098]
    ]
  },
  { name: 'Derichsweiler', at: [[6.4308, 50.7984]] },
  { name: 'Gürzenich', at: [[6.4478, 50.7933]] },
  { name: 'Birgel', at: [[6.4441, 50.7746]] },
  { name: 'Lendersdorf', at: [[6.4766, 50.7646]] },
  {
    name: 'Berzbuir-Kufferath',
    at: [
      [6.4606, 50.7616],
      [6.4657, 50.7514]
    ]
  },
  { name: 'Niederau-Krauthausen', at: [[6.4936, 50.7641]] },
  { name: 'Arnoldsweiler', at: [[6.4911, 50.8377]] }
];

/** Band widths (m) of the sketch's lines as drawn in the plan (Verkehrsflächen, Wasser). */
export const WIDTH = { rur: 28, bach: 10, bahn: 24, autobahn: 36, hauptstrasse: 16 };

/**
 * Named estates and other explicitly drawn areas. `on: 'gewerbe'` places an estate on the
 * sketch's commercial zones around `at`; `on: 'open'` places new land on open land only.
 */
export interface Special {
  name: string | null;
  category: CategoryCode;
  previous: CategoryCode | null;
  at: LL;
  ha: number;
  on: 'gewerbe' | 'open';
  /** A planned extension of this many ha on open land, on the side the bearing (deg) points to. */
  extension?: { ha: number; bearing: number; name: string };
  /** Subdivide into plots of at most this many ha (otherwise one feature). */
  plots?: number;
  /** Share of plots that are industrie instead of gewerbe. */
  industrie?: number;
}

export const EXT = ' (Erweiterung)';
const G = 'gewerbe' as const;
export const SPECIALS: Special[] = [
  {
    name: 'Talbenden/Rurbenden',
    category: G,
    previous: G,
    at: [6.453, 50.8418],
    ha: 35 * (2 / 3),
    on: 'gewerbe',
    plots: 5,
    extension: { ha: 22, bearing: 20, name: 'Talbenden/Rurbenden' + EXT }
  },
  {
    name: 'Im Großen Tal',
    category: G,
    previous: G,
    at: [6.4631, 50.8349],
    ha: 80,
    on: 'gewerbe',
    plots: 6.5,
    industrie: 0.3
  },
  {
    name: 'Henry-Ford-Straße',
    category: G,
    previous: G,
    at: [6.505, 50.787],
    ha: 42.5,
    on: 'gewerbe',
    plots: 6,
    industrie: 0.2,
    extension: { ha: 14, bearing: 80, name: 'Henry-Ford-Straße' + EXT }
  },
  {
    name: 'Stockheimer Landstraße',
    category: G,
    previous: G,
    at: [6.512, 50.7765],
    ha: 25,
    on: 'gewerbe',
    plots: 4,
    extension: { ha: 11.3, bearing: 150, name: 'Stockheimer Landstraße' + EXT }
  },
  {
    name: 'Im Rossfeld',
    category: G,
    previous: 'landwirtschaft',
    at: [6.516, 50.807],
    ha: 23,
    on: 'open'
  },
  {
    name: 'Paradiesbenden',
    category: G,
    previous: G,
    at: [6.465, 50.8162],
    ha: 16,
    on: 'gewerbe',
    plots: 3
  },
  {
    name: 'Industriepark Niederau-Krauthausen',
    category: 'industrie',
    previous: 'industrie',
    at: [6.4891, 50.7748],
    ha: 31,
    on: 'gewerbe',
    plots: 5,
    industrie: 1
  },
  {
    name: 'Kläranlage Düren',
    category: 'versorgung',
    previous: 'versorgung',
    at: [6.447, 50.85],
    ha: 9,
    on: 'open'
  },
  {
    name: 'Umspannwerk',
    category: 'versorgung',
    previous: 'versorgung',
    at: [6.4985, 50.827],
    ha: 3.5,
    on: 'open'
  },
  {
    name: 'Wasserwerk',
    category: 'versorgung',
    previous: 'versorgung',
    at: [6.4585, 50.781],
    ha: 4,
    on: 'open'
  },
  // four small new commercial areas (Arrondierungen) beside existing estates, completing the 8
  { name: null, category: G, previous: 'landwirtschaft', at: [6.43, 50.842], ha: 1.6, on: 'open' },
  { name: null, category: G, previous: 'landwirtschaft', at: [6.4955, 50.77], ha: 1.2, on: 'open' },
  {
    name: null,
    category: G,
    previous: 'landwirtschaft',
    at: [6.418, 50.8045],
    ha: 1.1,
    on: 'open'
  },
  { name: null, category: G, previous: 'landwirtschaft', at: [6.503, 50.8205], ha: 0.8, on: 'open' }
];

/** Innovationsquartier: strip south of the tracks east of the station (estimate), in ha. */
export const IQ = {
  name: 'Innovationsquartier Düren',
  ha: 10.8,
  ring: [
    [6.4812, 50.8104],
    [6.487, 50.8109],
    [6.4925, 50.8118],
    [6.4931, 50.8106],
    [6.4905, 50.8093],
    [6.4868, 50.8087],
    [6.4835, 50.8086],
    [6.481, 50.8091]
  ] as LL[]
};

export const PLACES = [
  {
    name: 'Innovationscenter Düren (ICD)',
    kind: 'einrichtung',
    at: [6.4828, 50.8097] as LL,
    estimate: true,
    note: 'am südlichen Bahnhofszugang, ca. 5.650 m²'
  },
  {
    name: 'Modellfabrik Papier',
    kind: 'einrichtung',
    at: [6.4895, 50.8103] as LL,
    estimate: true,
    note: 'Forschungsfabrik, ca. 5.400 m² BGF; Fertigstellung Ende 2026'
  }
];
