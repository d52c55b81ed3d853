/**
 * Every region error a user can meet (drawn, in a link, from a file, `stats --region`) in German
 * and English (issue 26, goal 6): each kind provoked by a real input, its text checked in both
 * languages, through the worker's failure and the page's notice, never with a class name.
 */
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PlanIndex, fullFilter } from '../../src/lib/geo/engine';
import { fromLaea, toLaea } from '../../src/lib/geo/laea';
import { mulberry32 as prng } from '../../src/lib/geo/prng';
import {
  circleRegion,
  RegionError,
  regionFromGeoJSON,
  regionPolygons
} from '../../src/lib/geo/region';
import { MAX_REGION_VERTICES } from '../../src/lib/geo/region-clip';
import { repairRegion } from '../../src/lib/geo/region-repair';
import { crossingStar, DUEREN, syntheticPlan, twistedRegion } from '../../src/lib/geo/synthetic';
import { translator, type MessageKey } from '../../src/lib/i18n';
import { de as regionTexts } from '../../src/lib/i18n/parts/region';
import { errorText, failureError } from '../../src/lib/worker/rpc';
import { workerFailure } from '../../src/lib/worker/failure';

const CLASS_NAME = /\b[A-Z][A-Za-z]*Error\b|\[object|undefined|NaN(?!,)/;
/** Words only a German text has (the English one must not be German left untranslated). */
const GERMAN = /\b(Fläche|Punkte?|Koordinaten?|Kreis|nicht|keine?n?|bitte|Teil)\b/i;

const [CX, CY] = toLaea(DUEREN[0], DUEREN[1]);
const plan = new PlanIndex(syntheticPlan({ n: 400, seed: 26 }));
const all = fullFilter();
const balance = (r: unknown) => plan.balance(r as Polygon, all);
const polygon = (...ring: unknown[]) => ({ type: 'Polygon', coordinates: [ring] });
const square: Position[] = [
  [6.48, 50.8],
  [6.49, 50.8],
  [6.49, 50.81],
  [6.48, 50.81],
  [6.48, 50.8]
];

/** A saw-tooth of `n` long parallel edges: no crossing, but every edge's box overlaps all others. */
function sawTooth(n: number): Polygon {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    ring.push(fromLaea(CX + i * 0.5, CY));
    ring.push(fromLaea(CX + i * 0.5 + 2000, CY + 2000));
  }
  ring.push(fromLaea(CX + n * 0.5, CY - 10), fromLaea(CX, CY - 10), ring[0]!);
  return { type: 'Polygon', coordinates: [ring] };
}

function refusal(fn: () => unknown): RegionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RegionError) return e;
    throw e;
  }
  throw new Error('not refused');
}

/** Each error kind (its key in i18n/parts/region.ts) and an input that provokes it. */
const CASES: [MessageKey, () => unknown][] = [
  ['region.notPair', () => balance(polygon([6.48], ...square.slice(1)))],
  ['region.notFinite', () => balance(polygon(['x', 50.8], ...square.slice(1)))],
  ['region.outOfRange', () => balance(polygon([200, 50.8], ...square.slice(1)))],
  ['region.noCoordinates', () => balance({ type: 'Polygon', coordinates: 5 })],
  ['region.notPoints', () => balance({ type: 'Polygon', coordinates: [5] })],
  ['region.fewPoints', () => balance(polygon([6.48, 50.8], [6.49, 50.8], [6.48, 50.8]))],
  ['region.notClosed', () => balance(polygon(...square.slice(0, 4), [6.48, 50.805]))],
  ['region.collinear', () => balance(polygon([6.4, 50.7], [6.5, 50.8], [6.6, 50.9], [6.4, 50.7]))],
  [
    'region.fewDistinct',
    () => balance(polygon([6.48, 50.8], [6.48, 50.8], [6.49, 50.8], [6.48, 50.8]))
  ],
  [
    'region.antimeridian',
    () => regionPolygons(polygon([179.9, 10], [-179.9, 10], [-179.9, 11], [179.9, 11], [179.9, 10]))
  ],
  [
    'region.tooManyPoints',
    () => {
      const ring: Position[] = [];
      for (let i = 0; i <= MAX_REGION_VERTICES; i++) {
        const a = (2 * Math.PI * i) / MAX_REGION_VERTICES;
        ring.push([6.48 + 0.01 * Math.cos(a), 50.8 + 0.01 * Math.sin(a)]);
      }
      ring.push(ring[0]!);
      return balance({ type: 'Polygon', coordinates: [ring] });
    }
  ],
  ['region.notObject', () => regionPolygons(null)],
  ['region.wrongType', () => balance({ type: 'Point', coordinates: [6.48, 50.8] })],
  ['region.fileNotObject', () => regionFromGeoJSON(5)],
  ['region.featureNoGeometry', () => regionFromGeoJSON({ type: 'Feature' })],
  ['region.noFeatures', () => regionFromGeoJSON({ type: 'FeatureCollection' })],
  [
    'region.featureNrNoGeometry',
    () => regionFromGeoJSON({ type: 'FeatureCollection', features: [{}] })
  ],
  [
    'region.feature',
    () =>
      regionFromGeoJSON({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { type: 'LineString', coordinates: [] } }]
      })
  ],
  ['region.noPolygons', () => regionFromGeoJSON({ type: 'FeatureCollection', features: [] })],
  ['region.circleInvalid', () => circleRegion(Number.NaN, 50.8, 100)],
  ['region.circleNegative', () => circleRegion(6.48, 50.8, -1)],
  ['region.circleSegments', () => circleRegion(6.48, 50.8, 100, 4)],
  ['region.empty', () => balance({ type: 'Polygon', coordinates: [] })],
  [
    'region.tiny',
    () => {
      const dLon = 1 / (111_320 * Math.cos((DUEREN[1] * Math.PI) / 180));
      const [lon, lat] = DUEREN;
      return balance(polygon([lon, lat], [lon + dLon, lat], [lon, lat + 1 / 111_200], [lon, lat]));
    }
  ],
  [
    'region.budget',
    () => {
      const small = new PlanIndex(syntheticPlan({ n: 400, seed: 26 }));
      small.workBudget = 1000;
      return small.balance(twistedRegion(prng(4), CX, CY, 2e7, 4000, 0), all);
    }
  ],
  ['region.crossings', () => balance(crossingStar(CX, CY, 1500, 2000, 999))],
  ['region.tangled', () => repairRegion([sawTooth(8000).coordinates as Position[][]])]
];

