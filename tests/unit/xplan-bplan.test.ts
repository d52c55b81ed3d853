/**
 * Bebauungspläne and the other plan types: the project's own BPlan fixture
 * (tests/fixtures/xplan/bplan-5.4-nutzungsschablone.gml: WA, GE, Grün, Straße with a turning
 * circle as an arc, a playground as an 8 m circle, überbaubare Grundstücksfläche, Baugrenze,
 * Baulinie, a text section) and small RP/LP/SO plans written here.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { category } from '../../src/lib/plan/categories';
import { parsePlanCollection } from '../../src/lib/plan/validate';
import {
  baugebietBilanz,
  bauSentence,
  fromWgs84,
  importPlan,
  importPlanCompact,
  nutzungsschablone,
  nutzungsschabloneText,
  parseXPlanGML,
  toGeoJSON
} from '../../src/lib/xplan/index';

const FILE = 'bplan-5.4-nutzungsschablone.gml';
const bytes = new Uint8Array(
  readFileSync(join(resolve(process.cwd(), 'tests/fixtures/xplan'), FILE))
);
const plan = importPlan(bytes, FILE);
const byId = (id: string) => {
  const f = plan.features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
};

/** Planar area in EPSG:25832 of a WGS84 geometry (shoelace, holes subtracted). */
function planarArea(g: Polygon | MultiPolygon): number {
  const utm = fromWgs84(25832);
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let sum = 0;
  for (const rings of polys)
    rings.forEach((ring, i) => {
      const pts = ring.map((p: Position) => utm(p[0] as number, p[1] as number));
      let s = 0;
      for (let k = 0; k + 1 < pts.length; k++)
        s += pts[k]![0] * pts[k + 1]![1] - pts[k + 1]![0] * pts[k]![1];
      sum += i === 0 ? Math.abs(s / 2) : -Math.abs(s / 2);
    });
  return sum;
}

