/**
 * srsName forms and reprojection. Each fixture in tests/fixtures/xplan/crs is a square whose
 * south-west corner is 6.48° E / 50.80° N, expressed in that CRS with GDAL (gdaltransform) — an
 * independent reference. ETRS89 systems must land within 1 m; Gauß-Krüger within a few metres,
 * since GDAL/PROJ and our proj4 parameters may pick different DHDN→WGS84 transformations.
 */
import { readFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { ImportError, importPlan, parseSrsName } from '../../src/lib/xplan/index';

const DIR = resolve(process.cwd(), 'tests/fixtures/xplan/crs');
const LON = 6.48;
const LAT = 50.8;

/** Distance in metres between two nearby WGS84 points. */
function metres(a: Position, lon: number, lat: number): number {
  const dy = ((a[1] as number) - lat) * 111_320;
  const dx = ((a[0] as number) - lon) * 111_320 * Math.cos((lat * Math.PI) / 180);
  return Math.hypot(dx, dy);
}

function corner(file: string) {
  const r = importPlan(new Uint8Array(readFileSync(join(DIR, file))), file);
  const ring = (r.features[0]!.geometry.coordinates as Position[][])[0]!;
  // nearest vertex to the expected corner
  const d = Math.min(...ring.map((p) => metres(p, LON, LAT)));
  return { r, d };
}

describe('srsName forms', () => {
  it.each([
    ['EPSG:25832', 25832, false],
    ['epsg:25832', 25832, false],
    ['urn:ogc:def:crs:EPSG::25832', 25832, true],
    ['urn:ogc:def:crs:EPSG:6.9:31467', 31467, true],
    ['urn:x-ogc:def:crs:EPSG:4258', 4258, true],
    ['http://www.opengis.net/def/crs/EPSG/0/25833', 25833, true],
    ['https://www.opengis.net/def/crs/EPSG/0/4326', 4326, true],
    ['http://www.opengis.net/gml/srs/epsg.xml#31468', 31468, false],
    ['urn:adv:crs:ETRS89_UTM32', 25832, false],
    ['urn:adv:crs:DE_DHDN_3GK3', 31467, false],
    [' EPSG:3044 ', 3044, false]
  ])('%s → EPSG:%i', (raw, epsg, authority) => {
    expect(parseSrsName(raw)).toMatchObject({ epsg, authorityAxisOrder: authority });
  });

  it('returns null for strings that name no EPSG code', () => {
    expect(parseSrsName('Gauss-Krueger Zone 3')).toBeNull();
    expect(parseSrsName('')).toBeNull();
  });
});

describe('reprojection to WGS84', () => {
  it.each([
    ['EPSG_25832.gml', 'EPSG:25832', 1],
    ['EPSG_25833.gml', 'EPSG:25833', 1],
    ['EPSG_3044.gml', 'EPSG:3044', 1],
    ['EPSG_4258.gml', 'EPSG:4258', 1],
    ['EPSG_4326.gml', 'EPSG:4326', 1],
    ['EPSG_4326-short-lonlat.gml', 'EPSG:4326', 1],
    ['EPSG_31466.gml', 'EPSG:31466', 5],
    ['EPSG_31467.gml', 'EPSG:31467', 5],
    ['EPSG_31468.gml', 'EPSG:31468', 5],
    ['EPSG_31469.gml', 'EPSG:31469', 5]
  ])('%s (%s) lands within %i m of 6.48 E / 50.80 N', (file, crs, tol) => {
    const { r, d } = corner(file);
    expect(r.meta.sourceCrs).toBe(crs);
    expect(d).toBeLessThan(tol);
    // no axis-order note; DHDN says which transformation it used (here without the grid)
    expect(r.report.notes.map((n) => n.de)).toEqual(
      crs.startsWith('EPSG:314')
        ? [
            `${crs} (DHDN, Gauß-Krüger) umgerechnet mit sieben Helmert-Parametern (genau auf 1–3 m); das Transformationsgitter BeTA2007 war nicht geladen.`
          ]
        : []
    );
    console.log(`${file}: corner ${d.toFixed(2)} m from the GDAL reference`);
  });

  it('URN/http forms of EPSG:4326/4258 are read lat/lon, the short form lon/lat', () => {
    // both land on the same corner without an axis-order note (checked above); the files differ:
    const urn = readFileSync(join(DIR, 'EPSG_4258.gml'), 'utf8');
    const short = readFileSync(join(DIR, 'EPSG_4326-short-lonlat.gml'), 'utf8');
    expect(urn).toMatch(/posList srsDimension="2">50\.8/);
    expect(short).toMatch(/posList srsDimension="2">6\.48/);
  });

  it('Gauß-Krüger written northing first is detected, reprojected right and noted', () => {
    const { r, d } = corner('EPSG_31467-northing-first.gml');
    expect(d).toBeLessThan(5);
    expect(r.report.notes.some((n) => /Achsenreihenfolge/.test(n.de))).toBe(true);
  });

  it('an unknown CRS is an error that names it', () => {
    const file = resolve(process.cwd(), 'tests/fixtures/xplan/broken/unknown-crs.gml');
    try {
      importPlan(readFileSync(file), 'unknown-crs.gml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      const err = e as ImportError;
      expect(err.code).toBe('unknown-crs');
      expect(err.message).toContain('„EPSG:2056“');
      expect(err.messageEn).toContain('"EPSG:2056"');
      expect(err.featureId).toBe('GML_CH');
    }
  });
});
