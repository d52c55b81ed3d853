/**
 * The model's geography in lon/lat (WGS84). Positions are estimates after the published
 * descriptions in shared/design/dueren-facts.md; sizes are the published figures.
 */
import type { CategoryCode } from '../../src/lib/plan/categories';

export type LL = [number, number];

export const CENTRE: LL = [6.482964, 50.801678];
export const HBF: LL = [6.4825, 50.81083];

/** Settlements: built-up cores (radius in metres). `district` names the Stadtteil. */
export interface Settlement { name: string; at: LL; r: number; town?: boolean }
export const SETTLEMENTS: Settlement[] = [
  { name: 'Innenstadt', at: [6.4830, 50.8017], r: 1150, town: true },
  { name: 'Nord-Düren', at: [6.4890, 50.8160], r: 850, town: true },
  { name: 'Ost', at: [6.5030, 50.8000], r: 750, town: true },
  { name: 'Süd', at: [6.4880, 50.7880], r: 850, town: true },
  { name: 'Rölsdorf', at: [6.4660, 50.7910], r: 600, town: true },
  { name: 'Birkesdorf', at: [6.4720, 50.8250], r: 750, town: true },
  { name: 'Mariaweiler', at: [6.4520, 50.8300], r: 430 },
  { name: 'Hoven', at: [6.4400, 50.8190], r: 380 },
  { name: 'Merken', at: [6.4300, 50.8450], r: 420 },
  { name: 'Echtz', at: [6.4030, 50.8290], r: 430 },
  { name: 'Konzendorf', at: [6.4160, 50.8215], r: 260 },
  { name: 'Derichsweiler', at: [6.4290, 50.8060], r: 430 },
  { name: 'Gürzenich', at: [6.4480, 50.7900], r: 560 },
  { name: 'Birgel', at: [6.4340, 50.7770], r: 340 },
  { name: 'Lendersdorf', at: [6.4640, 50.7745], r: 480 },
  { name: 'Berzbuir', at: [6.4520, 50.7620], r: 280 },
  { name: 'Kufferath', at: [6.4400, 50.7630], r: 220 },
  { name: 'Niederau', at: [6.4840, 50.7770], r: 400 },
  { name: 'Krauthausen', at: [6.4800, 50.7660], r: 280 },
  { name: 'Arnoldsweiler', at: [6.5030, 50.8330], r: 420 }
];

/** Stadtteile (schematic): seed points of a Voronoi partition clipped to the city. */
export const DISTRICTS: { name: string; at: LL }[] = [
  { name: 'Innenstadt', at: [6.4830, 50.8017] },
  { name: 'Nord-Düren', at: [6.4900, 50.8170] },
  { name: 'Ost', at: [6.5090, 50.7990] },
  { name: 'Süd', at: [6.4930, 50.7850] },
  { name: 'Rölsdorf', at: [6.4640, 50.7930] },
  { name: 'Birkesdorf', at: [6.4750, 50.8320] },
  { name: 'Mariaweiler', at: [6.4500, 50.8300] },
  { name: 'Hoven', at: [6.4400, 50.8170] },
  { name: 'Merken', at: [6.4300, 50.8460] },
  { name: 'Echtz-Konzendorf', at: [6.4060, 50.8270] },
  { name: 'Derichsweiler', at: [6.4270, 50.8040] },
  { name: 'Gürzenich', at: [6.4420, 50.7890] },
  { name: 'Birgel', at: [6.4250, 50.7720] },
  { name: 'Lendersdorf', at: [6.4650, 50.7740] },
  { name: 'Berzbuir-Kufferath', at: [6.4480, 50.7560] },
  { name: 'Niederau-Krauthausen', at: [6.4880, 50.7680] },
  { name: 'Arnoldsweiler', at: [6.5030, 50.8345] }
];

