/**
 * XPlanGML 6.1 (namespace …/xplangml/6/1) against 6.0: a 6.1 file generated from the project's
 * 6.0 fixture with what 6.1 changed for the classes this importer reads (XLeitstelle,
 * „XPlanGML 6.1 – Änderungen im Datenmodell“; see docs/data-model.md): new XP_Objekt attributes
 * (vertikaleLage, massstabFaktor, skalierung), the new class FP_NatuerlicherKlimaschutz, and
 * FP_AusgleichsFlaeche (deprecated in 6.1) replaced by FP_SchutzPflegeEntwicklung with
 * istAusgleich = true.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../src/lib/xplan';

const SRC60 = readFileSync(resolve('tests/fixtures/xplan/fp-6.0-default-ns.gml'), 'utf8');

const square = (id: string, x: number, y: number) =>
  `<position><gml:Polygon srsName="urn:ogc:def:crs:EPSG::25832" gml:id="${id}_G"><gml:exterior><gml:LinearRing><gml:posList>${x} ${y} ${x + 20} ${y} ${x + 20} ${y + 20} ${x} ${y + 20} ${x} ${y}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></position>`;

/** Ausgleich as 6.0 writes it (its own class) and as 6.1 wants it (SPE with istAusgleich). */
const ausgleich60 = `<gml:featureMember><FP_AusgleichsFlaeche gml:id="AUS1">${square('AUS1', 322634.966, 5630621.617)}</FP_AusgleichsFlaeche></gml:featureMember>`;
const ausgleich61 = `<gml:featureMember><FP_SchutzPflegeEntwicklung gml:id="AUS1">${square('AUS1', 322634.966, 5630621.617)}<istAusgleich>true</istAusgleich></FP_SchutzPflegeEntwicklung></gml:featureMember>`;
const klima61 = `<gml:featureMember><FP_NatuerlicherKlimaschutz gml:id="KLIMA1">${square('KLIMA1', 322534.966, 5630621.617)}</FP_NatuerlicherKlimaschutz></gml:featureMember>`;

const with60 = SRC60.replace('</XPlanAuszug>', `${ausgleich60}</XPlanAuszug>`);
const SRC61 = SRC60.replace(
  'xmlns="http://www.xplanung.de/xplangml/6/0"',
  'xmlns="http://www.xplanung.de/xplangml/6/1"'
)
  .replace('<name>FNP Testfixture 6.0</name>', '<name>FNP Testfixture 6.1</name>')
  // XP_Objekt attributes new in 6.1 (presentation and vertical position, no area meaning).
  .replace(
    '<flaechenschluss>true</flaechenschluss>\n      <besondereArtDerBaulNutzung>',
    '<vertikaleLage>1000</vertikaleLage><massstabFaktor>1.5</massstabFaktor><skalierung>true</skalierung><flaechenschluss>true</flaechenschluss>\n      <besondereArtDerBaulNutzung>'
  )
  .replace('</XPlanAuszug>', `${ausgleich61}${klima61}</XPlanAuszug>`);

describe('XPlanGML 6.1', () => {
  const a = importPlan(with60, 'fp-6.0.gml');
  const b = importPlan(SRC61, 'fp-6.1.gml');
  const byId = (r: typeof a) => new Map(r.features.map((f) => [f.properties.id, f]));

  it('the generated file really is 6.1 with the 6.1 changes', () => {
    expect(SRC61).toContain('xmlns="http://www.xplanung.de/xplangml/6/1"');
    expect(SRC61).toContain('<vertikaleLage>');
    expect(SRC61).toContain('FP_NatuerlicherKlimaschutz');
    expect(b.report.version).toBe('6.1');
    expect(a.report.version).toBe('6.0');
  });

  it('gives the same areas, categories and geometry as its 6.0 version (new XP_Objekt attributes ignored)', () => {
    const before = byId(a);
    const after = byId(b);
    for (const [id, f] of before) {
      if (id === 'AUS1') continue;
      const g = after.get(id)!;
      expect(g, id).toBeDefined();
      expect(g.properties).toEqual(f.properties);
      expect(g.geometry).toEqual(f.geometry);
    }
  });

  it('Ausgleich: the 6.1 SPE area with istAusgleich is an overlay like the deprecated FP_AusgleichsFlaeche, and says it is Ausgleich', () => {
    const old = byId(a).get('AUS1')!;
    const now = byId(b).get('AUS1')!;
    expect(now.properties.category).toBe(old.properties.category);
    expect(now.properties.overlay).toBe(old.properties.overlay);
    expect(now.properties.overlay).toBe(true);
    expect(now.properties.codes).toEqual({ istAusgleich: 'true' });
    expect(now.geometry).toEqual(old.geometry);
  });

  it('a class new in 6.1 (FP_NatuerlicherKlimaschutz) is imported as an overlay, never refused or dropped', () => {
    const k = byId(b).get('KLIMA1')!;
    expect(k.properties.xplanClass).toBe('FP_NatuerlicherKlimaschutz');
    expect(k.properties.overlay).toBe(true);
    expect(b.report.overlays).toBe(a.report.overlays + 1);
    expect(b.report.features).toBe(a.report.features + 1);
  });
});
