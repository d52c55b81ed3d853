import { describe, expect, it } from 'vitest';
import { nameKeys, queryKey } from '../../src/lib/search/normalize';
import { indexEntries, matchScore, search } from '../../src/lib/search/rank';
import { buildNameIndex, germanName, nameIndexEntries } from '../../src/lib/search/name-index';
import { planEntries } from '../../src/lib/search/plan-entries';
import type { SearchEntry } from '../../src/lib/search/types';
import type { Plan } from '../../src/lib/plan/types';

const finds = (name: string, typed: string) =>
  nameKeys(name).some((k) => matchScore(k, queryKey(typed)) !== null);

describe('search normalisation', () => {
  it.each([
    ['Eberhard-Hoesch-Straße', 'Eberhard Hoesch Str'],
    ['Eberhard-Hoesch-Straße', 'eberhard-hoesch-strasse'],
    ['Kölnstraße', 'Kölnstr.'],
    ['Kölnstraße', 'koelnstrasse'],
    ['Kölnstraße', 'Koln'],
    ['Kölnstraße', 'KÖLNSTRA'],
    ['Kölnstraße', 'kölnstraß'],
    ['Schützenstraße', 'Schutzenstr'],
    ['Fläche für die Landwirtschaft', 'Landwirtschaft'],
    ['Nord-Düren', 'nord dueren'],
    ['Café Extrablatt', 'cafe']
  ])('%s is found by "%s"', (name, typed) => {
    expect(finds(name, typed)).toBe(true);
  });

  it.each([
    ['Kölnstraße', 'Aachener'],
    ['Birkesdorf', 'dorfplatz'],
    ['Rur', 'x']
  ])('%s is not found by "%s"', (name, typed) => {
    expect(finds(name, typed)).toBe(false);
  });

  it('folds case, ß and umlauts to the same key', () => {
    expect(queryKey('  GROẞE  Straße ').spaced).toBe(queryKey('grosse strasse').spaced);
    expect(queryKey('Eberhard-Hoesch-Straße')).toEqual(queryKey('eberhard hoesch str.'));
  });
});

const at = (kind: SearchEntry['kind'], label: string): SearchEntry => ({
  kind,
  label,
  lon: 6.48,
  lat: 50.8 + label.length * 1e-3,
  bbox: null
});

describe('search ranking', () => {
  const index = indexEntries([
    at('street', 'Bahnhofstraße'),
    at('street', 'Am Bahnhof'),
    at('place', 'Düren Hauptbahnhof'),
    at('district', 'Birkesdorf'),
    at('street', 'Birkesdorfer Straße'),
    at('street', 'Alte Bahnhofstraße'),
    at('area', 'Bahn')
  ]);

  it('puts the whole name first, then names starting with it, then later words, then inside', () => {
    const labels = search(index, 'bahn').flatMap((g) => g.entries.map((e) => e.label));
    expect(labels[0]).toBe('Bahn');
    const streets = search(index, 'bahnhof').find((g) => g.kind === 'street')!.entries;
    expect(streets.map((e) => e.label)).toEqual([
      'Bahnhofstraße',
      'Am Bahnhof',
      'Alte Bahnhofstraße'
    ]);
  });

  it('groups by kind, the group with the best match first', () => {
    const groups = search(index, 'birkesdorf');
    expect(groups.map((g) => g.kind)).toEqual(['district', 'street']);
    expect(search(index, 'hauptbahnhof').map((g) => g.kind)).toEqual(['place']);
  });

  it('finds nothing for an empty query or an unknown name', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'Zollhausstraße')).toEqual([]);
  });

  it('limits each group', () => {
    const many = indexEntries(Array.from({ length: 20 }, (_, i) => at('street', `Weg ${i}`)));
    expect(search(many, 'weg', { perGroup: 5 })[0]!.entries).toHaveLength(5);
  });
});

