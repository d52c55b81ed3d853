/**
 * The model of the Innovationsquartier's Bebauungsplan BPL 01/377 „Südliches Bahnhofsquartier“
 * (issue 25, goal 4), built by `npm run data:build` from the FNP it is developed from (§ 8 (2)
 * BauGB): its Geltungsbereich is the Innovationsquartier, each of its areas is one of the FNP's
 * areas there with the Baugebiet that category allows (M → MU, S → SO, Gemeinbedarf, Grün,
 * Verkehr), and each building area has a Baugrenze 5 m inside its edge.
 *
 * Published (dueren-facts.md): the plan's number and name, that it is in force, the cold
 * district-heating network, solar panels and retaining green roofs it requires, homes and work
 * places side by side (MU). Not published: the Nutzungsschablone values, the Baugrenzen and
 * the Geltungsbereich's exact line; they are plausible model values, and the whole plan says
 * so („Modell“ in its title, `model: true`, the notice).
 */
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { ellipsoidalArea } from '../../src/lib/geo/area';
import type { CategoryCode } from '../../src/lib/plan/categories';
import type {
  BauFestsetzungen,
  PlanMeta,
  PlanProperties,
  TextAbschnitt
} from '../../src/lib/plan/types';
import { withSchablone } from '../../src/lib/xplan/nutzungsschablone';
import type { PlanPartRef } from '../../src/lib/plan/parts';
import { polygonsBounds } from '../../src/lib/geo/bounds';
import {
  area,
  diff,
  interiorPoint,
  pointInMP,
  regularPolygon,
  toLL,
  toM,
  unite,
  type MP
} from './geo';
import { toGeometry, type OutFeature } from './output';

export const BPLAN_ID = 'dueren-bplan-01-377';
export const BPLAN_NUMBER = '01/377';
export const BPLAN_NAME = 'Südliches Bahnhofsquartier';

/** The Baugrenze keeps this distance (m) from the edge of its building area. */
const BAUGRENZE_INSET_M = 5;

/** Textliche Festsetzungen after the published requirements (dn-news.de, 2024-05-15). */
const TEXTE: TextAbschnitt[] = [
  {
    schluessel: '§ 1 Nr. 1',
    text: 'Die Dächer der Hauptgebäude sind als Flachdächer mit Retentionsgründach auszubilden (Modell nach dn-news.de, 15.05.2024).'
  },
  {
    schluessel: '§ 1 Nr. 2',
    text: 'Auf den Dachflächen der Hauptgebäude sind Photovoltaikanlagen zu errichten (Modell nach dn-news.de, 15.05.2024).'
  },
  {
    schluessel: '§ 1 Nr. 3',
    text: 'Die Gebäude sind an das kalte Nahwärmenetz des Quartiers anzuschließen (Modell nach dn-news.de, 15.05.2024).'
  }
];

/** Oberkante (bezugspunkt 3000) über Gelände (hoehenbezug 2000), höchstens `m` metres. */
const oberkante = (m: number) => [{ bezug: '2000', punkt: '3000', hMax: m }];

interface Rule {
  category: CategoryCode;
  xplanClass: string;
  codes?: Record<string, string>;
  bau?: BauFestsetzungen;
  texte?: boolean;
}

/**
 * What the Bebauungsplan makes of each FNP category in the quarter. Model values within the
 * BauNVO's upper limits (§ 17: MU GRZ 0,8 / GFZ 3,0; SO 0,8 / 2,4); abweichende Bauweise
 * (3000) and Flachdach (1000) for the quarter's large, green-roofed buildings.
 */
/** A Baugebiet (BP_BaugebietsTeilFlaeche) with its besondereArtDerBaulNutzung and its values. */
const baugebiet = (
  category: CategoryCode,
  art: string,
  mass: Pick<BauFestsetzungen, 'GRZ' | 'GFZ' | 'Z'>,
  height_m: number
): Rule => ({
  category,
  xplanClass: 'BP_BaugebietsTeilFlaeche',
  codes: { besondereArtDerBaulNutzung: art },
  bau: { ...mass, bauweise: '3000', dachform: ['1000'], hoehen: oberkante(height_m) },
  texte: true
});

