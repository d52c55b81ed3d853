/**
 * FNP and Bebauungspläne together (issue 25, goal 4): the folder index (plan.json `plans`), the
 * lookup of every plan at a point and the line naming them, the switcher's catalog, and the
 * shipped model of BPL 01/377 in the Innovationsquartier with the plots that take its values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlanPartRef } from '../../src/lib/plan/parts';
import { parsePlanParts } from '../../src/lib/plan/parts-index';
import { bauShort, plansAtText } from '../../src/lib/plan/parts-text';
import { parsePlanCollection, parsePlanMeta, PlanDataError } from '../../src/lib/plan/validate';
import { plansAt } from '../../src/lib/geo/plans-at';
import { pointInGeometry } from '../../src/lib/geo/point-in';
import { ellipsoidalArea } from '../../src/lib/geo/area';
import { withAreas } from '../../src/lib/geo/measure';
import { catalog } from '../../src/lib/server/catalog';
import { limitsText } from '../../src/lib/features/plots/plot-format';
import { parsePlots } from '../../src/lib/plan/plots-read';
import { translator } from '../../src/lib/i18n';
import type { LoadedFeature, PlanMeta } from '../../src/lib/plan/types';
import { pointOnFeature } from '@turf/point-on-feature';

const square = (x: number, y: number, d: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y]
    ]
  ]
});

const meta = (plans: unknown): PlanMeta =>
  parsePlanMeta({ id: 'fnp', title: 'FNP', plans }, 'fnp/plan.json');

const areas = (list: { id: string; category: string; geometry: Polygon; bau?: unknown }[]) =>
  withAreas(
    parsePlanCollection(
      {
        type: 'FeatureCollection',
        features: list.map(({ geometry, ...properties }) => ({
          type: 'Feature',
          geometry,
          properties
        }))
      },
      'test'
    )
  );

describe('the folder index (plan.json plans)', () => {
  it('reads the listed Bebauungspläne', () => {
    const full = {
      id: 'bplan-a',
      kind: 'BPlan',
      number: '01/377',
      title: 'Süd',
      model: true,
      bbox: [6, 50, 7, 51]
    };
    const refs = parsePlanParts(meta([full, { id: 'bplan-b', kind: 'BPlan', number: '1/390' }]));
    expect(refs).toEqual([
      full,
      { id: 'bplan-b', kind: 'BPlan', number: '1/390', title: '', model: false }
    ]);
    expect(parsePlanParts(meta(undefined))).toEqual([]);
  });

  it('refuses an index that is not one, naming the entry', () => {
    const bad = (plans: unknown) => () => parsePlanParts(meta(plans));
    expect(bad('x')).toThrow(PlanDataError);
    // In both languages.
    try {
      bad([{ id: 'a', kind: 'FPlan', number: '1' }])();
    } catch (e) {
      expect((e as PlanDataError).messageEn).toBe(
        '"fnp/plan.json", "plans", entry 1: "kind" must be "BPlan".'
      );
    }
    expect(bad([{ id: 'a', kind: 'FPlan', number: '1' }])).toThrow(PlanDataError);
    expect(bad([{ id: '../x', kind: 'BPlan', number: '1' }])).toThrow(/Eintrag 1: „id“/);
    expect(bad([{ id: 'fnp', kind: 'BPlan', number: '1' }])).toThrow(/Eintrag 1/);
    expect(bad([{ id: 'a', kind: 'FPlan', number: '1' }])).toThrow(/„kind“/);
    expect(bad([{ id: 'a', kind: 'BPlan' }])).toThrow(/„number“/);
    expect(
      bad([
        { id: 'a', kind: 'BPlan', number: '1' },
        { id: 'a', kind: 'BPlan', number: '2' }
      ])
    ).toThrow(/Eintrag 2: „a“ steht doppelt/);
  });
});

describe('every plan at a point', () => {
  const fnp = areas([
    { id: 'G1', category: 'gewerbe', geometry: square(6.48, 50.8, 0.01) },
    { id: 'W1', category: 'wohnen', geometry: square(6.49, 50.8, 0.01) }
  ]);
  const ge = areas([
    { id: 'GE1', category: 'ge', geometry: square(6.482, 50.802, 0.004), bau: { GRZ: 0.8, Z: 3 } },
    { id: 'GR1', category: 'gruen', geometry: square(6.486, 50.802, 0.002) }
  ]);
  const ref: PlanPartRef = {
    id: 'bp',
    kind: 'BPlan',
    number: '01/377',
    title: 'Süd',
    model: false
  };
  const parts = [{ ref, features: ge }];

  it('names the FNP and the BPlan: „FNP: Gewerbliche Baufläche · BPlan 01/377: GE, GRZ 0,8, max. 3 Vollgeschosse“', () => {
    const at = plansAt(fnp, parts, 6.484, 50.804);
    expect(at.fnp?.properties.id).toBe('G1');
    expect(at.parts.map((p) => p.feature.properties.id)).toEqual(['GE1']);
    expect(plansAtText(at, 'de')).toBe(
      'FNP: Gewerbliche Baufläche · BPlan 01/377: GE, GRZ 0,8, max. 3 Vollgeschosse'
    );
    expect(plansAtText(at, 'en')).toBe(
      'FNP: Commercial area · BPlan 01/377: GE, GRZ 0.8, max. 3 full storeys'
    );
    // A model says so; an area without Nutzungsschablone is named by its category.
    const model = plansAt(fnp, [{ ref: { ...ref, model: true }, features: ge }], 6.487, 50.803);
    expect(plansAtText(model, 'de')).toBe(
      'FNP: Gewerbliche Baufläche · BPlan 01/377 (Modell): Grünfläche'
    );
  });

  it('names only the FNP outside every BPlan, and nothing outside the plan', () => {
    const at = plansAt(fnp, parts, 6.495, 50.805);
    expect(at.fnp?.properties.id).toBe('W1');
    expect(at.parts).toEqual([]);
    expect(plansAtText(at, 'de')).toBe('FNP: Wohnbaufläche');
    expect(plansAt(fnp, parts, 7, 51)).toEqual({ fnp: null, parts: [] });
  });

  it('writes the Nutzungsschablone short', () => {
    expect(bauShort({ GRZ: 0.6, GFZ: 2.4, Z: 5 }, 'de')).toBe(
      'GRZ 0,6, GFZ 2,4, max. 5 Vollgeschosse'
    );
    expect(bauShort({ Zzwingend: 1 }, 'de')).toBe('genau 1 Vollgeschoss');
    expect(bauShort({ GRZ: 0.35 }, 'en')).toBe('GRZ 0.35');
    expect(bauShort(undefined, 'de')).toBe('');
  });
});

describe('the shipped Düren model with BPL 01/377', () => {
  const read = (dir: string, file: string) =>
    JSON.parse(readFileSync(join(process.cwd(), 'data', dir, file), 'utf8')) as unknown;
  const fnpMeta = parsePlanMeta(read('dueren-2025', 'plan.json'), 'plan.json');
  const [ref] = parsePlanParts(fnpMeta);
  const fnp = parsePlanCollection(read('dueren-2025', 'plan.geojson'), 'plan.geojson');
  const bplan = parsePlanCollection(read(ref!.id, 'plan.geojson'), 'bplan') as LoadedFeature[];
  const bMeta = parsePlanMeta(read(ref!.id, 'plan.json'), 'bplan/plan.json');
  const iq = (
    read('dueren-2025', 'innovationsquartier.geojson') as FeatureCollection<Polygon | MultiPolygon>
  ).features[0]!.geometry;

  it('lists BPL 01/377 as a model, and its folder says so too', () => {
    expect(ref).toMatchObject({ kind: 'BPlan', number: '01/377', model: true });
    expect(bMeta.model).toBe(true);
    expect(bMeta.title).toMatch(/^Bebauungsplan 01\/377 „Südliches Bahnhofsquartier“ \(Modell\)$/);
    expect((bMeta.notice as { de: string }).de).toMatch(/^Modell – nicht rechtsverbindlich/);
  });

  it('lies in the Innovationsquartier, covers it, and agrees with the FNP there', () => {
    const allowed: Record<string, string> = {
      mu: 'gemischt',
      so: 'sonder',
      gemeinbedarf: 'gemeinbedarf',
      gruen: 'gruen',
      verkehr: 'verkehr'
    };
    for (const f of bplan) {
      const [lon, lat] = pointOnFeature(f).geometry.coordinates as [number, number];
      expect(pointInGeometry(lon, lat, iq), f.properties.id).toBe(true);
      const under = fnp.find((a) => !a.properties.overlay && pointInGeometry(lon, lat, a.geometry));
      expect(under?.properties.category, f.properties.id).toBe(allowed[f.properties.category]);
    }
    const sum = bplan.reduce((s, f) => s + ellipsoidalArea(f.geometry), 0);
    expect(Math.abs(sum - ellipsoidalArea(iq)) / ellipsoidalArea(iq)).toBeLessThan(0.01);
    // Baugebiete with their Nutzungsschablone; Baugrenzen beside them.
    expect(
      bplan.filter((f) => f.properties.category === 'mu' && f.properties.bau?.GRZ)
    ).not.toHaveLength(0);
    const lines = read(ref!.id, 'lines.geojson') as FeatureCollection;
    expect(lines.features.length).toBeGreaterThan(0);
    expect(lines.features.every((l) => l.properties?.category === 'baugrenze')).toBe(true);
  });

  it('puts the BPlan right below its FNP in the switcher', () => {
    const list = catalog();
    const i = list.findIndex((e) => e.id === 'dueren-2025');
    expect(list[i + 1]).toMatchObject({ id: ref!.id, parent: 'dueren-2025', model: true });
  });

  it('gives the plot finder GRZ and height from the BPlan where a plot lies in it', () => {
    const plots = parsePlots(read('dueren-2025', 'plots.geojson'));
    const inIq = plots.filter((p) => p.properties.estate === 'Innovationsquartier Düren');
    expect(inIq.length).toBeGreaterThan(0);
    const t = translator('de');
    for (const p of inIq) {
      const [lon, lat] = pointOnFeature(p).geometry.coordinates as [number, number];
      const area = bplan.find((f) => pointInGeometry(lon, lat, f.geometry));
      if (!area?.properties.bau) continue;
      expect(p.properties.limits?.grz, p.properties.id).toBe(area.properties.bau.GRZ);
      expect(p.properties.limits?.from).toEqual({ number: '01/377', model: true });
      expect(limitsText(p.properties, t, 'de')).toMatch(/ – aus BPlan 01\/377 \(Modell\)$/);
    }
    expect(inIq.filter((p) => p.properties.limits?.from).length).toBeGreaterThan(0);
    // Plots outside every BPlan keep the estate's model values, without a source.
    expect(plots.some((p) => p.properties.limits && !p.properties.limits.from)).toBe(true);
  });
});