/** Linear features. Widths in metres. Order = priority where they cross. */
export interface Corridor { name: string; category: CategoryCode; width: number; line: LL[]; meander?: number }
export const RUR: LL[] = [
  [6.4890, 50.7380], [6.4840, 50.7520], [6.4810, 50.7620], [6.4770, 50.7700], [6.4740, 50.7800],
  [6.4690, 50.7880], [6.4660, 50.7960], [6.4650, 50.8040], [6.4670, 50.8120], [6.4660, 50.8200],
  [6.4620, 50.8280], [6.4570, 50.8350], [6.4520, 50.8420], [6.4460, 50.8500], [6.4420, 50.8620]
];
export const A4: LL[] = [
  [6.3700, 50.8360], [6.3950, 50.8385], [6.4200, 50.8392], [6.4450, 50.8387], [6.4650, 50.8405],
  [6.4800, 50.8425], [6.5000, 50.8445], [6.5200, 50.8462], [6.5450, 50.8480]
];
export const CORRIDORS: Corridor[] = [
  { name: 'Rur', category: 'wasser', width: 32, line: RUR, meander: 35 },
  { name: 'A 4', category: 'verkehr', width: 46, line: A4 },
  {
    name: 'Bahnstrecke Köln–Aachen', category: 'verkehr', width: 40,
    line: [[6.3700, 50.8160], [6.4200, 50.8125], [6.4550, 50.8098], [6.4700, 50.8100], [6.4825, 50.8110], [6.4950, 50.8130], [6.5100, 50.8170], [6.5250, 50.8230], [6.5500, 50.8330]]
  },
  {
    name: 'Rurtalbahn', category: 'verkehr', width: 16,
    line: [[6.4790, 50.8106], [6.4745, 50.8030], [6.4715, 50.7930], [6.4700, 50.7820], [6.4730, 50.7700], [6.4800, 50.7560], [6.4840, 50.7400]]
  },
  {
    name: 'B 56', category: 'verkehr', width: 24,
    line: [[6.4860, 50.8120], [6.4850, 50.8220], [6.4820, 50.8330], [6.4800, 50.8425], [6.4790, 50.8600]]
  },
  {
    name: 'B 264 Kölner Landstraße', category: 'verkehr', width: 22,
    line: [[6.4920, 50.8060], [6.5050, 50.8075], [6.5200, 50.8090], [6.5450, 50.8110]]
  },
  {
    name: 'B 264 Aachener Straße', category: 'verkehr', width: 20,
    line: [[6.4700, 50.8000], [6.4500, 50.8020], [6.4300, 50.8045], [6.4100, 50.8075], [6.3800, 50.8120]]
  },
  {
    name: 'B 56n Umgehung', category: 'verkehr', width: 24,
    line: [[6.4960, 50.8442], [6.5020, 50.8330], [6.5040, 50.8215], [6.5120, 50.8150], [6.5170, 50.8050], [6.5170, 50.7990], [6.5100, 50.7860], [6.5030, 50.7780], [6.5000, 50.7650], [6.4990, 50.7500]]
  },
  {
    name: 'Stockheimer Landstraße (Straßenfläche)', category: 'verkehr', width: 18,
    line: [[6.4880, 50.7950], [6.4935, 50.7850], [6.4985, 50.7770], [6.5050, 50.7680], [6.5150, 50.7550]]
  }
];

/** Named estates and other explicitly drawn areas (area in ha after corridors are cut out). */
export interface Special {
  name: string | null;
  category: CategoryCode;
  previous: CategoryCode | null;
  at: LL;
  ha: number;
  /** Extent (metres) and rotation of the initial shape; it is scaled to the exact area. */
  rx: number;
  ry: number;
  rot: number;
  /** Split off an extension of this many ha on the side the compass bearing (deg) points to. */
  extension?: { ha: number; bearing: number; name: string };
  /** Subdivide into plots of at most this many ha (otherwise one feature). */
  plots?: number;
  /** Share of plots that are industrie instead of gewerbe. */
  industrie?: number;
}