const RULES: Partial<Record<CategoryCode, Rule>> = {
  gemischt: baugebiet('mu', '1550', { GRZ: 0.6, GFZ: 2.4, Z: 5 }, 20),
  sonder: baugebiet('so', '2100', { GRZ: 0.8, GFZ: 2.4, Z: 4 }, 22),
  gemeinbedarf: {
    category: 'gemeinbedarf',
    xplanClass: 'BP_GemeinbedarfsFlaeche',
    bau: { GRZ: 0.6, GFZ: 1.8, Z: 4, dachform: ['1000'], hoehen: oberkante(18) },
    texte: true
  },
  gruen: { category: 'gruen', xplanClass: 'BP_GruenFlaeche' },
  verkehr: { category: 'verkehr', xplanClass: 'BP_VerkehrsflaecheBesondererZweckbestimmung' }
};

/** Polygon or MultiPolygon (degrees) → MP in the data build's metres. */
function toMP(g: Polygon | MultiPolygon): MP {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.map((rings) =>
    rings.map((ring) => ring.map((p) => toM(p[0] as number, p[1] as number) as Position))
  );
}

/**
 * The shape shrunk by `d` metres: minus a band of width 2·d along every edge and a disc at
 * every corner (so the Baugrenze runs parallel to the edge, rounded at convex corners).
 */
function inset(mp: MP, d: number): MP {
  const cut: MP[] = [];
  for (const ring of mp.flat()) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[i + 1] as [number, number];
      const len = Math.hypot(bx - ax, by - ay);
      if (len === 0) continue;
      const nx = (-(by - ay) / len) * d;
      const ny = ((bx - ax) / len) * d;
      cut.push([
        [
          [
            [ax + nx, ay + ny],
            [bx + nx, by + ny],
            [bx - nx, by - ny],
            [ax - nx, ay - ny],
            [ax + nx, ay + ny]
          ]
        ]
      ]);
      cut.push(regularPolygon([ax, ay], d, 12));
    }
  }
  return diff(mp, [unite(cut)]).filter((poly) => area([poly]) >= 50);
}

const round7 = (v: number) => Math.round(v * 1e7) / 1e7;
const ringLL = (ring: Position[]): Position[] =>
  ring.map((p) => {
    const [lon, lat] = toLL(p[0] as number, p[1] as number);
    return [round7(lon), round7(lat)];
  });

export interface BplanModel {
  areas: OutFeature[];
  lines: OutFeature[];
  boundary: OutFeature[];
  meta: PlanMeta;
  ref: PlanPartRef;
}

/**
 * The Bebauungsplan from the FNP's written areas and the Innovationsquartier: every FNP area
 * whose interior lies in the quarter becomes a BPlan area with its rule's Baugebiet.
 */
