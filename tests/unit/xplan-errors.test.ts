/**
 * Broken inputs: each gives its own ImportError code and a German message that names the file,
 * the feature (gml:id) where there is one, and the problem; plus an English message.
 */
import { readFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError, importPlan } from '../../src/lib/xplan/index';

const DIR = resolve(process.cwd(), 'tests/fixtures/xplan/broken');

function importError(file: string): ImportError {
  try {
    importPlan(new Uint8Array(readFileSync(join(DIR, file))), file);
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error(`${file} imported without error`);
}

describe('broken inputs', () => {
  it.each([
    [
      'not-xml.gml',
      'not-xml',
      null,
      /ist keine XML-Datei und damit kein XPlanGML: Sie beginnt mit „Dies ist keine/
    ],
    [
      'truncated.gml',
      'truncated-xml',
      null,
      /ist unvollständig: Sie endet in Zeile \d+ im Element „posList“/
    ],
    [
      'not-xplan.gml',
      'not-xplangml',
      null,
      /ist kein XPlanGML: Wurzelelement „html“ .*statt „XPlanAuszug“/
    ],
    [
      'empty-plan.gml',
      'empty-plan',
      null,
      /enthält keine Flächen.*Nur Punkt- und Linienobjekte gefunden \(FP_Gemeinbedarf 1\)/
    ],
    [
      'unknown-crs.gml',
      'unknown-crs',
      'GML_CH',
      /beim Objekt „GML_CH“ \(Zeile \d+\) das Koordinatenreferenzsystem „EPSG:2056“, das nicht unterstützt wird/
    ],
    [
      'ring-3-points.gml',
      'ring-too-short',
      'GML_RING3',
      /beim Objekt „GML_RING3“ \(Zeile \d+\) einen Außenring mit 3 Stützpunkten, davon 2 verschiedene/
    ],
    [
      'bad-number.gml',
      'invalid-coordinates',
      'GML_NAN',
      /beim Objekt „GML_NAN“ .*Koordinate „5630711,617“ ist keine Zahl/
    ],
    [
      'bp-fragment.gml',
      'no-plan',
      null,
      /enthält kein Planobjekt \(FP_Plan, BP_Plan, RP_Plan, LP_Plan oder SO_Plan\), sondern ist ein Ausschnitt: gefunden wurden nur Planinhalte \(BP_BaugebietsTeilFlaeche 1\)/
    ]
  ])('%s → %s', (file, code, featureId, de) => {
    const e = importError(file);
    expect(e.code).toBe(code);
    expect(e.file).toBe(file);
    expect(e.featureId).toBe(featureId);
    expect(e.message).toContain(`„${file}“`);
    expect(e.message).toMatch(de);
    expect(e.messageEn).toContain(`"${file}"`);
    expect(e.messageEn).not.toBe(e.message);
  });

  it('every broken fixture has its own code', () => {
    const files = [
      'not-xml.gml',
      'truncated.gml',
      'not-xplan.gml',
      'empty-plan.gml',
      'unknown-crs.gml',
      'ring-3-points.gml'
    ];
    expect(new Set(files.map((f) => importError(f).code)).size).toBe(files.length);
  });

  it('other formats: empty input, invalid JSON, JSON that is not GeoJSON', () => {
    const err = (input: string, name: string) => {
      try {
        importPlan(input, name);
      } catch (e) {
        return e as ImportError;
      }
      throw new Error('no error');
    };
    expect(err('', 'leer.gml').code).toBe('not-xml');
    expect(err('{"type": "FeatureCollection", "features": [', 'kaputt.geojson').code).toBe(
      'not-json'
    );
    expect(err('{"hello": 1}', 'x.json').code).toBe('not-geojson');
    expect(err('{"type":"FeatureCollection","features":[]}', 'leer.geojson').code).toBe(
      'empty-plan'
    );
    const old = err('<XPlanAuszug xmlns="http://www.xplanung.de/xplangml/3/0"/>', 'alt.gml');
    expect(old.code).toBe('unsupported-version');
    expect(old.message).toMatch(
      /ist XPlanGML 3\.0 \(Namensraum „http:\/\/www\.xplanung\.de\/xplangml\/3\/0“\); unterstützt werden XPlanGML 4\.0, 4\.1, 5\.0 bis 5\.4, 6\.0 und 6\.1/
    );
    const future = err('<XPlanAuszug xmlns="http://www.xplanung.de/xplangml/7/0"/>', 'neu.gml');
    expect(future.code).toBe('unsupported-version');
    expect(future.message).toContain('XPlanGML 7.0');
    const foreign = err('<XPlanAuszug xmlns="http://example.org/plan"/>', 'fremd.gml');
    expect(foreign.code).toBe('unsupported-version');
    expect(foreign.message).toContain('Namensraum „http://example.org/plan“');
    const wfs = err(
      '<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0"><wfs:member/></wfs:FeatureCollection>',
      'wfs.xml'
    );
    expect(wfs.code).toBe('not-xplangml');
    expect(wfs.message).toMatch(
      /ist eine WFS-Antwort \(wfs:FeatureCollection, Namensraum „http:\/\/www\.opengis\.net\/wfs\/2\.0“\) und kein XPlanGML-Plan/
    );
    const nothing = err(
      '<XPlanAuszug xmlns="http://www.xplanung.de/xplangml/5/0"></XPlanAuszug>',
      'leer.gml'
    );
    expect(nothing.code).toBe('no-plan');
    expect(nothing.message).toContain('die Datei enthält keine Objekte');
    const fixture = readFileSync(join(DIR, '../fp-5.1-prefixed.gml'), 'utf8');
    const dup = err(fixture.replace('gml:id="GML_GI1"', 'gml:id="GML_W1"'), 'doppelt.gml');
    expect(dup.code).toBe('duplicate-id');
    expect(dup.featureId).toBe('GML_W1');
    expect(dup.message).toMatch(/Kennung \(gml:id\) „GML_W1“ mehrfach/);
    const syntax = err(
      '<XPlanAuszug xmlns="http://www.xplanung.de/xplangml/5/1"><a></b></XPlanAuszug>',
      'x.gml'
    );
    expect(syntax.code).toBe('xml-syntax');
    expect(syntax.message).toMatch(/ist kein gültiges XML \(Zeile 1, Spalte \d+/);
  });
});
