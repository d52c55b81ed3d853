/**
 * XPlanGML parser on small hand-written fixtures (tests/fixtures/xplan): every geometry form,
 * both namespace styles, category mapping, overlays, skipped symbols, repairs, Flächenschluss
 * and GeoJSON input. Coordinates: squares near Düren (6.48° E, 50.80° N).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { ellipsoidalArea, signedRingArea as signedArea } from '../../src/lib/geo/area';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import {
  checkFlaechenschluss,
  fromWgs84,
  importPlan,
  parseXPlanGML
} from '../../src/lib/xplan/index';
import { generateFnp } from '../fixtures/generate';

const DIR = resolve(process.cwd(), 'tests/fixtures/xplan');
const read = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const imp = (name: string) => importPlan(read(name), name);
const byId = (r: ReturnType<typeof imp>, id: string) => {
  const f = r.features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`feature ${id} missing`);
  return f;
};
const utm = fromWgs84(25832);
/** Base corner of all fixtures in EPSG:25832 (6.48 E / 50.80 N, from gdaltransform). */
const BX = 322424.966;
const BY = 5630611.617;
const local = (p: Position) => {
  const [x, y] = utm(p[0] as number, p[1] as number);
  return [x - BX, y - BY] as [number, number];
};

describe('XPlanGML 5.1 with prefixes', () => {
  const r = imp('fp-5.1-prefixed.gml');

  it('reads FP_Plan: name, municipality, AGS, legal dates (not the BauNVO version date)', () => {
    expect(r.meta.title).toBe('FNP Testfixture 5.1');
    expect(r.meta.municipality).toBe('Düren');
    expect(r.meta.ags).toBe('05358008');
    expect(r.meta.dates).toEqual({
      aufstellungsbeschlussDatum: '2017-01-26',
      planbeschlussDatum: '2024-12-11',
      wirksamkeitsDatum: '2025-03-01'
    });
    expect(r.meta.model).toBe(false);
    expect(r.meta.sourceCrs).toBe('EPSG:25832');
    expect(r.report.version).toBe('5.1');
  });

  it('maps classes and codes to categories, keeps codes and name', () => {
    const w = byId(r, 'GML_W1').properties;
    expect(w).toMatchObject({
      category: 'wohnen',
      status: 'bestand',
      previous: null,
      district: null,
      name: 'Am Testfeld',
      xplanClass: 'FP_BebauungsFlaeche',
      codes: { allgArtDerBaulNutzung: '1000', besondereArtDerBaulNutzung: '1200' }
    });
    expect(w.overlay).toBeUndefined();
    // besondere Art (1800 GI) wins over allgemeine Art (3000 G)
    expect(byId(r, 'GML_GI1').properties.category).toBe('industrie');
    expect(byId(r, 'GML_GR1').properties).toMatchObject({
      category: 'gruen',
      codes: { zweckbestimmung: '1000' }
    });
    expect(byId(r, 'GML_WA1').properties.category).toBe('wasser');
    // another area class is kept as "sonstige" with its class name, in the Flächenschluss
    expect(byId(r, 'GML_OD1').properties).toMatchObject({
      category: 'sonstige',
      xplanClass: 'FP_FlaecheOhneDarstellung'
    });
    expect(byId(r, 'GML_OD1').properties.overlay).toBeUndefined();
  });

  it('marks overlays: SO_ protected area (by class) and flaechenschluss=false (by attribute)', () => {
    expect(byId(r, 'GML_NSG1').properties).toMatchObject({
      category: 'naturschutz',
      overlay: true
    });
    expect(byId(r, 'GML_KZ1').properties).toMatchObject({ category: 'sonstige', overlay: true });
    expect(r.report.overlays).toBe(2);
    // overlays are not in the Flächenbilanz
    expect(r.report.byCategory.sonstige).toEqual({ features: 1, areaHa: expect.closeTo(1, 3) });
  });

  it('skips point and line features and presentation objects but counts them by class', () => {
    expect(r.features).toHaveLength(7);
    expect(r.report.skipped.FP_Gemeinbedarf).toMatchObject({ point: 1 });
    expect(r.report.skipped.FP_Strassenverkehr).toMatchObject({ line: 1 });
    expect(r.report.skipped.XP_PPO).toMatchObject({ point: 1 });
    expect(r.report.skippedTotal).toBe(3);
    expect(r.meta.counts).toMatchObject({
      features: 7,
      overlays: 2,
      skipped: { FP_Gemeinbedarf: 1 }
    });
  });

  it('reads gml:pos rings like posList rings, and interior rings as holes', () => {
    const gi = byId(r, 'GML_GI1').geometry;
    expect(gi.type).toBe('Polygon');
    const ring = (gi.coordinates as Position[][])[0] as Position[];
    expect(ring).toHaveLength(5);
    const [x, y] = local(ring[0] as Position);
    expect(Math.hypot(x - 100, y)).toBeLessThan(0.02);
    const gr = byId(r, 'GML_GR1').geometry;
    expect((gr.coordinates as Position[][]).length).toBe(2);
    expect(ellipsoidalArea(gr)).toBeCloseTo(10000 - 400, -1);
  });

  it('writes RFC 7946 winding (CCW exterior, CW holes) and 7 decimals', () => {
    const gr = byId(r, 'GML_GR1').geometry.coordinates as Position[][];
    expect(signedArea((gr[0] as Position[]).flat())).toBeGreaterThan(0);
    expect(signedArea((gr[1] as Position[]).flat())).toBeLessThan(0);
    for (const f of r.features)
      for (const p of JSON.stringify(f.geometry).match(/-?\d+\.\d+/g) ?? [])
        expect(p.split('.')[1]!.length).toBeLessThanOrEqual(7);
  });

  it('output passes the viewer’s own plan validation', () => {
    const loaded = readPlanFeatures({ type: 'FeatureCollection', features: r.features }, 'fixture');
    expect(loaded).toHaveLength(7);
  });
});

