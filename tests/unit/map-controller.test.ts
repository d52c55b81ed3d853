/**
 * The map controller's pure parts: the free area of the map (what no sheet, panel or overlay
 * covers) and the camera that puts a target into it; and the one style for screen and print.
 */
import { describe, expect, it } from 'vitest';
import type {
  FillLayerSpecification,
  Map as MapLibreMap,
  RasterLayerSpecification,
  StyleSpecification
} from 'maplibre-gl';
import {
  MIN_FREE_SHARE,
  fitCamera,
  freePadding,
  screenPoint,
  targetBox,
  type Padding,
  type Rect
} from '../../src/lib/geo/view-fit';
import type { BBox } from '../../src/lib/geo/bounds';
import { MapController } from '../../src/lib/map/controller.svelte';
import { screenStyle, type StyleChoices } from '../../src/lib/map/screen-style';
import type { Plan } from '../../src/lib/plan/types';
import type { ViewerState } from '../../src/lib/state/viewer.svelte';
import { sheetMapRequest } from '../../src/lib/features/print/print-job';
import { selfBasemap, showAll } from './style-fixtures';

/** A phone (390 × 844 CSS px) whose map fills the screen, the bottom sheet at half height. */
const W = 390;
const H = 844;
const halfSheet: Rect = { left: 0, top: H / 2, right: W, bottom: H };

/** Where the box's corners land on the map at the camera that fits it into `padding`. */
function corners(box: BBox, padding: Padding, maxZoom = 16) {
  const view = fitCamera(box, W, H, padding, { maxZoom });
  const [w, s, e, n] = box;
  const pts = (
    [
      [w, n],
      [e, n],
      [w, s],
      [e, s]
    ] as [number, number][]
  ).map((p) => screenPoint(view, W, H, p));
  return {
    view,
    left: Math.min(...pts.map((p) => p.x)),
    right: Math.max(...pts.map((p) => p.x)),
    top: Math.min(...pts.map((p) => p.y)),
    bottom: Math.max(...pts.map((p) => p.y))
  };
}

describe('free area', () => {
  it('a half-height bottom sheet leaves the upper half, less the margin', () => {
    expect(freePadding(W, H, [halfSheet], 20)).toEqual({
      top: 20,
      right: 20,
      bottom: H / 2 + 20,
      left: 20
    });
  });

  it('a side panel is cut off at its side, a title card at the top', () => {
    const p = freePadding(1280, 720, [
      { left: 0, top: 0, right: 320, bottom: 720 },
      { left: 340, top: 16, right: 900, bottom: 130 }
    ]);
    expect(p.left).toBe(340);
    expect(p.top).toBe(150);
    expect(p.right).toBe(20);
    expect(p.bottom).toBe(20);
  });

  it('what lies outside the map (a header, a panel beside it) does not count', () => {
    const outside: Rect[] = [
      { left: 0, top: -120, right: W, bottom: 0 },
      { left: W, top: 0, right: W + 300, bottom: H }
    ];
    expect(freePadding(W, H, outside, 0)).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });

  it('a sheet over almost all of the map still leaves MIN_FREE_SHARE of its height', () => {
    const p = freePadding(W, H, [{ left: 0, top: 48, right: W, bottom: H }], 0);
    expect(H - p.top - p.bottom).toBeCloseTo(MIN_FREE_SHARE * H, 6);
  });
});

describe('fit on a 390 × 844 phone with the sheet at half height', () => {
  const padding = freePadding(W, H, [halfSheet], 20);
  const free = {
    left: padding.left,
    top: padding.top,
    right: W - padding.right,
    bottom: H - padding.bottom
  };
  const district: BBox = [6.455, 50.785, 6.515, 50.815];
  const circle = targetBox({ point: [6.4833, 50.8017], radius_m: 500 })!;

  for (const [name, box] of [
    ['a district', district],
    ['a 500 m circle', circle]
  ] as const) {
    it(`${name} lies inside the free area above the sheet, as large as it fits`, () => {
      const c = corners(box, padding);
      expect(c.left).toBeGreaterThanOrEqual(free.left - 1e-6);
      expect(c.right).toBeLessThanOrEqual(free.right + 1e-6);
      expect(c.top).toBeGreaterThanOrEqual(free.top - 1e-6);
      expect(c.bottom).toBeLessThanOrEqual(free.bottom + 1e-6);
      expect(c.bottom).toBeLessThan(halfSheet.top);
      // Tight in one dimension: one zoom step further would not fit.
      const fills = Math.max(
        (c.right - c.left) / (free.right - free.left),
        (c.bottom - c.top) / (free.bottom - free.top)
      );
      expect(fills).toBeCloseTo(1, 6);
      // Centred in the free area, not in the map.
      expect((c.top + c.bottom) / 2).toBeCloseTo((free.top + free.bottom) / 2, 6);
    });
  }

  it('without the sheet registered the same target would run under it', () => {
    const c = corners(district, freePadding(W, H, [], 20));
    expect(c.bottom).toBeGreaterThan(halfSheet.top);
  });

  it('a point gets the zoom limit, at the centre of the free area', () => {
    const c = corners(targetBox({ point: [6.4833, 50.8017], radius_m: 0 })!, padding, 17);
    expect(c.view.zoom).toBe(17);
    expect(c.top).toBeCloseTo((free.top + free.bottom) / 2, 6);
    expect(c.left).toBeCloseTo(W / 2, 6);
  });

  it('a 500 m circle asks for a box 1 km across', () => {
    const metresPerDegree = 111_195;
    expect((circle[3] - circle[1]) * metresPerDegree).toBeGreaterThan(995);
    expect((circle[3] - circle[1]) * metresPerDegree).toBeLessThan(1010);
  });
});

