/**
 * Search that understands addresses (search/rank.ts, housenumbers.ts, districts.ts): street +
 * house number, one or two wrong letters, a Stadtteil before or after the street, same-named
 * streets told apart by Stadtteil. A small fixture index made here; then the real tiles of Düren
 * (../shared, skipped when absent) with a street and house number picked at run time.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bboxRegion } from '../../src/lib/geo/region';
import { describe, expect, it } from 'vitest';
import {
  buildNameIndex,
  nameIndexEntries,
  type NamedFeature
} from '../../src/lib/search/name-index';
import { withHousenumbers } from '../../src/lib/search/housenumbers';
import { withDistricts, type DistrictArea } from '../../src/lib/search/districts';
import { editDistance, indexEntries, parseQuery, search } from '../../src/lib/search/rank';
import type { SearchEntry } from '../../src/lib/search/types';
import { installBasemap } from '../../cli/basemap';
import { hasShared, sharedPath, skipReason } from '../shared';

const street = (name: string, coords: [number, number][]): NamedFeature => ({
  layer: 'transportation_name',
  properties: { 'name:latin': name },
  geometry: { type: 'LineString', coordinates: coords }
});
const house = (n: string, lon: number, lat: number): NamedFeature => ({
  layer: 'housenumber',
  properties: { housenumber: n },
  geometry: { type: 'Point', coordinates: [lon, lat] }
});
const box = (name: string, w: number, s: number, e: number, n: number): DistrictArea => ({
  name,
  geometry: bboxRegion([w, s, e, n])
});

// Two Stadtteile side by side; a Ringstraße in each, the Effertzgasse in the west one.
const districts = [
  box('Birkesdorf', 6.4, 50.8, 6.45, 50.85),
  box('Gürzenich', 6.45, 50.8, 6.5, 50.85)
];
const features: NamedFeature[] = [
  street('Effertzgasse', [
    [6.41, 50.82],
    [6.412, 50.82]
  ]),
  street('Ringstraße', [
    [6.42, 50.83],
    [6.421, 50.831]
  ]),
  street('Ringstraße', [
    [6.48, 50.83],
    [6.481, 50.831]
  ]),
  street('Nideggener Straße', [
    [6.46, 50.81],
    [6.47, 50.81]
  ]),
  // 5 lies 15 m north of the Effertzgasse; 7 is nearer to a parallel street 60 m away.
  house('5', 6.411, 50.82013),
  house('7', 6.4111, 50.82045),
  street('Parallelweg', [
    [6.41, 50.8205],
    [6.412, 50.8205]
  ]),
  house('12a', 6.4805, 50.8306),
  // Far from every street: no street.
  house('99', 6.3, 50.7)
];
const raw = withHousenumbers(buildNameIndex(features, 'test'), features);
const districtEntries: SearchEntry[] = districts.map((d) => ({
  kind: 'district',
  label: d.name,
  lon: 6.42,
  lat: 50.82,
  bbox: null
}));
const index = indexEntries([
  ...districtEntries,
  ...withDistricts(nameIndexEntries(JSON.parse(JSON.stringify(raw))), districts)
]);
const first = (text: string) => search(index, text)[0]?.entries[0];

describe('house numbers in the index', () => {
  it('gives each house to the nearest street of that name, and none to a house far away', () => {
    const rows = raw.housenumbers!.map(([row, n]) => [raw.entries[row]![0], n]);
    expect(rows).toContainEqual(['Effertzgasse', '5']);
    expect(rows).toContainEqual(['Parallelweg', '7']);
    expect(rows).toContainEqual(['Ringstraße', '12a']);
    expect(rows.some(([, n]) => n === '99')).toBe(false);
  });
});

describe('address search', () => {
  it('finds street + house number at the house', () => {
    const hit = first('Effertzgasse 5')!;
    expect(hit.label).toBe('Effertzgasse 5');
    expect([hit.lon, hit.lat]).toEqual([6.411, 50.82013]);
    expect(first('ringstr 12 A')?.label).toBe('Ringstraße 12A');
    expect(first('Ringstraße 12a')?.district).toBe('Gürzenich');
  });

  it('forgives one or two wrong letters', () => {
    expect(first('Efertzgasse')?.label).toBe('Effertzgasse');
    expect(first('Effretzgasse')?.label).toBe('Effertzgasse');
    expect(first('Nideggenerstr')?.label).toBe('Nideggener Straße');
    expect(first('Nidegennerstr')?.label).toBe('Nideggener Straße');
    expect(first('Efertzgasse 5')?.label).toBe('Effertzgasse 5');
    expect(editDistance('effertzgasse', 'efertzgase', 2)).toBe(2);
    expect(editDistance('effertzgasse', 'xxxxrtzgasse', 2)).toBe(3);
    // Short words are taken as typed.
    expect(search(index, 'Rinx')).toEqual([]);
  });

  it('reads a Stadtteil before or after the street', () => {
    expect(parseQuery('Birkesdorf Effertzgasse 5', ['Birkesdorf'])).toMatchObject({
      number: '5',
      district: 'Birkesdorf'
    });
    for (const q of ['Birkesdorf Ringstraße', 'Ringstraße Birkesdorf', 'ringstr, birkesdorf']) {
      const hit = first(q);
      expect(hit?.label, q).toBe('Ringstraße');
      expect(hit?.district, q).toBe('Birkesdorf');
    }
    expect(first('Gürzenich Ringstraße')?.district).toBe('Gürzenich');
    expect(first('Birkesdorf Effertzgasse 5')?.label).toBe('Effertzgasse 5');
  });

  it('tells same-named streets apart by their Stadtteil', () => {
    const rings = search(index, 'Ringstraße').find((g) => g.kind === 'street')!.entries;
    expect(rings.map((e) => e.detail).sort()).toEqual(['Birkesdorf', 'Gürzenich']);
  });
});

const TILES = ['geo', 'dueren-osm-2021', 'tiles'] as const;
const SHARED = sharedPath(...TILES);
describe.skipIf(!hasShared(...TILES))(
  `address search on the real tiles of Düren${skipReason(...TILES)}`,
  () => {
    it('finds a street with a house number, picked at run time, and its one-letter typo', async () => {
      const site = mkdtempSync(join(tmpdir(), 'fnp-search-'));
      try {
        await installBasemap(SHARED, { clip: false, site });
        const json = JSON.parse(readFileSync(join(site, 'basemap', 'search.json'), 'utf8'));
        const entries = nameIndexEntries(json);
        const withNumbers = entries.filter(
          (e) => e.kind === 'street' && (e.numbers?.size ?? 0) > 5 && e.label.length >= 8
        );
        expect(withNumbers.length).toBeGreaterThan(100);
        const idx = indexEntries(entries);
        // Every 37th street of those: a spread, the same on every run.
        for (const s of withNumbers.filter((_, i) => i % 37 === 0)) {
          const [number, [lon, lat]] = [...s.numbers!][0]!;
          // Same-named streets elsewhere may have the number too: the first group holds them all.
          const hits = search(idx, `${s.label} ${number}`)[0]!.entries;
          expect(hits[0]?.label.toLowerCase()).toBe(`${s.label} ${number}`.toLowerCase());
          expect(hits.map((h) => [h.lon, h.lat])).toContainEqual([lon, lat]);
          // One letter dropped in the middle.
          const cut = Math.floor(s.label.length / 2);
          const typo = s.label.slice(0, cut) + s.label.slice(cut + 1);
          const found = search(idx, typo)
            .flatMap((g) => g.entries)
            .map((e) => e.label);
          expect(found, typo).toContain(s.label);
        }
      } finally {
        rmSync(site, { recursive: true, force: true });
      }
    }, 60_000);
  }
);

describe('Stadtteil of a street', () => {
  it('is the one it lies in, else the nearest within 1.5 km, else none', () => {
    const e = (lon: number): SearchEntry => ({
      kind: 'street',
      label: 'X',
      lon,
      lat: 50.82,
      bbox: null
    });
    const [inside, near, far] = withDistricts([e(6.42), e(6.395), e(6.3)], districts);
    expect(inside!.district).toBe('Birkesdorf');
    // 0.005° west of Birkesdorf's edge: about 350 m.
    expect(near!.district).toBe('Birkesdorf');
    expect(far!.district).toBeUndefined();
  });
});
