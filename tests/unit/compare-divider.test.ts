import { describe, expect, it } from 'vitest';
import { CompareState } from '../../src/lib/features/compare/compare-state.svelte';
import type { CompareChoices } from '../../src/lib/state/url-compare';
import type { ViewerState } from '../../src/lib/state/viewer.svelte';

const choices = { view: 'swipe', divider: 0.5 } as CompareChoices;
const state = (span: readonly [number, number] | null) =>
  new CompareState({} as ViewerState, {
    choices: () => choices,
    update: () => undefined,
    dividerSpan: () => span
  });

describe('the swipe divider within a span of the screen (presentation: the free part)', () => {
  it('without a span the value is the share of the whole width', () => {
    const s = state(null);
    expect(s.dividerOnScreen(0.3)).toBe(0.3);
    expect(s.dividerFromScreen(0.3)).toBe(0.3);
  });

  it('0.5 stands in the middle of the span, and the screen maps back to the value', () => {
    const s = state([0.6, 1]);
    expect(s.dividerOnScreen(0.5)).toBeCloseTo(0.8, 12);
    expect(s.dividerOnScreen(0)).toBeCloseTo(0.6, 12);
    expect(s.dividerFromScreen(0.8)).toBeCloseTo(0.5, 12);
    for (const d of [0, 0.13, 0.5, 0.99, 1])
      expect(s.dividerFromScreen(s.dividerOnScreen(d))).toBeCloseTo(d, 12);
  });

  it('a place outside the span is the nearest end', () => {
    const s = state([0.6, 1]);
    expect(s.dividerFromScreen(0.2)).toBe(0);
    expect(s.dividerFromScreen(1.2)).toBe(1);
  });
});
