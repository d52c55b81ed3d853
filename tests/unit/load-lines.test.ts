import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanInfo } from '../../src/lib/state/load';

const meta = JSON.parse(
  readFileSync(join(process.cwd(), 'data', 'dueren-2025', 'plan.json'), 'utf8')
) as Record<string, unknown>;

const lines = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'BG1', category: 'baugrenze', xplanClass: 'BP_BauGrenze', name: null },
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [6.48, 50.8],
            [6.481, 50.8]
          ]
        ]
      }
    }
  ]
};

describe('a plan under data/ with Baugrenzen and Baulinien (plan.json layers.lines)', () => {
  it('brings them with its small layers, for the map', async () => {
    const files: Record<string, unknown> = {
      'b/data/bp/plan.json': { ...meta, layers: { lines: 'lines.geojson' } },
      'b/data/bp/lines.geojson': lines
    };
    const fetchFn = (async (url: string) =>
      url in files
        ? new Response(JSON.stringify(files[url]))
        : new Response('', { status: 404 })) as unknown as typeof fetch;
    const { layers } = await loadPlanInfo('b', 'bp', fetchFn);
    const { layers: loaded, missing } = await layers();
    expect(missing).toEqual([]);
    expect(loaded.lines?.features.map((f) => f.properties.category)).toEqual(['baugrenze']);
    expect(loaded.boundary).toBeNull();
  });
});