describe('a Bebauungsplan (project fixture, XPlanGML 5.4)', () => {
  it('is imported, not refused: BP_Plan metadata, categories per Baugebiet and class', () => {
    expect(plan.meta).toMatchObject({
      title: 'Bebauungsplan Nr. T/1 „Am Testweg“ (Testdaten)',
      municipality: 'Düren',
      ags: '05358008',
      dates: { inkrafttretensDatum: '2025-06-30' },
      format: 'XPlanGML 5.4',
      xplan: { planClass: 'BP_Plan', nummer: 'T/1', rechtsstand: '4000' }
    });
    const cats = Object.fromEntries(
      plan.features.map((f) => [f.properties.id, f.properties.category])
    );
    expect(cats).toEqual({
      WA1: 'wa',
      GE1: 'ge',
      GRUEN1: 'gruen',
      SPIEL1: 'gemeinbedarf',
      STRASSE1: 'verkehr',
      UEB1: 'ueberbaubar'
    });
    expect(byId('UEB1').properties.overlay).toBe(true);
    expect(byId('SPIEL1').properties.overlay).toBe(true);
    expect(byId('WA1').properties.overlay).toBeUndefined();
    expect(category('wa').symbol).toBe('WA');
    expect(category('ge').group).toBe('gewerbe');
  });

  it('the 8 m circle has the exact area π·8² = 201.06 m² (within 0.01 m²), the arc street too', () => {
    const circle = byId('SPIEL1');
    expect(Math.abs(circle.properties.area_m2! - 201.06)).toBeLessThanOrEqual(0.01);
    // full precision, planar in the file's CRS: chords within 0.2 mm lose < 0.007 m²
    const parsed = parseXPlanGML(bytes, { fileName: FILE });
    const full = (id: string) =>
      toGeoJSON(parsed.features.find((f) => f.properties.id === id)!.geometry);
    expect(Math.abs(planarArea(full('SPIEL1')) - Math.PI * 64)).toBeLessThan(0.01);
    const street = 180 * 10 + (Math.PI * 25) / 2; // turning circle: half disc r = 5 m
    expect(Math.abs(planarArea(full('STRASSE1')) - street)).toBeLessThan(0.01);
    expect(Math.abs(byId('STRASSE1').properties.area_m2! - street)).toBeLessThan(0.1);
  });

  it('carries the Nutzungsschablone values of the WA and GE as feature properties', () => {
    expect(byId('WA1').properties.bau).toEqual({
      GRZ: 0.4,
      GFZ: 0.8,
      Z: 2,
      DNmin: 30,
      DNmax: 45,
      MaxZahlWohnungen: 2,
      bauweise: '1000',
      dachform: ['3100'],
      hoehen: [{ bezug: '2000', punkt: '2000', hMax: 9.5 }]
    });
    expect(byId('GE1').properties.bau).toMatchObject({
      GRZ: 0.8,
      GFZ: 2.4,
      Z: 3,
      bauweise: '3000'
    });
    expect(byId('GRUEN1').properties.bau).toBeUndefined();
  });

  it('gives the Nutzungsschablone and the plain-German sentence', () => {
    const wa = byId('WA1').properties.bau!;
    expect(nutzungsschablone('WA', wa)).toEqual([
      ['WA', 'II'],
      ['0,4', '0,8'],
      ['o', 'SD 30–45°']
    ]);
    expect(nutzungsschabloneText('WA', wa)).toBe('WA | II / 0,4 | 0,8 / o | SD 30–45°');
    expect(bauSentence(wa, 'de')).toBe(
      'höchstens 2 Vollgeschosse; 40\u00a0% des Grundstücks dürfen überbaut werden; ' +
        'die Geschossfläche aller Vollgeschosse darf höchstens 80\u00a0% der Grundstücksfläche betragen; ' +
        'offene Bauweise: Gebäude mit Abstand zur seitlichen Grundstücksgrenze, höchstens 50 m lang; ' +
        'Dachform: Satteldach; Dachneigung 30° bis 45°; höchstens 2 Wohnungen je Wohngebäude; ' +
        'Firsthöhe höchstens 9,5 m über der Geländeoberfläche'
    );
    expect(bauSentence(wa, 'en')).toMatch(
      /^at most 2 full storeys; 40% of the plot may be built on;/
    );
    const ge = byId('GE1').properties.bau!;
    expect(nutzungsschablone('GE', ge)).toEqual([
      ['GE', 'III'],
      ['0,8', '2,4'],
      ['a', '']
    ]);
    expect(bauSentence(ge, 'de')).toContain(
      'Oberkante höchstens 135,5 m über Normalhöhennull (NHN)'
    );
    expect(bauSentence({ Zmin: 2, Zmax: 3, GR: 250 }, 'de')).toBe(
      '2 bis 3 Vollgeschosse; höchstens 250 m² Grundfläche'
    );
    expect(bauSentence({ Zzwingend: 1 }, 'de')).toBe('genau 1 Vollgeschoss');
    expect(nutzungsschablone('MI', { Zzwingend: 3, GF: 1200 })[0]).toEqual(['MI', '(III)']);
  });

  it('gives the Flächenbilanz per Baugebiet with the GRZ-weighted buildable ground', () => {
    const rows = baugebietBilanz(plan.features);
    expect(rows.map((r) => [r.category, r.features, r.withoutGrz])).toEqual([
      ['wa', 1, 0],
      ['ge', 1, 0]
    ]);
    // WA 80 m × 60 m with GRZ 0.4, GE 100 m × 60 m with GRZ 0.8 (ellipsoidal m², ±0.5)
    expect(rows[0]!.area_m2).toBeCloseTo(4800, 0);
    expect(rows[0]!.buildable_m2).toBeCloseTo(1920, 0);
    expect(rows[1]!.buildable_m2).toBeCloseTo(4800, 0);
  });

  it('attaches the text section (which comes later in the file) to the area that refers to it', () => {
    expect(byId('WA1').properties.texte).toEqual([
      {
        schluessel: '§ 1 Nr. 1',
        text: 'Im allgemeinen Wohngebiet sind Tankstellen und Gartenbaubetriebe nicht zulässig (§ 1 Abs. 6 BauNVO).'
      }
    ]);
    expect(byId('GE1').properties.texte).toBeUndefined();
  });

  it('keeps Baugrenze and Baulinie as line features with their own categories', () => {
    expect(plan.lines.map((l) => [l.properties.id, l.properties.category])).toEqual([
      ['BG1', 'baugrenze'],
      ['BL1', 'baulinie']
    ]);
    expect(plan.report.lines).toBe(2);
    const bg = plan.lines[0]!.geometry;
    expect(bg.type).toBe('MultiLineString');
    expect(bg.coordinates[0]).toHaveLength(5);
    const utm = fromWgs84(25832);
    const [x, y] = utm(bg.coordinates[0]![1]![0]!, bg.coordinates[0]![1]![1]!);
    expect(x).toBeCloseTo(322475, 1);
    expect(y).toBeCloseTo(5630645, 1);
    expect(category('baugrenze').line).toBe(true);
  });

  it('has a clean Flächenschluss (the arc shared by street and Geltungsbereich)', () => {
    expect(plan.report.topology.extent).toBe('geltungsbereich');
    expect(plan.report.topology.overlaps).toEqual([]);
    expect(plan.report.topology.gapHa).toBeLessThan(0.0001);
  });

  it('survives the viewer’s own validation with bau and texte', () => {
    const back = parsePlanCollection(
      JSON.parse(JSON.stringify({ type: 'FeatureCollection', features: plan.features })),
      FILE
    );
    const wa = back.find((f) => f.properties.id === 'WA1')!;
    expect(wa.properties.bau).toEqual(byId('WA1').properties.bau);
    expect(wa.properties.texte).toEqual(byId('WA1').properties.texte);
  });
});

