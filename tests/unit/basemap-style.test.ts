import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { addRest, buildStyle, firstFrameStyle, type StyleInput } from '../../src/lib/map/style';
import { BASEMAP_BELOW, BASEMAP_LABELS, FIRST_FRAME, LAYER_ORDER } from '../../src/lib/map/layers';
import { EXTERNAL_PREFIX } from '../../src/lib/map/basemap/compose';
import type { ActiveBasemap } from '../../src/lib/map/basemap/sources';
import { omtLayers } from '../../src/lib/map/basemap/omt-style';
import type { Plan } from '../../src/lib/plan/types';
import { withOverview } from '../../src/lib/map/overview';
import { selfBasemap, showAll } from './style-fixtures';

const empty = { type: 'FeatureCollection' as const, features: [] };
const plan = {
  meta: { attributions: [{ subject: 'x', text: 'Stadt <Düren>', licence: 'dl-de/by-2-0' }] },
  features: [],
  source: empty,
  boundary: null,
  districts: null,
  places: null,
  innovationsquartier: null
} as unknown as Plan;

function input(basemap: ActiveBasemap, planOpacity?: number): StyleInput {
  return {
    plan,
    filter: showAll(),
    selected: null,
    showIq: true,
    region: empty,
    poi: empty,
    fonts: { regular: 'https://example.invalid/r.woff2', bold: 'https://example.invalid/b.woff2' },
    basemap,
    planOpacity
  };
}

const self = selfBasemap;

const ids = (s: StyleSpecification) => s.layers.map((l) => l.id);
const order = LAYER_ORDER as readonly string[];

