/**
 * DHDN / Gauß-Krüger through the official BeTA2007 grid shipped in static/grids: each zone's
 * point equals PROJ's own transformation (`cs2cs EPSG:3146x EPSG:4258`, Debian's proj-bin,
 * test-only, installed by tests/ensure-system-deps.mjs) within 1 mm. Skipped, with the reason
 * in its name, where cs2cs is not installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasDhdnGrid, importPlan, registerDhdnGrid, toWgs84 } from '../../src/lib/xplan/index';
import { toolAvailable } from '../system-tools';

const GRID = resolve(process.cwd(), 'static/grids/BETA2007.gsb');

const haveCs2cs = toolAvailable('cs2cs');

/** PROJ: EPSG:3146x (northing, easting) → EPSG:4258 (lat, lon), 10 decimals. */
function proj(epsg: number, e: number, n: number): [number, number] {
  const out = execFileSync('cs2cs', ['-d', '10', `EPSG:${epsg}`, 'EPSG:4258'], {
    input: `${n} ${e}\n`,
    encoding: 'utf8'
  });
  const [lat, lon] = out.trim().split(/\s+/).map(Number);
  return [lon as number, lat as number];
}

/** Distance in metres between two nearby lon/lat points. */
function metres(a: [number, number], b: [number, number]): number {
  const k = (Math.PI / 180) * 6_371_000;
  return Math.hypot((a[0] - b[0]) * k * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * k);
}

const POINTS: [number, number, number, string][] = [
  [31466, 2515000, 5640000, 'Düren'],
  [31467, 3566000, 5950200, 'Hamburg (BPlan LA 22)'],
  [31468, 4468000, 5334000, 'München'],
  [31469, 5392000, 5820000, 'Berlin']
];

describe('the shipped grid', () => {
  it('is the NTv2 BeTA2007 grid with its licence beside it', () => {
    const bytes = readFileSync(GRID);
    expect(bytes.byteLength).toBe(83_696);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('NUM_OREC');
    expect(existsSync(join(GRID, '../BETA2007.LICENSE.txt'))).toBe(true);
  });
});

describe.skipIf(!haveCs2cs)(
  `DHDN through BeTA2007 equals PROJ's cs2cs within 1 mm${haveCs2cs ? '' : ' (skipped: cs2cs from proj-bin is not installed)'}`,
  () => {
    // the Helmert fallback first, then the grid for everything after
    const helmert = new Map(POINTS.map(([epsg, e, n]) => [epsg, toWgs84(epsg)(e, n)]));
    const b = readFileSync(GRID);
    registerDhdnGrid(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));

    it.each(POINTS)('EPSG:%i, %i / %i (%s)', (epsg, e, n) => {
      expect(hasDhdnGrid()).toBe(true);
      const ours = toWgs84(epsg)(e, n);
      const ref = proj(epsg, e, n);
      console.log(
        `EPSG:${epsg}: grid vs cs2cs ${(metres(ours, ref) * 1000).toFixed(4)} mm, Helmert vs cs2cs ${metres(helmert.get(epsg)!, ref).toFixed(3)} m`
      );
      expect(metres(ours, ref)).toBeLessThan(0.001);
      // and the grid is not the Helmert fallback: that one is off by decimetres to metres
      expect(metres(helmert.get(epsg)!, ref)).toBeGreaterThan(0.1);
    });

    it('an imported Gauß-Krüger plan says it used the grid', () => {
      const SHARED = resolve(process.cwd(), '../shared/xplan/BPlan_LA67_XPlanGML-4.1.gml');
      if (!existsSync(SHARED)) return;
      const r = importPlan(new Uint8Array(readFileSync(SHARED)), 'LA67.gml', undefined, {
        skipTopology: true
      });
      expect(r.report.notes.map((x) => x.de).join(' ')).toContain(
        'EPSG:31467 (DHDN, Gauß-Krüger) umgerechnet mit dem amtlichen Transformationsgitter BeTA2007'
      );
    });
  }
);