describe('XPlanGML 6.0 with default namespace', () => {
  const r = imp('fp-6.0-default-ns.gml');
  it('reads plan and features without prefixes; srsDimension 3 pos; 6.0 complex code types', () => {
    expect(r.report.version).toBe('6.0');
    expect(r.meta.title).toBe('FNP Testfixture 6.0');
    expect(r.meta.dates).toEqual({ planbeschlussDatum: '2024-12-11' });
    expect(byId(r, 'GML60_GE1').properties).toMatchObject({
      category: 'gewerbe',
      codes: { besondereArtDerBaulNutzung: '1700' }
    });
    expect(byId(r, 'GML60_W1').properties).toMatchObject({
      category: 'wasser',
      codes: { artDerFestlegung: '1000' }
    });
    expect(byId(r, 'GML60_GR1').properties).toMatchObject({
      category: 'gruen',
      codes: { zweckbestimmung: '1400' }
    });
    expect(byId(r, 'GML60_V1').properties.category).toBe('verkehr');
    expect(byId(r, 'GML60_LP1').properties).toMatchObject({
      category: 'naturschutz',
      overlay: true
    });
    expect(ellipsoidalArea(byId(r, 'GML60_GE1').geometry)).toBeCloseTo(10000, -1);
  });
});

describe('geometry forms', () => {
  it('MultiSurface with two members (one with a hole) → MultiPolygon, srsName inherited by members', () => {
    const g = imp('geom-multisurface.gml').features[0]!.geometry;
    expect(g.type).toBe('MultiPolygon');
    expect(g.coordinates).toHaveLength(2);
    expect(ellipsoidalArea(g)).toBeCloseTo(10000 - 400 + 5000, -1);
  });

  it('Surface/patches/PolygonPatch and CompositeSurface', () => {
    const r = imp('geom-surface.gml');
    expect(byId(r, 'GML_SP').geometry.type).toBe('Polygon');
    expect(ellipsoidalArea(byId(r, 'GML_SP').geometry)).toBeCloseTo(10000, -1);
    expect(byId(r, 'GML_CS').geometry.type).toBe('MultiPolygon');
    expect(ellipsoidalArea(byId(r, 'GML_CS').geometry)).toBeCloseTo(10000, -1);
  });

  it('MultiPolygon with polygonMember, incl. GML 2 outerBoundaryIs/coordinates', () => {
    const g = imp('geom-multipolygon.gml').features[0]!.geometry;
    expect(g.type).toBe('MultiPolygon');
    expect(ellipsoidalArea(g)).toBeCloseTo(20000, -1);
  });

  it('Ring of Curve/LineStringSegment members, CRS only in the root boundedBy', () => {
    const r = imp('geom-curve.gml');
    const g = r.features[0]!.geometry;
    const ring = (g.coordinates as Position[][])[0]!;
    expect(ring).toHaveLength(5); // joints not duplicated
    expect(ellipsoidalArea(g)).toBeCloseTo(10000, -1);
    expect(r.report.problems).toEqual([]);
  });

  /** Max chord deviation from the circle and vertex distances, in metres (EPSG:25832). */
  function circleCheck(
    ring: Position[],
    cx: number,
    cy: number,
    r: number,
    onArc: (x: number, y: number) => boolean
  ) {
    let maxSagitta = 0;
    let maxRadial = 0;
    const pts = ring.map(local);
    for (let i = 0; i + 1 < pts.length; i++) {
      const [x1, y1] = pts[i]!;
      const [x2, y2] = pts[i + 1]!;
      if (!onArc(x1, y1) || !onArc(x2, y2)) continue;
      maxRadial = Math.max(maxRadial, Math.abs(Math.hypot(x1 - cx, y1 - cy) - r));
      const mx = (x1 + x2) / 2,
        my = (y1 + y2) / 2;
      maxSagitta = Math.max(maxSagitta, r - Math.hypot(mx - cx, my - cy));
    }
    return { maxSagitta, maxRadial };
  }

  it('Arc is densified with chords within 0.2 mm (half disc r = 50 m; output rounded to 7 decimals)', () => {
    const g = imp('geom-arc.gml').features[0]!.geometry;
    const ring = (g.coordinates as Position[][])[0]!;
    const { maxSagitta, maxRadial } = circleCheck(ring, 50, 0, 50, (_x, y) => y > 0.01);
    // the stored coordinates are rounded to 7 decimals (~1 cm): that, not the chords, bounds them
    expect(maxSagitta).toBeLessThan(0.02);
    expect(maxRadial).toBeLessThan(0.02);
    // 0.2 mm chords on r = 50 m: 2·acos(1 − 0.0002/50) per chord → 556 for the half circle
    expect(ring.length).toBeGreaterThan(500);
    expect(ring.length).toBeLessThan(600);
    const exact = (Math.PI * 50 * 50) / 2;
    const a = ellipsoidalArea(g);
    expect(a).toBeLessThan(exact + 1);
    expect(a).toBeGreaterThan(exact - 15);
  });

  it('ArcString (two arcs, clockwise circle) is densified and its winding repaired', () => {
    const r = imp('geom-arcstring.gml');
    const g = r.features[0]!.geometry;
    const { maxSagitta } = circleCheck((g.coordinates as Position[][])[0]!, 50, 0, 50, () => true);
    expect(maxSagitta).toBeLessThan(0.1);
    expect(ellipsoidalArea(g)).toBeGreaterThan(Math.PI * 2500 - 30);
    expect(ellipsoidalArea(g)).toBeLessThan(Math.PI * 2500 + 1);
    expect(r.report.problemCounts.winding).toBe(1);
  });

  it('Circle through three points becomes a full densified circle (r = 30 m)', () => {
    const g = imp('geom-circle.gml').features[0]!.geometry;
    const ring = (g.coordinates as Position[][])[0]!;
    const { maxSagitta, maxRadial } = circleCheck(ring, 200, 0, 30, () => true);
    expect(maxSagitta).toBeLessThan(0.1);
    expect(maxRadial).toBeLessThan(0.02);
    expect(ellipsoidalArea(g)).toBeGreaterThan(Math.PI * 900 - 15);
  });
});