describe('basemap style', () => {
  for (const basemap of [
    { kind: 'none' },
    self,
    { kind: 'openfreemap', omt: omtLayers }
  ] as ActiveBasemap[]) {
    it(`validates against the MapLibre style spec (${basemap.kind})`, () => {
      const style = buildStyle(input(basemap));
      expect(validateStyleMin(style)).toEqual([]);
    });
  }

  it('takes every layer id from the one order list, in its order', () => {
    const style = buildStyle(input(self));
    const list = ids(style);
    expect(list).toEqual(order.filter((id) => list.includes(id)));
    for (const id of [...BASEMAP_BELOW, ...BASEMAP_LABELS]) expect(list).toContain(id);
    expect(list).toEqual(order);
  });

  it('leaves the basemap out without tiles, and hides the white city area under a basemap', () => {
    const without = buildStyle(input({ kind: 'none' }));
    expect(ids(without).some((id) => id.startsWith('basemap-'))).toBe(false);
    expect(Object.keys(without.sources)).not.toContain('basemap');
    const fill = (s: StyleSpecification) =>
      s.layers.find((l) => l.id === 'boundary-fill') as { paint: Record<string, unknown> };
    expect(fill(without).paint['fill-opacity']).toBe(1);
    expect(fill(buildStyle(input(self))).paint['fill-opacity']).toBe(0);
  });

  it('draws basemap labels above the plan fill and below the plan labels', () => {
    const list = ids(buildStyle(input(self)));
    const at = (id: string) => list.indexOf(id);
    expect(at('basemap-street-label')).toBeGreaterThan(at('plan-fill'));
    expect(at('basemap-place-label')).toBeLessThan(at('places-label'));
    expect(at('basemap-road')).toBeLessThan(at('plan-fill'));
  });

  it('names streets in German first, then the local and the Latin name', () => {
    const label = buildStyle(input(self)).layers.find((l) => l.id === 'basemap-street-label');
    expect(JSON.stringify(label?.layout?.['text-field' as never])).toBe(
      JSON.stringify(['coalesce', ['get', 'name:de'], ['get', 'name'], ['get', 'name:latin']])
    );
  });

  it('uses the bundled fonts and no glyph server for its own style', () => {
    const style = buildStyle(input(self));
    expect(style.glyphs).toBeUndefined();
    expect(Object.keys(style['font-faces'] ?? {})).toEqual(['Noto Sans Regular', 'Noto Sans Bold']);
  });

  it('points self-hosted tiles at the site and escapes the attribution', () => {
    const src = buildStyle(input(self)).sources.basemap as { tiles: string[]; attribution: string };
    expect(src.tiles).toEqual(['http://127.0.0.1:4173/basemap/tiles/{z}/{x}/{y}.pbf']);
    expect(src.attribution).not.toContain('<ODbL>');
  });

  it('sets the plan fill opacity', () => {
    const fill = buildStyle(input(self, 0.4)).layers.find((l) => l.id === 'plan-fill');
    expect((fill?.paint as Record<string, unknown>)['fill-opacity']).toBe(0.4);
  });

  it('keeps a published foreign style with prefixed ids in the two basemap slots', () => {
    const foreign: StyleSpecification = {
      version: 8,
      glyphs: 'https://sgx.geodatenzentrum.de/fonts/{fontstack}/{range}.pbf',
      sources: {
        smarttiles: { type: 'vector', tiles: ['https://sgx.geodatenzentrum.de/t/{z}/{x}/{y}.pbf'] }
      },
      layers: [
        { id: 'Hintergrund', type: 'background', paint: { 'background-color': '#fff' } },
        { id: 'Straße', type: 'line', source: 'smarttiles', 'source-layer': 'Verkehrslinie' },
        {
          id: 'Name',
          type: 'symbol',
          source: 'smarttiles',
          'source-layer': 'Name_Punkt',
          layout: { 'text-field': ['get', 'name'], 'text-font': ['Roboto Regular'] }
        }
      ]
    };
    const style = buildStyle(input({ kind: 'basemapde', style: foreign }));
    expect(validateStyleMin(style)).toEqual([]);
    const list = ids(style);
    expect(list).not.toContain(`${EXTERNAL_PREFIX}Hintergrund`);
    expect(list.indexOf(`${EXTERNAL_PREFIX}Straße`)).toBe(list.indexOf('background') + 1);
    expect(list.indexOf(`${EXTERNAL_PREFIX}Name`)).toBe(list.indexOf('region-line') + 1);
    expect(style.glyphs).toBe(foreign.glyphs);
    expect(Object.keys(style.sources)).toContain(`${EXTERNAL_PREFIX}smarttiles`);
  });

  // Restyles of our own style are not validated at run time (MapView's `validate`): the style
  // of a very large opened plan (overview image, areas as tiles) is checked here.
  for (const basemap of [{ kind: 'none' }, self] as ActiveBasemap[]) {
    it(`validates with the overview of a very large plan (${basemap.kind})`, () => {
      const overview = { url: 'blob:http://h/x', bounds: [6, 50, 7, 51], minzoom: 12 } as const;
      const style = withOverview(
        buildStyle(input(basemap)),
        { overview: { ...overview, bounds: [6, 50, 7, 51] }, source: 'blob:p' },
        0.85
      );
      expect(ids(style)).toContain('plan-overview');
      expect(validateStyleMin(style)).toEqual([]);
    });
  }

  for (const basemap of [{ kind: 'none' }, self] as ActiveBasemap[]) {
    it(`the first frame draws the plan (and the basemap under it); addRest completes the style in order (${basemap.kind})`, () => {
      const full = buildStyle(input(basemap));
      const first = firstFrameStyle(full);
      expect(validateStyleMin(first)).toEqual([]);
      const below = new Set<string>(BASEMAP_BELOW);
      const expected = full.layers
        .map((l) => l.id)
        .filter((id) => (FIRST_FRAME as readonly string[]).includes(id) || below.has(id));
      expect(ids(first)).toEqual(expected);
      // Only the sources those layers draw from.
      expect(Object.keys(first.sources).sort()).toEqual(
        basemap.kind === 'none' ? ['plan'] : ['basemap', 'plan']
      );
      // A stand-in for MapLibre's map: addSource/addLayer with `before` as MapLibre does it.
      const sources = { ...first.sources };
      const layers = [...first.layers];
      addRest(
        {
          getSource: (id) => sources[id],
          addSource: (id, s) => (sources[id] = s),
          getLayer: (id) => layers.find((l) => l.id === id),
          addLayer: (layer, before) => {
            const at = before === undefined ? -1 : layers.findIndex((l) => l.id === before);
            if (at < 0) layers.push(layer);
            else layers.splice(at, 0, layer);
          }
        },
        full
      );
      expect(ids({ ...full, layers })).toEqual(ids(full));
      expect(Object.keys(sources).sort()).toEqual(Object.keys(full.sources).sort());
    });
  }
});
