/**
 * The resident's answer (features/nearby/sentence.ts) and its facts (geo/nearby.ts: spotAt,
 * openNear): the spot first, whole-area sizes and nearest-edge distances of the changes, what
 * stays open with its direction, plain words, the model caveat. Facts on the real Düren plan are
 * checked against turf.
 */
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import {
  changesNear,
  openNear,
  spotAt,
  type NearbyChange,
  type OpenNearby,
  type Spot
} from '../../src/lib/geo/nearby';
import {
  answer,
  areaWords,
  directionWord,
  distanceWords,
  NAMED_CHANGES
} from '../../src/lib/features/nearby/sentence';
import { formatRadius } from '../../src/lib/i18n/format';
import { translator } from '../../src/lib/i18n';
import { readProcedure } from '../../src/lib/features/nearby/procedure';

const de = translator('de');
const en = translator('en');
const BANNED = /dargestellt|Darstellung|Bezugsraum/;

const spot = (over: Partial<Spot> = {}): Spot => ({
  id: 'A',
  category: 'wohnen',
  previous: 'wohnen',
  kind: null,
  hasPrevious: true,
  area_m2: 50_000,
  ...over
});
const change = (over: Partial<NearbyChange>): NearbyChange => ({
  id: 'C',
  kind: 'neu',
  category: 'wohnen',
  previous: 'landwirtschaft',
  name: null,
  distance_m: 487,
  area_m2: 17_217,
  area_in_m2: 900,
  ...over
});
const open = (over: Partial<OpenNearby>): OpenNearby => ({
  id: 'G',
  category: 'gruen',
  name: null,
  distance_m: 83,
  bearing_deg: 4,
  ...over
});

describe('answer sentences', () => {
  it('says the spot first, then each change with its whole area and nearest edge, then open land', () => {
    const a = answer(
      {
        spot: spot(),
        changes: [change({})],
        open: [open({})],
        radius_m: 500,
        model: true
      },
      de,
      'de'
    );
    expect(a.sentences).toEqual([
      'Ihr Ort liegt in einer Wohnbaufläche; unverändert seit 1999.',
      // The whole 1,7 ha, not the 0,09 ha inside the circle; 487 m rounds to 490 m.
      'Im Umkreis von 500 m ändert sich: neue Wohnbaufläche, 1,7 ha (etwa 2 Fußballfelder), 490 m entfernt.',
      'Die Grünfläche 80 m nördlich bleibt Grünfläche.'
    ]);
    expect(a.caveat).toContain('geschätzt');
  });

  it('has no caveat for a binding plan, and never uses the planners’ words', () => {
    const facts = {
      spot: spot({
        kind: 'anders' as const,
        category: 'gemischt' as const,
        previous: 'gewerbe' as const
      }),
      changes: [
        change({
          id: 'B',
          kind: 'zurueck',
          category: 'landwirtschaft',
          previous: 'gewerbe',
          distance_m: 5
        }),
        change({
          id: 'D',
          kind: 'anders',
          category: 'wohnen',
          previous: 'gemischt',
          distance_m: 1234
        })
      ],
      open: [open({ category: 'wasser', name: 'Mühlenteich', bearing_deg: 260, distance_m: 272 })],
      radius_m: 1500,
      model: false
    };
    const a = answer(facts, de, 'de');
    expect(a.caveat).toBeNull();
    expect(a.sentences).toEqual([
      'Ihr Ort liegt in einer gemischten Baufläche; 1999 war hier Gewerbefläche.',
      'Im Umkreis von 1,5 km ändert sich: Gewerbefläche wird wieder Landwirtschaft, 1,7 ha (etwa 2 Fußballfelder), direkt angrenzend; gemischte Baufläche wird Wohnbaufläche, 1,7 ha (etwa 2 Fußballfelder), 1,2 km entfernt.',
      'Die Wasserfläche „Mühlenteich“ 270 m westlich bleibt Wasserfläche.'
    ]);
    for (const s of [...a.sentences, ...answer(facts, en, 'en').sentences])
      expect(s).not.toMatch(BANNED);
  });

  it('does not repeat the spot’s own area among the changes, and names at most a few', () => {
    const own = change({ id: 'A', distance_m: 0 });
    const many = Array.from({ length: NAMED_CHANGES + 2 }, (_, i) =>
      change({ id: `N${i}`, distance_m: 100 + i * 50 })
    );
    const a = answer(
      {
        spot: spot({ kind: 'neu', previous: 'landwirtschaft' }),
        changes: [own, ...many],
        open: [],
        radius_m: 500,
        model: true
      },
      de,
      'de'
    );
    expect(a.sentences[0]).toBe(
      'Ihr Ort liegt in einer neuen Wohnbaufläche; 1999 war hier Fläche für die Landwirtschaft.'
    );
    expect(a.sentences[1]!.match(/neue Wohnbaufläche/g)).toHaveLength(NAMED_CHANGES);
    expect(a.sentences[1]).toContain('dazu 2 weitere (siehe Liste)');
    expect(a.sentences).toHaveLength(2);
  });

  it('says so when nothing changes or the spot lies in no area; English too', () => {
    const facts = { spot: null, changes: [], open: [], radius_m: 1000, model: false };
    expect(answer(facts, de, 'de').sentences).toEqual([
      'Für Ihren Ort selbst legt der Plan keine Nutzung fest.',
      'Im Umkreis von 1 km ändert sich sonst nichts gegenüber dem Plan von 1999.'
    ]);
    expect(answer({ ...facts, outside: true }, de, 'de').sentences[0]).toBe(
      'Ihr Ort liegt außerhalb des Plangebiets; dort legt dieser Plan nichts fest.'
    );
    expect(answer({ ...facts, spot: spot() }, en, 'en').sentences[0]).toBe(
      'Your place lies in a residential area; unchanged since 1999.'
    );
  });

  it('compares hectares with football pitches and rounds distances to 10 m', () => {
    expect(areaWords(3_000, de, 'de')).toBe('0,3 ha (kleiner als ein Fußballfeld)');
    expect(areaWords(7_140, de, 'de')).toBe('0,7 ha (etwa 1 Fußballfeld)');
    expect(areaWords(640_000, de, 'de')).toBe('64,0 ha (etwa 90 Fußballfelder)');
    expect(distanceWords(3, 'de')).toBe('10 m');
    expect(distanceWords(487, 'de')).toBe('490 m');
    expect(distanceWords(1_534, 'de')).toBe('1,5 km');
    expect(formatRadius(750, 'de')).toBe('750 m');
    expect(directionWord(359, de)).toBe('nördlich');
    expect(directionWord(90, de)).toBe('östlich');
    expect(directionWord(200, de)).toBe('südlich');
    expect(directionWord(300, de)).toBe('nordwestlich');
  });
});

