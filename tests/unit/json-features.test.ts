// Issue 14 (bounded memory in the browser): a GeoJSON FeatureCollection is read one feature at a
// time; the result and every message are those of parsing the whole text.
import { describe, expect, it } from 'vitest';
import { splitFeatureCollection } from '../../src/lib/xplan/json-features';
import { importPlanCompact } from '../../src/lib/xplan';
import { syntheticPlan } from '../../src/lib/geo/synthetic';

const fc = {
  type: 'FeatureCollection',
  crs: { type: 'name', properties: { name: 'EPSG:4326' } },
  features: [
    { type: 'Feature', properties: { id: 'a,]"\\{', name: '[x]' }, geometry: null },
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [1, 2],
            [3, 4]
          ]
        ]
      }
    }
  ],
  after: [1, { features: 2 }]
};

describe('splitFeatureCollection', () => {
  it('finds every feature, whatever the spacing, strings with brackets and quotes included', () => {
    for (const text of [
      JSON.stringify(fc),
      JSON.stringify(fc, null, 2),
      `\r\n ${JSON.stringify(fc, null, '\t')}\n`
    ]) {
      const split = splitFeatureCollection(text)!;
      expect(split.count).toBe(2);
      expect({ ...(split.head as object), features: [split.feature(0), split.feature(1)] }).toEqual(
        fc
      );
    }
    expect(splitFeatureCollection('{"type":"FeatureCollection","features":[]}')!.count).toBe(0);
  });

  it('leaves anything but the plain shape to a whole parse', () => {
    for (const text of [
      '{"features":[1,,2]}',
      '{"features":[1,2,]}',
      '{"features":[1,2],"features":[]}',
      '{"featur\\u0065s":[1]}',
      '{"features":{}}',
      '[1]',
      '{"features":[1,2]} x',
      '{"features":[1,2]',
      '{"features":[1,"2]}'
    ])
      expect(splitFeatureCollection(text), text).toBeNull();
  });

  it('gives the same plan as before, and the whole-text message for a broken feature', () => {
    const features = syntheticPlan({ n: 300, seed: 9, holeEvery: 6 });
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    const split = importPlanCompact(text, 'a.geojson', undefined, { skipTopology: true });
    // A Feature at the top is always parsed whole: the same features as one collection.
    const whole = features.map(
      (f) =>
        importPlanCompact(JSON.stringify(f), 'a.geojson', undefined, {
          skipTopology: true
        }).feature(0).properties
    );
    expect(split.count).toBe(features.length);
    expect(Array.from({ length: split.count }, (_, i) => split.feature(i).properties)).toEqual(
      whole
    );
    const broken = text.replace('"Feature"', '"Feature" "x"');
    let message = '';
    try {
      JSON.parse(broken);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(() => importPlanCompact(broken, 'a.geojson')).toThrow(message);
    expect(() => importPlanCompact(broken, 'a.geojson')).toThrow(/kein gültiges JSON/);
  });
});
