/**
 * The coarse sketch of Düren's real land cover and lines (OpenStreetMap 2021, ODbL), read from
 * `../shared/design/dueren-sketch.geojson` next to the project. It is never copied into the
 * project; the generator stops with a clear message when it is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { diff, toM, unite, type MP, type Pt } from './geo';

export const ZONES = ['wasser', 'wald', 'gewerbe', 'gemeinbedarf', 'gruen', 'siedlung'] as const;
export type Zone = (typeof ZONES)[number];
export type LineKind = 'autobahn' | 'hauptstrasse' | 'bahn' | 'fluss';

export interface SketchLine {
  kind: LineKind;
  name: string | null;
  pts: Pt[];
}
export interface SketchPoint {
  kind: 'ort' | 'bahnhof' | 'anschlussstelle';
  name: string;
  ll: [number, number];
}
export interface Sketch {
  /** Zone polygons (local metres), one entry per sketch polygon, by zone. */
  zones: Record<Zone, MP[]>;
  /** Union of each zone, overlaps resolved in the order of ZONES (water wins). */
  zoneUnion: Record<Zone, MP>;
  lines: SketchLine[];
  points: SketchPoint[];
}

export const SKETCH_ATTRIBUTION = '© OpenStreetMap-Mitwirkende (ODbL 1.0)';

export function sketchPath(root: string): string {
  return join(root, '..', 'shared', 'design', 'dueren-sketch.geojson');
}

export function loadSketch(root: string): Sketch {
  const file = sketchPath(root);
  if (!existsSync(file))
    throw new Error(
      `Die Skizze der Dürener Flächennutzung fehlt: ${file}. Sie liegt außerhalb des Projekts in ../shared/design/ und wird nicht mitgeliefert.\n` +
        `The sketch of Düren's land cover is missing: ${file} (expected in ../shared/design/ next to the project).`
    );
  const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: Feature<Geometry>[] };
  const zones = Object.fromEntries(ZONES.map((z) => [z, [] as MP[]])) as Record<Zone, MP[]>;
  const lines: SketchLine[] = [];
  const points: SketchPoint[] = [];
  const m = (p: number[]): Pt => toM(p[0] as number, p[1] as number);
  for (const f of fc.features) {
    const p = (f.properties ?? {}) as { kind?: string; zone?: string; name?: string | null };
    const g = f.geometry;
    if (p.kind === 'zone' && (ZONES as readonly string[]).includes(p.zone ?? '')) {
      const polys =
        g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      for (const poly of polys) zones[p.zone as Zone].push([poly.map((r) => r.map(m))]);
    } else if (
      g.type === 'LineString' &&
      ['autobahn', 'hauptstrasse', 'bahn', 'fluss'].includes(p.kind ?? '')
    ) {
      lines.push({ kind: p.kind as LineKind, name: p.name ?? null, pts: g.coordinates.map(m) });
    } else if (g.type === 'Point' && ['ort', 'bahnhof', 'anschlussstelle'].includes(p.kind ?? '')) {
      const [lon, lat] = g.coordinates as [number, number];
      points.push({ kind: p.kind as SketchPoint['kind'], name: p.name ?? '', ll: [lon, lat] });
    }
  }
  const zoneUnion = {} as Record<Zone, MP>;
  const done: MP[] = [];
  for (const z of ZONES) {
    const u = unite(zones[z]);
    zoneUnion[z] = diff(u, done);
    done.push(u);
  }
  return { zones, zoneUnion, lines, points };
}