export function buildBplan(
  fnp: readonly OutFeature[],
  iq: Polygon | MultiPolygon,
  base: Pick<PlanMeta, 'municipality' | 'ags' | 'attributions'>
): BplanModel {
  const iqMP = toMP(iq);
  const areas: OutFeature[] = [];
  const lines: OutFeature[] = [];
  const counts = new Map<string, number>();
  for (const f of fnp) {
    const g = f.geometry;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const p = f.properties as unknown as PlanProperties;
    const mp = toMP(g);
    if (!pointInMP(interiorPoint(mp), iqMP)) continue;
    const rule = RULES[p.category];
    if (!rule) throw new Error(`BPlan ${BPLAN_NUMBER}: keine Festsetzung für „${p.category}“`);
    const n = (counts.get(rule.category) ?? 0) + 1;
    counts.set(rule.category, n);
    const id = `BPL-01-377-${String(areas.length + 1).padStart(2, '0')}`;
    const symbol = { mu: 'MU', so: 'SO', gemeinbedarf: 'GB' }[rule.category as string];
    const properties: PlanProperties = {
      id,
      category: rule.category,
      status: 'bestand',
      previous: null,
      district: p.district,
      name: p.name ?? (symbol ? `${symbol} ${n}` : null),
      xplanClass: rule.xplanClass,
      ...(rule.codes ? { codes: rule.codes } : {}),
      ...(rule.bau ? { bau: rule.bau } : {}),
      ...(rule.texte ? { texte: TEXTE } : {}),
      area_m2: Math.round(ellipsoidalArea(g) * 100) / 100
    };
    // With its Nutzungsschablone text (`schablone`) for the map's label layer, as an opened
    // plan's areas get it: MapLibre reads this file by URL when the BPlan is the plan shown.
    areas.push({ properties: { ...withSchablone({ properties }).properties }, geometry: g });
    if (!rule.bau) continue;
    const inner = inset(mp, BAUGRENZE_INSET_M);
    if (inner.length === 0) continue;
    const coordinates = inner.flatMap((poly) => poly.map(ringLL));
    const line: MultiLineString = { type: 'MultiLineString', coordinates };
    lines.push({
      properties: { id: `${id}-BG`, category: 'baugrenze', xplanClass: 'BP_BauGrenze', name: null },
      geometry: line
    });
  }
  if (areas.length === 0) throw new Error(`BPlan ${BPLAN_NUMBER}: keine Fläche im Quartier`);
  const outline = toGeometry(iqMP);
  if (!outline) throw new Error(`BPlan ${BPLAN_NUMBER}: leerer Geltungsbereich`);
  const polys = outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates;
  const [w, s, e, n] = polygonsBounds(polys);
  const bbox: [number, number, number, number] = [w, s, e, n];
  const title = `Bebauungsplan ${BPLAN_NUMBER} „${BPLAN_NAME}“ (Modell)`;
  const ref: PlanPartRef = {
    id: BPLAN_ID,
    kind: 'BPlan',
    number: BPLAN_NUMBER,
    title: BPLAN_NAME,
    model: true,
    bbox
  };
  const meta: PlanMeta = {
    id: BPLAN_ID,
    title,
    municipality: base.municipality,
    ...(base.ags ? { ags: base.ags } : {}),
    model: true,
    kind: 'BPlan',
    number: BPLAN_NUMBER,
    rechtsstand: 'in Kraft',
    parent: 'dueren-2025',
    notice: {
      de: `Modell – nicht rechtsverbindlich. Nummer, Name und Rechtsstand des Bebauungsplans ${BPLAN_NUMBER} „${BPLAN_NAME}“ sind veröffentlicht, ebenso, dass er ein kaltes Nahwärmenetz, Photovoltaik und Retentionsgründächer vorschreibt. Geltungsbereich, Baugebiete, Nutzungsschablonen und Baugrenzen sind ein Modell: entwickelt aus dem FNP-Modell im Innovationsquartier, mit geschätzten Werten. Maßgeblich ist allein der Plan der Stadt Düren.`,
      en: `Model – not legally binding. The number, name and legal status of development plan ${BPLAN_NUMBER} “${BPLAN_NAME}” are published, as is its requirement of a cold district-heating network, solar panels and retaining green roofs. Its boundary, zones, Nutzungsschablonen and building lines are a model: developed from the land-use plan model in the Innovationsquartier, with estimated values. Only the City of Düren’s plan is authoritative.`
    },
    sourceCrs: 'EPSG:4326',
    sources: [
      {
        title: 'dn-news.de: Modellfabrik Papier – Baugenehmigung; Vorgaben des Bebauungsplans',
        url: 'https://www.dn-news.de',
        date: '2024-05-15'
      },
      { title: 'Innovationsquartier Düren', url: 'https://www.iq-dueren.de' },
      { title: 'planungsgruppe-mwm.de: Bebauungspläne am Bahnhof Düren' }
    ],
    attributions: base.attributions.filter((a) => a.subject !== 'Stadtgrenze'),
    layers: { boundary: 'boundary.geojson', lines: 'lines.geojson' },
    generator: { command: 'npm run data:build', script: 'cli/data/bplan.ts' }
  };
  const boundary: OutFeature[] = [
    { properties: { name: `Geltungsbereich BPlan ${BPLAN_NUMBER} (Modell)` }, geometry: outline }
  ];
  return { areas, lines, boundary, meta, ref };
}
