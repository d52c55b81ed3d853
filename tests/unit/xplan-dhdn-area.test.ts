/**
 * Issue 25 goal 6 per area: a DHDN (Gauß-Krüger) area transformed through the shipped BeTA2007
 * grid has the same ellipsoidal area as the same ring transformed by PROJ (`cs2cs`, Debian's
 * proj-bin, test-only) within 0.0001 %. Skipped, with the reason in its name, without cs2cs.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { registerDhdnGrid, toWgs84 } from '../../src/lib/xplan/index';
import { ellipsoidalArea } from '../../src/lib/geo/area';
import { toolAvailable } from '../system-tools';

const haveCs2cs = toolAvailable('cs2cs');

/** PROJ: many EPSG:3146x points (easting, northing) → EPSG:4258 [lon, lat] in one call. */
function projAll(epsg: number, points: [number, number][]): [number, number][] {
  const out = execFileSync('cs2cs', ['-d', '10', `EPSG:${epsg}`, 'EPSG:4258'], {
    input: points.map(([e, n]) => `${n} ${e}`).join('\n') + '\n',
    encoding: 'utf8'
  });
  return out
    .trim()
    .split('\n')
    .map((line) => {
      const [lat, lon] = line.trim().split(/\s+/).map(Number);
      return [lon as number, lat as number];
    });
}

/** An irregular ring of `n` points around (e, n) with radii 40–400 m (a plot to a district). */
function ring(e: number, n: number, count: number, radius: number): [number, number][] {
  const pts: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const a = (2 * Math.PI * i) / count;
    const r = radius * (0.6 + 0.4 * Math.abs(Math.sin(3 * a)));
    pts.push([e + r * Math.cos(a), n + r * Math.sin(a)]);
  }
  pts.push(pts[0]!);
  return pts;
}

const CASES: [number, number, number, number][] = [
  [31466, 2515000, 5640000, 40],
  [31466, 2515000, 5640000, 400],
  [31467, 3566000, 5950200, 150],
  [31468, 4468000, 5334000, 400],
  [31469, 5392000, 5820000, 150]
];

describe.skipIf(!haveCs2cs)(
  `DHDN areas through BeTA2007 equal PROJ's within 0.0001 %${haveCs2cs ? '' : ' (skipped: cs2cs from proj-bin is not installed)'}`,
  () => {
    const b = readFileSync(resolve('static/grids/BETA2007.gsb'));
    registerDhdnGrid(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));

    it.each(CASES)('EPSG:%i at %i / %i, radius %i m', (epsg, e, n, radius) => {
      const source = ring(e, n, 64, radius);
      const t = toWgs84(epsg);
      const ours: Polygon = { type: 'Polygon', coordinates: [source.map(([x, y]) => t(x, y))] };
      const theirs: Polygon = { type: 'Polygon', coordinates: [projAll(epsg, source)] };
      const a = ellipsoidalArea(ours);
      const ref = ellipsoidalArea(theirs);
      const relative = Math.abs(a - ref) / ref;
      console.log(
        `EPSG:${epsg} r=${radius} m: ${ref.toFixed(2)} m², ours − PROJ ${(relative * 100).toExponential(2)} %`
      );
      expect(relative).toBeLessThan(1e-6);
    });
  }
);
