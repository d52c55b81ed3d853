import { describe, expect, it } from 'vitest';
import { defaultHashState, parseHash, serializeHash } from '../../src/lib/state/url';
import { defaultCompare } from '../../src/lib/state/url-compare';

describe('URL of the comparison mode', () => {
  it('restores mode, view, divider, chosen cell, second plan and hidden change kinds', () => {
    const hash =
      '#mode=compare&cmp=side&div=0.3&cell=gewerbe,landwirtschaft&with=other-plan&chg=unveraendert,sonstige';
    const { state, warnings } = parseHash(hash);
    expect(warnings).toEqual([]);
    expect(state.mode).toEqual({
      kind: 'compare',
      view: 'side',
      divider: 0.3,
      cell: { from: 'gewerbe', to: 'landwirtschaft' },
      other: 'other-plan',
      hiddenChanges: new Set(['unveraendert', 'sonstige'])
    });
    expect(parseHash(serializeHash(state)).state).toEqual(state);
    expect(serializeHash(state)).toContain('cell=gewerbe,landwirtschaft');
  });

  it('writes only `mode=compare` for the defaults', () => {
    const state = {
      ...defaultHashState(),
      mode: { kind: 'compare' as const, ...defaultCompare() }
    };
    expect(serializeHash(state)).toBe('#mode=compare');
    expect(parseHash('#mode=compare').state.mode).toEqual(state.mode);
  });

  it('falls back per value and names each bad key', () => {
    const { state, warnings } = parseHash(
      '#mode=compare&cmp=3d&div=1.5&cell=gewerbe,nichts&with=../x&chg=neu,foo'
    );
    expect(state.mode).toEqual({ kind: 'compare', ...defaultCompare() });
    expect(warnings.sort()).toEqual(['cell', 'chg', 'cmp', 'div', 'with']);
    expect(parseHash('#mode=compare&div=').warnings).toEqual(['div']);
  });

  it('ignores compare keys outside the comparison mode without calling them unknown', () => {
    const { state, warnings } = parseHash('#div=0.2');
    expect(state.mode).toEqual({ kind: 'explore' });
    expect(warnings).toEqual([]);
  });
});
