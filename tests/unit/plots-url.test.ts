import { describe, expect, it } from 'vitest';
import { defaultHashState, parseHash, serializeHash } from '../../src/lib/state/url';
import { defaultPlotsChoice } from '../../src/lib/state/plots-url';

describe('plot finder in the URL', () => {
  it('round-trips every filter, the sort and the selection', () => {
    const state = defaultHashState();
    state.mode = {
      kind: 'plots',
      ...defaultPlotsChoice(),
      minM2: 5000,
      maxM2: 25000.5,
      unit: 'ha',
      zoning: ['GI', 'GE'],
      estate: 'Im Rossfeld',
      status: ['in Vorbereitung', 'verfügbar'],
      availableBy: '2027-06-30',
      maxA4_m: 3000,
      maxRail_m: 2500,
      maxStop_m: 400,
      within: 'ansicht',
      sort: 'a4',
      desc: true,
      plot: 'GF-0012'
    };
    const hash = serializeHash(state);
    expect(hash).toContain('pstat=verfuegbar,vorbereitung');
    expect(hash).toContain('pzone=GE,GI');
    const back = parseHash(hash);
    expect(back.warnings).toEqual([]);
    expect(back.state.mode).toEqual({
      ...state.mode,
      zoning: ['GE', 'GI'],
      status: ['verfügbar', 'in Vorbereitung']
    });
  });

  it('falls back per bad value and names it', () => {
    const { state, warnings } = parseHash(
      '#mode=plots&pmin=-3&pzone=GE,XX&pby=2027-13-01&psort=price&plot=GF-1&pa4=1500'
    );
    expect(warnings.sort()).toEqual(['pby', 'pmin', 'psort', 'pzone']);
    expect(state.mode).toEqual({
      kind: 'plots',
      ...defaultPlotsChoice(),
      plot: 'GF-1',
      maxA4_m: 1500
    });
  });

  it('a plain mode=plots starts with the defaults', () => {
    expect(parseHash('#mode=plots').state.mode).toEqual({ kind: 'plots', ...defaultPlotsChoice() });
    expect(
      serializeHash({ ...defaultHashState(), mode: { kind: 'plots', ...defaultPlotsChoice() } })
    ).toBe('#mode=plots');
  });
});
