import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/lib/geo/prng';
import {
  UNKNOWN_KEY,
  defaultHashState,
  parseHash,
  serializeHash,
  type HashState
} from '../../src/lib/state/url';

describe('URL hash', () => {
  it('serialises the default state to an empty hash', () => {
    expect(serializeHash(defaultHashState())).toBe('');
    expect(parseHash('')).toEqual({ state: defaultHashState(), warnings: [] });
  });

  it('round-trips every field', () => {
    const state: HashState = {
      planId: 'grasleben',
      view: { zoom: 13.25, lat: 50.80168, lon: 6.48296 },
      hidden: new Set(['wald', 'gewerbe']),
      iq: false,
      overlays: false,
      status: 'neu',
      district: 'Niederau-Krauthausen',
      minHa: 0.5,
      selected: 'DN-00012',
      scope: 'region',
      region: {
        kind: 'polygon',
        ring: [
          [6.47, 50.79],
          [6.49, 50.79],
          [6.48, 50.81]
        ]
      },
      lang: 'en',
      mode: {
        kind: 'compare',
        view: 'matrix',
        divider: 0.25,
        cell: { from: 'gewerbe', to: 'landwirtschaft' },
        other: 'dueren-2025',
        hiddenChanges: new Set(['unveraendert'])
      },
      poi: { lon: 6.5, lat: 50.8, label: 'Kölnstraße 1' },
      basemap: 'basemapde-farbe',
      planOpacity: 40,
      rasterOpacity: 35
    };
    const hash = serializeHash(state);
    expect(hash).toContain('hide=gewerbe,wald');
    expect(hash).toContain('map=13.25/50.80168/6.48296');
    const back = parseHash(hash);
    expect(back.warnings).toEqual([]);
    expect(back.state).toEqual(state);
  });

  it('round-trips a circle region and names with umlauts and spaces', () => {
    const state: HashState = {
      ...defaultHashState(),
      district: 'Düren Süd & Ost',
      region: { kind: 'circle', center: [6.48, 50.8], radius_m: 500 }
    };
    expect(parseHash(serializeHash(state)).state).toEqual(state);
  });

  it('reads the basemap choice and the plan opacity, with fallbacks', () => {
    expect(parseHash('#bm=openfreemap&op=60').state).toMatchObject({
      basemap: 'openfreemap',
      planOpacity: 60
    });
    const { state, warnings } = parseHash('#bm=google&op=150');
    expect(state.basemap).toBe('auto');
    expect(state.planOpacity).toBe(defaultHashState().planOpacity);
    expect(warnings).toEqual(['bm', 'op']);
  });

  it('falls back to the default for every unreadable value and names it', () => {
    const { state, warnings } = parseHash(
      '#map=abc/1/2&hide=wald,nonsense&iq=maybe&status=%3Cscript%3E&min=-5&scope=x&lang=fr&region=p:1,2;3&sel=&foo=1'
    );
    expect(state).toEqual(defaultHashState());
    expect(new Set(warnings)).toEqual(
      new Set([UNKNOWN_KEY, 'hide', 'iq', 'lang', 'map', 'min', 'region', 'scope', 'sel', 'status'])
    );
  });

  it('keeps the readable values of a partly broken hash', () => {
    const { state, warnings } = parseHash('status=neu&map=999/0/0&hide=wald');
    expect(state.status).toBe('neu');
    expect(state.hidden).toEqual(new Set(['wald']));
    expect(state.view).toBeNull();
    expect(warnings).toEqual(['map']);
  });

  it('rejects out-of-range coordinates, huge radii and control characters', () => {
    expect(parseHash('region=c:6.4,95,100').warnings).toEqual(['region']);
    expect(parseHash('region=c:6.4,50,1e9').warnings).toEqual(['region']);
    expect(parseHash('district=a%00b').warnings).toEqual(['district']);
    expect(parseHash('plan=../etc').warnings).toEqual(['plan']);
  });

  it('never echoes an unknown key (a crafted link must not write into the notice)', () => {
    const key = 'Amtliche%20Mitteilung%3A%20' + 'x'.repeat(5000);
    const { warnings } = parseHash(`#${key}=1&other=2`);
    expect(warnings).toEqual([UNKNOWN_KEY]);
  });

  it('survives random garbage without throwing', () => {
    const rnd = mulberry32(7);
    for (let i = 0; i < 500; i++) {
      const s = Array.from({ length: 40 }, () =>
        String.fromCharCode(32 + Math.floor(rnd() * 95))
      ).join('');
      expect(() => parseHash(s)).not.toThrow();
    }
  });
});

describe('point of interest in the hash', () => {
  it('round-trips with and without a label and refuses bad values', () => {
    const withLabel = { ...defaultHashState(), poi: { lon: 6.48, lat: 50.8, label: 'Kölnstraße' } };
    expect(parseHash(serializeHash(withLabel)).state.poi).toEqual(withLabel.poi);
    const bare = { ...defaultHashState(), poi: { lon: 6.481234, lat: 50.801234, label: null } };
    expect(parseHash(serializeHash(bare)).state.poi).toEqual(bare.poi);
    for (const bad of ['poi=200,50', 'poi=abc', 'poi=6.4,50.8,' + 'x'.repeat(500)]) {
      const r = parseHash(bad);
      expect(r.state.poi).toBeNull();
      expect(r.warnings).toContain('poi');
    }
  });
});