describe('repairs and per-feature problems', () => {
  const r = imp('repairs.gml');
  const problems = (id: string) =>
    r.report.problems.filter((p) => p.featureId === id).map((p) => p.code);
  it('closes open rings, drops duplicate points, fixes winding, flags self-intersection', () => {
    expect(problems('GML_UNCLOSED')).toEqual(['unclosed-ring']);
    expect(problems('GML_DUPS')).toEqual(['duplicate-points']);
    expect(problems('GML_CW')).toEqual(['winding']);
    expect(problems('GML_BOWTIE')).toContain('self-intersection');
    // three positions, open: closing makes a valid triangle
    expect(problems('GML_TRIANGLE')).toEqual(['unclosed-ring']);
    expect(
      ((byId(r, 'GML_DUPS').geometry.coordinates as Position[][])[0] as Position[]).length
    ).toBe(5);
    expect(
      ((byId(r, 'GML_UNCLOSED').geometry.coordinates as Position[][])[0] as Position[]).length
    ).toBe(5);
    const bowtie = r.report.problems.find((p) => p.code === 'self-intersection')!;
    expect(bowtie.severity).toBe('warning');
    expect(bowtie.de).toMatch(/schneidet oder berührt sich selbst/);
    expect(bowtie.location![0]).toBeCloseTo(6.48, 1);
    expect(r.meta.validation).toMatchObject({ repaired: 5, warnings: 1 });
  });
});