/** A one-plan file of `planClass` with the given area members (a 100 m square each). */
function planFile(version: string, planClass: string, members: [string, string, string?][]) {
  const sq = (i: number) => {
    const x = 322400 + i * 100;
    return `${x} 5630600 ${x + 100} 5630600 ${x + 100} 5630700 ${x} 5630700 ${x} 5630600`;
  };
  const body = members
    .map(
      ([cls, id, extra], i) =>
        `<gml:featureMember><xplan:${cls} gml:id="${id}"><xplan:position><gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>${sq(i)}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position>${extra ?? ''}</xplan:${cls}></gml:featureMember>`
    )
    .join('');
  return `<?xml version="1.0"?><xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/${version}" xmlns:gml="http://www.opengis.net/gml/3.2"><gml:featureMember><xplan:${planClass} gml:id="P"><xplan:name>${planClass} Test</xplan:name></xplan:${planClass}></gml:featureMember>${body}</xplan:XPlanAuszug>`;
}

describe('Regional-, Landschafts- und Sonderpläne', () => {
  const cat = (r: ReturnType<typeof importPlan>) =>
    Object.fromEntries(
      r.features.map((f) => [
        f.properties.id,
        [f.properties.category, f.properties.overlay ?? false]
      ])
    );

  it('RP_Plan: Siedlung, Verkehr and Freiraum classes in their categories; protection as overlay', () => {
    const r = importPlan(
      planFile('5/1', 'RP_Plan', [
        ['RP_WohnenSiedlung', 'W'],
        ['RP_IndustrieGewerbe', 'G'],
        ['RP_Strassenverkehr', 'S'],
        ['RP_Forstwirtschaft', 'F'],
        ['RP_Gruenzug', 'GZ'],
        ['RP_Rohstoff', 'R'],
        ['RP_Hochwasserschutz', 'H']
      ]),
      'regionalplan.gml'
    );
    expect(r.meta.xplan).toMatchObject({ planClass: 'RP_Plan' });
    expect(r.meta.title).toBe('RP_Plan Test');
    expect(cat(r)).toEqual({
      W: ['wohnen', false],
      G: ['gewerbe', false],
      S: ['verkehr', false],
      F: ['wald', false],
      GZ: ['naturschutz', true],
      R: ['rohstoff', true],
      H: ['wasserschutz', true]
    });
  });

  it('LP_Plan and SO_Plan (6.1) are imported, never refused', () => {
    const lp = importPlan(
      planFile('6/1', 'LP_Plan', [
        ['LP_SchutzBestimmterTeileVonNaturUndLandschaft', 'NSG'],
        ['LP_Denkmalschutzrecht', 'D']
      ]),
      'landschaftsplan.gml'
    );
    expect(lp.report.version).toBe('6.1');
    expect(cat(lp)).toEqual({ NSG: ['naturschutz', true], D: ['denkmal', true] });
    const so = importPlan(
      planFile('5/3', 'SO_Plan', [
        ['SO_SchutzgebietWasserrecht', 'WSG'],
        ['SO_Gebiet', 'SOG', '<xplan:flaechenschluss>true</xplan:flaechenschluss>']
      ]),
      'sonderplan.gml'
    );
    expect(cat(so)).toEqual({ WSG: ['wasserschutz', true], SOG: ['sonstige', false] });
  });

  it('a file with two plans imports both contents and says so', () => {
    const src = planFile('5/1', 'FP_Plan', [['FP_Gruen', 'G1']]).replace(
      '</xplan:XPlanAuszug>',
      '<gml:featureMember><xplan:BP_Plan gml:id="B"/></gml:featureMember></xplan:XPlanAuszug>'
    );
    const r = importPlan(src, 'zwei.gml');
    expect(r.meta.xplan).toMatchObject({ planClass: 'FP_Plan' });
    expect(r.report.notes.map((n) => n.de).join(' ')).toContain('weitere Pläne (BP_Plan)');
  });
});

