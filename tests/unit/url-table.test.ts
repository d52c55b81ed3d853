import { describe, expect, it } from 'vitest';
import {
  FIELD_NAMES,
  URL_FIELDS,
  UNKNOWN_KEY,
  defaultHashState,
  parseHash,
  serializeHash,
  type HashState
} from '../../src/lib/state/url';
import { defaultPlotsChoice } from '../../src/lib/state/plots-url';
import { defaultCompare } from '../../src/lib/state/url-compare';
import { PRESENTATION_KEEPS, sceneFromState, sceneState } from '../../src/lib/state/scenes';
import { tableKeys } from '../../src/lib/state/url-schema';

/** A value other than the default for every field of the table (a new field must add one). */
const SAMPLE: HashState = {
  planId: 'grasleben',
  view: { zoom: 14.25, lat: 50.81234, lon: 6.48123 },
  hidden: new Set(['wald', 'gruen']),
  iq: false,
  overlays: false,
  status: 'neu',
  district: 'Birkesdorf',
  minHa: 0.5,
  selected: 'DN-00012',
  scope: 'region',
  region: { kind: 'circle', center: [6.48, 50.8], radius_m: 500 },
  lang: 'en',
  poi: { lon: 6.481, lat: 50.801, label: 'Effertzgasse 5' },
  basemap: 'aus',
  planOpacity: 60,
  rasterOpacity: 40,
  mode: {
    kind: 'compare',
    ...defaultCompare(),
    view: 'change',
    hiddenChanges: new Set(['unveraendert'])
  }
};

describe('the URL table', () => {
  it('has a sample for every field, and every key once', () => {
    expect(Object.keys(SAMPLE).sort()).toEqual([...FIELD_NAMES].sort());
    const keys = tableKeys(URL_FIELDS);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('round-trips every field on its own', () => {
    for (const name of FIELD_NAMES) {
      const state = { ...defaultHashState(), [name]: SAMPLE[name] } as HashState;
      const hash = serializeHash(state);
      expect(hash, name).toContain(`${URL_FIELDS[name].key}=`);
      const back = parseHash(hash);
      expect(back.warnings, name).toEqual([]);
      expect(back.state[name], name).toEqual(SAMPLE[name]);
      // every other field stays at its default
      expect(back.state).toEqual(state);
    }
  });

  it('round-trips all fields together, and the defaults as an empty hash', () => {
    expect(parseHash(serializeHash(SAMPLE)).state).toEqual(SAMPLE);
    expect(serializeHash(defaultHashState())).toBe('');
    expect(parseHash('').state).toEqual(defaultHashState());
  });

  it('round-trips every variant key of the modes', () => {
    const plots: HashState = {
      ...defaultHashState(),
      mode: {
        kind: 'plots',
        ...defaultPlotsChoice(),
        sort: 'a4',
        desc: true,
        estate: 'Im Rossfeld'
      }
    };
    expect(serializeHash(plots)).toContain('psort=-a4');
    expect(parseHash(serializeHash(plots)).state).toEqual(plots);
    const present: HashState = { ...defaultHashState(), mode: { kind: 'present', scene: 0 } };
    expect(serializeHash(present)).toBe('#mode=present&scene=1');
  });

  it('garbage falls back per field to its default and names the key; unknown keys by a placeholder', () => {
    const garbage = Object.values(URL_FIELDS)
      .map((f) => `${f.key}=%00%3Cscript%3E`)
      .join('&');
    const { state, warnings } = parseHash(`#${garbage}&evil=<b>x</b>`);
    expect(state).toEqual(defaultHashState());
    expect(warnings.sort()).toEqual(
      [...Object.values(URL_FIELDS).map((f) => f.key), UNKNOWN_KEY].sort()
    );
    expect(warnings.join(' ')).not.toContain('evil');
  });

  it('keys of a mode that is not chosen are known but ignored', () => {
    const { state, warnings } = parseHash('#cmp=change&psort=-a4&scene=3');
    expect(warnings).toEqual([]);
    expect(state.mode).toEqual({ kind: 'explore' });
  });

  it('a scene captures a prepared change-map view with filters and restores it exactly', () => {
    const prepared: HashState = {
      ...defaultHashState(),
      view: { zoom: 13, lat: 50.8, lon: 6.47 },
      status: 'neu',
      hidden: new Set(['wald']),
      district: 'Birkesdorf',
      scope: 'region',
      region: {
        kind: 'polygon',
        ring: [
          [6.46, 50.8],
          [6.5, 50.8],
          [6.5, 50.83]
        ]
      },
      planOpacity: 70,
      mode: {
        kind: 'compare',
        ...defaultCompare(),
        view: 'change',
        hiddenChanges: new Set(['unveraendert', 'sonstige'])
      }
    };
    const scene = sceneFromState(prepared, 'Neue Wohnbauflächen', 'Filter: Stand neu 2025');
    expect(sceneState(scene)).toEqual(prepared);
    // In the presentation, everything but plan, language, mode and camera comes from the scene.
    expect(PRESENTATION_KEEPS).toEqual(['planId', 'lang', 'mode', 'view']);
  });
});

describe('the viewer holds the URL fields', () => {
  it('every field is a property of the viewer, read and written through the table', async () => {
    const { ViewerState } = await import('../../src/lib/state/viewer.svelte');
    const viewer = new ViewerState();
    expect(viewer.toHash()).toEqual(defaultHashState());
    viewer.applyHash(SAMPLE);
    for (const name of FIELD_NAMES) expect(viewer[name], name).toEqual(SAMPLE[name]);
    viewer.status = 'bestand';
    expect(viewer.toHash()).toEqual({ ...SAMPLE, status: 'bestand' });
    // a scene in the presentation leaves plan, language, mode and camera alone
    viewer.applyHash(defaultHashState(), PRESENTATION_KEEPS);
    expect(viewer.toHash()).toEqual({
      ...defaultHashState(),
      planId: SAMPLE.planId,
      lang: SAMPLE.lang,
      mode: SAMPLE.mode,
      view: SAMPLE.view
    });
  });
});