describe('Flächenschluss', () => {
  it('finds the overlap pair and the gap inside the räumlicher Geltungsbereich; overlays ignored', () => {
    const t = imp('topology.gml').report.topology;
    expect(t.extent).toBe('geltungsbereich');
    expect(t.overlaps).toHaveLength(1);
    expect([t.overlaps[0]!.a, t.overlaps[0]!.b].sort()).toEqual(['GML_T1', 'GML_T2']);
    expect(t.overlapHa).toBeCloseTo(0.1, 3);
    expect(t.gaps).toHaveLength(1);
    expect(t.gapHa).toBeCloseTo(0.2, 3);
    expect(t.gaps[0]!.geometry.type).toBe('Polygon');
    expect(t.gaps[0]!.geometry.coordinates[0]![0]![0]).toBeCloseTo(6.48, 1);
  });

  it('without a Geltungsbereich, gaps are the holes of the union', () => {
    const r = imp('topology-hole.gml');
    expect(r.report.topology.extent).toBe('union');
    expect(r.report.topology.gapHa).toBeCloseTo(0.25, 3);
    expect(r.report.topology.overlaps).toEqual([]);
    expect(r.meta.validation).toMatchObject({ gapCount: 1, overlapCount: 0 });
  });

  it('can run later (two phases, e.g. in a Web Worker): skipTopology + checkFlaechenschluss', () => {
    const quick = importPlan(read('topology.gml'), 'topology.gml', undefined, {
      skipTopology: true
    });
    expect(quick.report.topology.candidatePairs).toBe(0);
    expect(quick.geltungsbereich?.type).toBe('Polygon');
    const base = quick.features.filter((f) => !f.properties.overlay);
    const t = checkFlaechenschluss(
      base.map((f) => ({ id: f.properties.id, geometry: f.geometry })),
      quick.geltungsbereich
    );
    expect(t.overlapHa).toBeCloseTo(0.1, 3);
    expect(t.gapHa).toBeCloseTo(0.2, 3);
  });

  it('touching neighbours (shared edges) are neither overlaps nor gaps', () => {
    const t = imp('fp-5.1-prefixed.gml').report.topology;
    expect(t.overlaps).toEqual([]);
    expect(t.gaps).toEqual([]);
  });
});

describe('GeoJSON input', () => {
  it('legacy crs member EPSG:25832 → reprojected; xplanClass/codes mapped; points skipped', () => {
    const r = imp('geojson/legacy-crs-25832.geojson');
    expect(r.report.format).toBe('GeoJSON');
    expect(r.meta.sourceCrs).toBe('EPSG:25832');
    expect(byId(r, 'GJ_W1').properties.category).toBe('wohnen');
    expect(byId(r, 'GJ_G1').properties.category).toBe('gewerbe');
    expect(byId(r, 'GJ_NSG').properties.overlay).toBe(true);
    const p = (byId(r, 'GJ_W1').geometry.coordinates as Position[][])[0]![0]!;
    expect(p[0]).toBeCloseTo(6.48, 6);
    expect(p[1]).toBeCloseTo(50.8, 6);
    expect(r.report.skipped.FP_Gemeinbedarf).toMatchObject({ point: 1 });
  });

  it('WGS84 file in our schema keeps id/category/status/previous/district; others become sonstige', () => {
    const r = imp('geojson/plan-schema-wgs84.geojson');
    expect(byId(r, 'w-1').properties).toMatchObject({
      category: 'wohnen',
      status: 'neu',
      previous: 'landwirtschaft',
      district: 'Birkesdorf',
      name: 'Am Testfeld'
    });
    expect(byId(r, 'feature-2').properties).toMatchObject({
      category: 'sonstige',
      status: 'bestand'
    });
    expect(r.report.skippedTotal).toBe(1);
    expect(r.meta.sourceCrs).toBe('EPSG:4326');
  });
});

describe('API', () => {
  it('accepts string, ArrayBuffer and Uint8Array alike and reports progress 0..1', () => {
    const bytes = read('fp-5.1-prefixed.gml');
    const fractions: number[] = [];
    const a = importPlan(bytes, 'x.gml', (f) => fractions.push(f));
    const b = importPlan(new TextDecoder().decode(bytes), 'x.gml');
    const c = importPlan(bytes.slice().buffer, 'x.gml');
    expect(b.features).toEqual(a.features);
    expect(c.features).toEqual(a.features);
    expect(fractions.length).toBeGreaterThanOrEqual(2);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((x, y) => x - y)).toEqual(fractions);
    expect(a.meta.id).toBe('x');
  });

  it('parseXPlanGML is streaming: progress follows the bytes in 1 MiB steps', () => {
    // A generated FNP of about 2 MB (three 1 MiB steps).
    const big = new TextEncoder().encode(
      generateFnp({ version: '6.0', cols: 32, rows: 20, edgeVertices: 30 })
    );
    expect(big.byteLength).toBeGreaterThan(2 << 20);
    const fr: number[] = [];
    parseXPlanGML(new Uint8Array(big), { fileName: 'big.gml', onProgress: (f) => fr.push(f) });
    expect(fr.length).toBe(Math.ceil(big.byteLength / (1 << 20)));
    expect(fr.at(-1)).toBe(1);
  });

  it('src/lib/xplan imports nothing from node: and touches no DOM (runs in a Web Worker)', () => {
    const dir = resolve(process.cwd(), 'src/lib/xplan');
    for (const f of readdirSync(dir)) {
      const src = readFileSync(join(dir, f), 'utf8');
      expect(src, f).not.toMatch(/from ['"]node:|require\(|\bdocument\.|\bwindow\.|DOMParser/);
    }
  });
});