describe('XPlanArchiv (ZIP)', () => {
  it('imports the plan inside and lists the attachments', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const pdf = strToU8('%PDF-1.4 Begründung');
    // a PNG header of 100 × 50 pixels (signature, IHDR length and name, width, height)
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0,
      100, 0, 0, 0, 50
    ]);
    const pgw = strToU8('0.1\n0\n0\n-0.1\n322400.05\n5630699.95\n');
    const zip = zipSync({
      'T1.gml': bytes,
      'Begruendung.pdf': pdf,
      'T1_scan.png': png,
      'T1_scan.pgw': pgw
    });
    const r = importPlan(zip, 'T1-archiv.zip');
    expect(r.meta.id).toBe('t1-archiv');
    expect(r.features.map((f) => f.properties.id)).toEqual(
      plan.features.map((f) => f.properties.id)
    );
    expect(r.meta.archive).toEqual({
      file: 'T1-archiv.zip',
      plan: 'T1.gml',
      attachments: [
        { name: 'Begruendung.pdf', bytes: pdf.byteLength, kind: 'document' },
        { name: 'T1_scan.png', bytes: png.byteLength, kind: 'raster' },
        { name: 'T1_scan.pgw', bytes: pgw.byteLength, kind: 'georef' }
      ]
    });
    expect(r.report.notes.map((n) => n.de).join(' ')).toContain(
      'Anlagen im Archiv: Begruendung.pdf'
    );
    // the raster plan: 100 × 50 px of 0.1 m from the world file's top-left pixel centre
    const c = importPlanCompact(zip, 'T1-archiv.zip');
    const raster = (c.meta.rasters as { referenzURL: string; corners: [number, number][] }[])[0]!;
    expect(raster.referenzURL).toBe('T1_scan.png');
    const utm = fromWgs84(25832);
    const corners = raster.corners.map(([lon, lat]) => utm(lon, lat));
    const expected = [
      [322400, 5630700],
      [322410, 5630700],
      [322410, 5630695],
      [322400, 5630695]
    ];
    corners.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(expected[i]![0]!, 1);
      expect(y).toBeCloseTo(expected[i]![1]!, 1);
    });
    expect(c.rasterImages?.get('T1_scan.png')).toEqual(png);
  });

  it('refuses a damaged ZIP and one without a .gml, naming what it holds', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const err = (data: Uint8Array) => {
      try {
        importPlan(data, 'a.zip');
      } catch (e) {
        return (e as Error).message;
      }
      return 'imported';
    };
    expect(err(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]))).toMatch(
      /ist ein ZIP-Archiv, das sich nicht entpacken lässt/
    );
    expect(err(zipSync({ 'liesmich.txt': strToU8('x') }))).toMatch(
      /ist ein ZIP-Archiv ohne XPlanGML-Datei \(\.gml\); darin: liesmich\.txt/
    );
  });
});