describe('facts on the Düren plan', () => {
  const features = readPlanFeatures(
    JSON.parse(readFileSync('data/dueren-2025/plan.geojson', 'utf8')),
    'plan.geojson'
  );
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  const points: [number, number][] = [
    [6.4833, 50.8006],
    [6.46, 50.83],
    [6.47, 50.82],
    [6.5, 50.79]
  ];

  it.each(points)('finds the area a point lies in, as turf does (%f, %f)', (lon, lat) => {
    const s = spotAt(features, lon, lat);
    const ref = features.find(
      (f) => f.properties.overlay !== true && turf.booleanPointInPolygon([lon, lat], f)
    );
    expect(s?.id).toBe(ref?.properties.id);
  });

  it.each(points)(
    'lists unchanged open land by nearest edge and direction (%f, %f)',
    (lon, lat) => {
      const found = openNear(features, lon, lat, 500, 50);
      for (const o of found) {
        const f = byId.get(o.id)!;
        expect(['gruen', 'wald', 'wasser']).toContain(f.properties.category);
        expect(f.properties.previous).toBe(f.properties.category);
        const lines = turf.polygonToLine(f);
        const list = lines.type === 'FeatureCollection' ? lines.features : [lines];
        let best = { d: Infinity, at: [0, 0] };
        for (const l of list) {
          const n = turf.nearestPointOnLine(l as never, [lon, lat], { units: 'meters' });
          if (n.properties.dist! < best.d)
            best = { d: n.properties.dist!, at: n.geometry.coordinates };
        }
        expect(Math.abs(o.distance_m - best.d)).toBeLessThan(2 + best.d * 0.005);
        const bearing = (turf.bearing([lon, lat], best.at) + 360) % 360;
        const diff = Math.abs(((o.bearing_deg - bearing + 540) % 360) - 180);
        // LAEA grid north differs from true north by about 3° at Düren.
        expect(diff).toBeLessThan(6);
        expect(o.distance_m).toBeLessThanOrEqual(500);
      }
      expect(found.map((o) => o.distance_m)).toEqual(
        [...found.map((o) => o.distance_m)].sort((a, b) => a - b)
      );
    }
  );

  it('gives each change its whole area, not the part inside the circle', () => {
    const list = changesNear(features, 6.46, 50.83, 2000);
    expect(list.length).toBeGreaterThan(0);
    for (const c of list) expect(c.area_m2).toBe(byId.get(c.id)!.properties.area_m2);
    expect(list.some((c) => c.area_in_m2 < c.area_m2 - 1)).toBe(true);
  });
});

describe('procedure in plain words (plan.json)', () => {
  const meta = JSON.parse(readFileSync('data/dueren-2025/plan.json', 'utf8'));
  it('reads status, binding plan and contact of the Düren model, marked as a model entry', () => {
    const p = readProcedure(meta, 'de')!;
    expect(p.model).toBe(true);
    expect(p.status).toContain('11.12.2024');
    expect(p.binding).toContain('Stadt Düren');
    expect(p.contact).toEqual({ name: 'Stadt Düren, Stadtplanung', url: 'https://www.dueren.de' });
    expect(readProcedure(meta, 'en')!.status).toContain('11 Dec 2024');
  });

  it('offers no link but http(s), and nothing for a plan without a procedure', () => {
    const bad = {
      ...meta,
      model: false,
      procedure: { contact: { name: 'Amt', url: 'javascript:alert(1)' }, status: { de: 7 } }
    };
    expect(readProcedure(bad, 'de')).toEqual({
      model: false,
      status: null,
      binding: null,
      contact: { name: 'Amt', url: null }
    });
    expect(readProcedure({ ...meta, procedure: undefined }, 'de')).toBeNull();
  });
});