describe('basemap name index builder', () => {
  const line = (coords: [number, number][]) => ({
    type: 'LineString' as const,
    coordinates: coords
  });
  const features = [
    // One street cut at a tile edge: two pieces, one entry.
    {
      layer: 'transportation_name',
      properties: { 'name:latin': 'Kölnstraße', class: 'secondary' },
      geometry: line([
        [6.484, 50.8027],
        [6.488, 50.8037]
      ])
    },
    {
      layer: 'transportation_name_detail',
      properties: { 'name:latin': 'Kölnstraße' },
      geometry: line([
        [6.488, 50.8037],
        [6.4935, 50.8052]
      ])
    },
    // The same name 5 km away is another street.
    {
      layer: 'transportation_name',
      properties: { name: 'Aachener Straße' },
      geometry: line([
        [6.47, 50.79],
        [6.475, 50.795]
      ])
    },
    {
      layer: 'transportation_name',
      properties: { name: 'Aachener Straße' },
      geometry: line([
        [6.53, 50.83],
        [6.531, 50.831]
      ])
    },
    // German name wins.
    {
      layer: 'place',
      properties: { name: 'Düren', 'name:de': 'Düren (Stadt)', class: 'town' },
      geometry: { type: 'Point' as const, coordinates: [6.4833, 50.8] }
    },
    // Unnamed and other layers are left out.
    {
      layer: 'transportation',
      properties: { name: 'Nicht im Index' },
      geometry: line([
        [6.4, 50.8],
        [6.41, 50.8]
      ])
    },
    {
      layer: 'transportation_name',
      properties: { class: 'path' },
      geometry: line([
        [6.4, 50.8],
        [6.41, 50.8]
      ])
    }
  ];
  const index = buildNameIndex(features, '© OSM');

  it('makes one entry per street and place, German names first', () => {
    expect(index.entries.map((e) => `${e[1]}:${e[0]}`)).toEqual([
      'street:Aachener Straße',
      'street:Aachener Straße',
      'place:Düren (Stadt)',
      'street:Kölnstraße'
    ]);
    expect(germanName({ 'name:latin': 'a', name: 'b' })).toBe('b');
  });

  it('keeps the whole extent and puts the point on the street', () => {
    const koeln = index.entries.find((e) => e[0] === 'Kölnstraße')!;
    expect(koeln.slice(4)).toEqual([6.484, 50.8027, 6.4935, 50.8052]);
    expect([6.484, 6.488, 6.4935]).toContain(koeln[2]);
  });

  it('reads back as search entries, skipping malformed rows', () => {
    const entries = nameIndexEntries({
      ...index,
      entries: [...index.entries, ['x', 'street', 'NaN'], ['<b>', 'bogus', 1, 2, 3, 4, 5, 6]]
    });
    expect(entries).toHaveLength(4);
    const hit = search(indexEntries(entries), 'Kölnstr')[0]!.entries[0]!;
    expect(hit.label).toBe('Kölnstraße');
    expect(hit.bbox).toEqual([6.484, 50.8027, 6.4935, 50.8052]);
  });
});

describe('plan search entries', () => {
  const square = (x: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, 50.8],
        [x + 0.01, 50.8],
        [x + 0.01, 50.81],
        [x, 50.81],
        [x, 50.8]
      ]
    ]
  });
  const plan = {
    meta: {},
    features: [
      {
        type: 'Feature',
        geometry: square(6.4),
        properties: {
          id: 'DN-1',
          category: 'landwirtschaft',
          status: 'bestand',
          previous: null,
          district: null,
          name: null,
          area_m2: 100
        }
      },
      {
        type: 'Feature',
        geometry: square(6.5),
        properties: {
          id: 'DN-2',
          category: 'gewerbe',
          status: 'neu',
          previous: null,
          district: null,
          name: 'Im Rossfeld',
          area_m2: 50
        }
      }
    ],
    boundary: null,
    districts: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: square(6.45), properties: { name: 'Birkesdorf' } }]
    },
    places: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [6.4825, 50.81083] },
          properties: { name: 'Düren Hauptbahnhof' }
        }
      ]
    },
    innovationsquartier: null
  } as unknown as Plan;
  const index = indexEntries(planEntries(plan, 'de'));

  it('finds districts, places, named areas, area ids and categories', () => {
    const first = (q: string) => search(index, q)[0]?.entries[0];
    expect(first('Birkesdorf')?.kind).toBe('district');
    expect(first('Hauptbahnhof')?.kind).toBe('place');
    expect(first('Rossfeld')?.areaId).toBe('DN-2');
    expect(first('DN-1')?.areaId).toBe('DN-1');
    const farm = first('Landwirtschaft');
    expect(farm?.kind).toBe('category');
    expect(farm?.category).toBe('landwirtschaft');
    expect(farm?.bbox).toEqual([6.4, 50.8, 6.41, 50.81]);
    expect(first('Farmland')?.category).toBe('landwirtschaft');
  });
});
