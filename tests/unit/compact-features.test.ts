// Issue 13 goal 5 / issue 14 (large plans in the browser): the page's copy of a plan travels as
// compact parts — geometry in transferred typed arrays, decoded on access — and loses nothing.
import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'geojson';
import { syntheticPlan } from '../../src/lib/geo/synthetic';
import {
  decodeFeatures,
  encodeFeatures,
  storedBounds,
  storedLabelPoint
} from '../../src/lib/geo/compact-features';
import { featureBounds, geometryBounds, planBounds } from '../../src/lib/geo/bounds';
import { labelPoints } from '../../src/lib/geo/labels';
import { featureFacts, FeatureFacts, rememberFacts } from '../../src/lib/plan/feature-facts';
import type { LoadedFeature } from '../../src/lib/plan/types';

const plan = syntheticPlan({ n: 400, seed: 11, holeEvery: 4, overlays: 3 }).map((f, i) => ({
  ...f,
  id: i
}));

/** A MultiPolygon of two parts, the second with a hole, and a one-part MultiPolygon. */
const multi: LoadedFeature[] = [
  {
    type: 'Feature',
    id: 9001,
    properties: { ...plan[0]!.properties, id: 'multi-2' },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [6.4, 50.8],
            [6.41, 50.8],
            [6.41, 50.81],
            [6.4, 50.8]
          ]
        ],
        [
          [
            [6.5, 50.8],
            [6.6, 50.8],
            [6.6, 50.9],
            [6.5, 50.9],
            [6.5, 50.8]
          ],
          [
            [6.52, 50.82],
            [6.52, 50.84],
            [6.54, 50.84],
            [6.52, 50.82]
          ]
        ]
      ]
    }
  },
  {
    type: 'Feature',
    id: 9002,
    properties: { ...plan[1]!.properties, id: 'multi-1' },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        (plan[1]!.geometry as { coordinates: MultiPolygon['coordinates'][0] }).coordinates
      ]
    }
  }
];

describe('compact page copy of a plan', () => {
  const all = [...plan, ...multi];
  const { part, transfer } = encodeFeatures(all);
  const decoded = decodeFeatures(part);

  it('covers polygons with holes and multipolygons', () => {
    expect(
      plan.some((f) => f.geometry.type === 'Polygon' && f.geometry.coordinates.length > 1)
    ).toBe(true);
    expect(all.some((f) => f.geometry.type === 'MultiPolygon')).toBe(true);
  });

  it('round-trips every geometry to the same coordinates and type', () => {
    expect(decoded).toHaveLength(all.length);
    all.forEach((f, i) => {
      expect(decoded[i]!.geometry).toEqual(f.geometry);
      expect(decoded[i]!.properties).toBe(f.properties);
      expect(decoded[i]!.id).toBe(f.id);
      expect(decoded[i]!.type).toBe('Feature');
    });
  });

  it('transfers every typed array of the part, and nothing else', () => {
    const arrays = Object.values(part).filter(ArrayBuffer.isView) as ArrayBufferView[];
    expect(arrays.length).toBe(8);
    expect(new Set(transfer)).toEqual(new Set(arrays.map((a) => a.buffer)));
    // Each array owns its buffer: transferring it moves no one else's data.
    for (const a of arrays) expect(a.byteLength).toBe(a.buffer.byteLength);
  });

  it('survives a real transfer (structured clone) with the buffers moved', () => {
    const moved = structuredClone(encodeFeatures(all).part, {
      transfer: encodeFeatures(all).transfer
    });
    expect(decodeFeatures(moved)[5]!.geometry).toEqual(all[5]!.geometry);
    const sent = encodeFeatures(all);
    structuredClone(sent.part, { transfer: sent.transfer });
    expect(sent.part.coords.byteLength).toBe(0);
  });

  it('looks like plain GeoJSON to spread, JSON and structured clone', () => {
    const f = decoded[3]!;
    expect(Object.keys(f)).toEqual(['type', 'id', 'properties', 'geometry']);
    expect({ ...f }.geometry).toEqual(all[3]!.geometry);
    expect(JSON.parse(JSON.stringify(f))).toEqual(JSON.parse(JSON.stringify(all[3])));
    expect(structuredClone(f)).toEqual({ ...all[3] });
  });

  it('decodes on access and keeps only the geometry read last', () => {
    const [a, b] = [decoded[7]!, decoded[8]!];
    const first = a.geometry;
    expect(a.geometry).toBe(first);
    expect(b.geometry).toEqual(all[8]!.geometry);
    expect(a.geometry).not.toBe(first);
    expect(a.geometry).toEqual(first);
  });

  it('carries each extent and label point as computed from the geometry', () => {
    const labels = labelPoints({ type: 'FeatureCollection', features: all }).features;
    decoded.forEach((f, i) => {
      expect(storedBounds(f)).toEqual(geometryBounds(all[i]!.geometry));
      expect(featureBounds(f)).toEqual(geometryBounds(all[i]!.geometry));
      expect(storedLabelPoint(f)).toEqual(labels[i]!.geometry.coordinates);
    });
    expect(planBounds(decoded)).toEqual(planBounds(all));
    expect(storedBounds(all[0]!)).toBeNull();
    // A copy with another geometry does not take the original's extent along.
    const moved = { ...decoded[0]!, geometry: all[1]!.geometry };
    expect(storedBounds(moved)).toBeNull();
    expect(featureBounds(moved)).toEqual(geometryBounds(all[1]!.geometry));
  });
});

describe('feature facts', () => {
  it('gathered in parts equal those of the whole array', () => {
    const sorted = [...plan].sort((a, b) => b.properties.area_m2 - a.properties.area_m2);
    const facts = new FeatureFacts();
    for (let i = 0; i < sorted.length; i += 70) facts.add(sorted.slice(i, i + 70));
    const whole = featureFacts([...sorted]);
    expect([...facts.byId.keys()]).toEqual([...whole.byId.keys()]);
    expect(facts.categories).toEqual(whole.categories);
    expect(facts.districts).toEqual(whole.districts);
    expect(facts.hasOverlays).toBe(plan.some((f) => f.properties.overlay === true));
    expect(facts.hasOverlays).toBe(true);
    expect(facts.largestFirst).toBe(true);
    expect(featureFacts(plan).largestFirst).toBe(
      plan.every((f, i) => i === 0 || plan[i - 1]!.properties.area_m2 >= f.properties.area_m2)
    );
    rememberFacts(sorted, facts);
    expect(featureFacts(sorted)).toBe(facts);
  });
});