/** Keys that are parts of other texts (places, values), or a state no input can reach. */
const NOT_ALONE = new Set([
  'region.polygon',
  'region.part',
  'region.ring',
  'region.point',
  'region.list',
  'region.flat',
  // earcut triangulates every ring that passed the checks and the repair; kept as a last guard
  'region.noTriangles'
]);

/** The text of `key` as a pattern: its fixed parts in order, anything for the placeholders. */
const shape = (text: string) =>
  new RegExp(
    text
      .split(/\{\w+\}/)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^]*')
  );

describe('region errors in German and English', () => {
  it('every kind of region error is provoked here (a new kind needs a case)', () => {
    const keys = Object.keys(regionTexts).filter((k) => !NOT_ALONE.has(k));
    expect(CASES.map(([k]) => k).sort()).toEqual(keys.sort());
  });

  const de = translator('de');
  const en = translator('en');
  for (const [key, provoke] of CASES)
    it(`${key}: its own text in each language, without a class name`, () => {
      const e = refusal(provoke);
      expect(e.message).toMatch(shape(de(key)));
      expect(e.messageEn).toMatch(shape(en(key)));
      expect(e.messageEn).not.toMatch(GERMAN);
      for (const text of [e.message, e.messageEn]) {
        expect(text).not.toMatch(CLASS_NAME);
        expect(text.length).toBeLessThan(400);
      }
      // as the page shows it: directly, and after crossing from the worker
      expect(errorText(e)).toEqual({ de: e.message, en: e.messageEn });
      expect(errorText(failureError(workerFailure(e)))).toEqual({ de: e.message, en: e.messageEn });
    });

  it('places and numbers in each language: „Ring 1, Punkt 2“ / “ring 1, point 2”, 50.000 / 50,000', () => {
    const e = refusal(() => balance(polygon([6.48, 50.8], ['x', 50.8], ...square.slice(2))));
    expect(e.message).toBe(
      'Polygon, Ring 1, Punkt 2: Koordinate ist keine endliche Zahl (x, 50.8).'
    );
    expect(e.messageEn).toBe(
      'Polygon, ring 1, point 2: coordinate is not a finite number (x, 50.8).'
    );
    const many = refusal(CASES.find(([k]) => k === 'region.tooManyPoints')![1]);
    expect(many.message).toContain('höchstens 50.000');
    expect(many.messageEn).toContain('at most 50,000');
    const flat = refusal(CASES.find(([k]) => k === 'region.collinear')![1]);
    expect(flat.message).toMatch(/^Polygon, Ring 1: Die Fläche hat keinen Flächeninhalt – alle/);
    expect(flat.messageEn).toMatch(/^Polygon, ring 1: the area has no extent – all its corners/);
  });

  it('the texts that are only parts of others have English too', () => {
    for (const key of NOT_ALONE) {
      expect(en(key as MessageKey)).not.toMatch(CLASS_NAME);
      if (key !== 'region.polygon') expect(en(key as MessageKey)).not.toBe(de(key as MessageKey));
    }
  });
});