export const EXT = ' (Erweiterung)';
export const SPECIALS: Special[] = [
  { name: 'Im Großen Tal', category: 'gewerbe', previous: 'gewerbe', at: [6.4860, 50.8355], ha: 80, rx: 620, ry: 400, rot: 8, plots: 6.5, industrie: 0.3 },
  {
    name: 'Talbenden/Rurbenden', category: 'gewerbe', previous: 'gewerbe', at: [6.4685, 50.8462], ha: 35 * (2 / 3), rx: 560, ry: 260, rot: 18, plots: 5,
    extension: { ha: 22, bearing: 70, name: 'Talbenden/Rurbenden' + EXT }
  },
  {
    name: 'Stockheimer Landstraße', category: 'gewerbe', previous: 'gewerbe', at: [6.5045, 50.7730], ha: 25, rx: 330, ry: 480, rot: -35, plots: 4,
    extension: { ha: 11.3, bearing: 160, name: 'Stockheimer Landstraße' + EXT }
  },
  {
    name: 'Henry-Ford-Straße', category: 'gewerbe', previous: 'gewerbe', at: [6.5150, 50.7905], ha: 42.5, rx: 470, ry: 520, rot: 10, plots: 6, industrie: 0.2,
    extension: { ha: 14, bearing: 150, name: 'Henry-Ford-Straße' + EXT }
  },
  { name: 'Im Rossfeld', category: 'gewerbe', previous: 'landwirtschaft', at: [6.5118, 50.8030], ha: 23, rx: 300, ry: 260, rot: 0 },
  { name: 'Paradiesbenden', category: 'gewerbe', previous: 'gewerbe', at: [6.4570, 50.8215], ha: 16, rx: 300, ry: 200, rot: 60, plots: 3 },
  { name: 'Industriepark Niederau-Krauthausen', category: 'industrie', previous: 'industrie', at: [6.4925, 50.7628], ha: 31, rx: 380, ry: 300, rot: 20, plots: 5, industrie: 1 },
  { name: 'Kläranlage Düren', category: 'versorgung', previous: 'versorgung', at: [6.4535, 50.8330], ha: 9, rx: 200, ry: 160, rot: 30 },
  { name: 'Umspannwerk', category: 'versorgung', previous: 'versorgung', at: [6.4985, 50.8270], ha: 3.5, rx: 110, ry: 90, rot: 0 },
  { name: 'Wasserwerk', category: 'versorgung', previous: 'versorgung', at: [6.4585, 50.7810], ha: 4, rx: 120, ry: 100, rot: 10 },
  { name: 'Friedhof Düren-Ost', category: 'gruen', previous: 'gruen', at: [6.4985, 50.8090], ha: 12, rx: 220, ry: 160, rot: 15 },
  { name: 'Stadtpark', category: 'gruen', previous: 'gruen', at: [6.4920, 50.7975], ha: 14, rx: 240, ry: 170, rot: -20 },
  { name: 'Krankenhaus Düren', category: 'gemeinbedarf', previous: 'gemeinbedarf', at: [6.4745, 50.7990], ha: 6, rx: 150, ry: 120, rot: 0 },
  // four small new commercial areas (Arrondierungen) completing the 8 new ones
  { name: null, category: 'gewerbe', previous: 'landwirtschaft', at: [6.5065, 50.8345], ha: 1.6, rx: 80, ry: 60, rot: 30 },
  { name: null, category: 'gewerbe', previous: 'landwirtschaft', at: [6.5010, 50.7605], ha: 1.2, rx: 70, ry: 55, rot: 0 },
  { name: null, category: 'gewerbe', previous: 'landwirtschaft', at: [6.4370, 50.7940], ha: 1.1, rx: 65, ry: 55, rot: 10 },
  { name: null, category: 'gewerbe', previous: 'landwirtschaft', at: [6.4150, 50.8335], ha: 0.8, rx: 55, ry: 45, rot: 0 }
];

/** Forest blobs (toward the Eifel in the south/south-west), radius in metres. */
export const FORESTS: { at: LL; r: number }[] = [
  { at: [6.4150, 50.7800], r: 1900 },
  { at: [6.4300, 50.7580], r: 900 },
  { at: [6.4650, 50.7510], r: 900 },
  { at: [6.4180, 50.7980], r: 450 },
  { at: [6.5150, 50.7700], r: 450 }
];

/** Innovationsquartier: strip south of the tracks east of the station (estimate), in ha. */
export const IQ = {
  name: 'Innovationsquartier Düren',
  ha: 10.8,
  ring: [
    [6.4812, 50.8104], [6.4870, 50.8109], [6.4925, 50.8118], [6.4931, 50.8106], [6.4905, 50.8093],
    [6.4868, 50.8087], [6.4835, 50.8086], [6.4810, 50.8091]
  ] as LL[]
};

export const PLACES = [
  { name: 'Düren Hauptbahnhof', kind: 'bahnhof', at: HBF, estimate: false },
  { name: 'Anschlussstelle Langerwehe (5d)', kind: 'anschlussstelle', at: [6.3720, 50.8362] as LL, estimate: true, note: 'A 4, außerhalb des Stadtgebiets' },
  { name: 'Anschlussstelle Düren (6)', kind: 'anschlussstelle', at: [6.4800, 50.8425] as LL, estimate: true, note: 'A 4 / B 56' },
  { name: 'Anschlussstelle Merzenich (7a)', kind: 'anschlussstelle', at: [6.5430, 50.8478] as LL, estimate: true, note: 'A 4, außerhalb des Stadtgebiets' },
  { name: 'Innovationscenter Düren (ICD)', kind: 'gebaeude', at: [6.4828, 50.8097] as LL, estimate: true, note: 'am südlichen Bahnhofszugang, ca. 5.650 m²' },
  { name: 'Modellfabrik Papier', kind: 'gebaeude', at: [6.4895, 50.8103] as LL, estimate: true, note: 'Forschungsfabrik, ca. 5.400 m² BGF; Fertigstellung Ende 2026' }
];