describe('one style for screen and print', () => {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  const plan = {
    meta: { attributions: [] },
    features: [],
    source: empty,
    bounds: [6.4, 50.75, 6.6, 50.85],
    boundary: null,
    districts: null,
    places: null,
    innovationsquartier: null,
    rasters: [
      {
        name: 'plan.png',
        url: 'blob:raster-plan',
        corners: [
          [6.47, 50.8],
          [6.49, 50.8],
          [6.49, 50.79],
          [6.47, 50.79]
        ]
      }
    ]
  } as unknown as Plan;
  const choices: StyleChoices = {
    plan,
    filter: showAll(),
    selected: null,
    iq: true,
    region: { kind: 'circle', center: [6.4833, 50.8017], radius_m: 500 },
    poi: { lon: 6.4833, lat: 50.8017, label: null },
    lang: 'de',
    planOpacity: 40,
    rasterOpacity: 55
  };
  const basemap = selfBasemap;
  const viewer = { bounds: [6.45, 50.78, 6.52, 50.82], plan } as unknown as ViewerState;
  const fill = (s: StyleSpecification) =>
    s.layers.find((l) => l.id === 'plan-fill') as FillLayerSpecification;
  const regionLabels = (s: StyleSpecification) => {
    const source = s.sources.region as { data: GeoJSON.FeatureCollection };
    return source.data.features.map((f) => f.properties?.label).filter(Boolean);
  };

  it('before the map has drawn, print renders the style the screen map is made from', () => {
    const screen = screenStyle(choices, basemap);
    const controller = new MapController();
    controller.attach({} as MapLibreMap, () => screenStyle(choices, basemap), null);
    const print = sheetMapRequest(viewer, controller, 'a4', 'landscape', 300).style;
    expect(print).toEqual(screen);
    // What the print used to leave out: the plan opacity, the basemap, the radius label.
    expect(fill(print).paint?.['fill-opacity']).toBe(0.4);
    expect(Object.keys(print.sources)).toContain('basemap');
    expect(regionLabels(print)).toEqual(['500 m']);
    // The raster plan: an image source at its corners, drawn under the plan's areas.
    expect(print.sources['plan-raster-0']).toEqual({
      type: 'image',
      url: 'blob:raster-plan',
      coordinates: plan.rasters![0]!.corners
    });
    const ids = print.layers.map((l) => l.id);
    expect(ids.indexOf('plan-raster-0')).toBe(ids.indexOf('boundary-fill') + 1);
    expect(ids.indexOf('plan-raster-0')).toBeLessThan(ids.indexOf('plan-fill'));
    expect(
      (print.layers.find((l) => l.id === 'plan-raster-0') as RasterLayerSpecification).paint?.[
        'raster-opacity'
      ]
    ).toBe(0.55);
  });

  it('once the map is on screen, print renders its live style (what was set on it since)', () => {
    const live = structuredClone(screenStyle(choices, basemap));
    // As the comparison's change map colours the plan on the live map.
    fill(live).paint!['fill-color'] = '#123456';
    const controller = new MapController();
    const map = { getStyle: () => live } as unknown as MapLibreMap;
    controller.attach(map, () => screenStyle(choices, basemap), null);
    controller.map = map;
    const print = sheetMapRequest(viewer, controller, 'a4', 'landscape', 300).style;
    expect(print).toEqual(live);
    expect(fill(print).paint?.['fill-color']).toBe('#123456');
    expect(fill(print).paint?.['fill-opacity']).toBe(0.4);
  });
});
