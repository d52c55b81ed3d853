/**
 * Issue 21: the viewer holds only the URL choices; runtime state lives with its owner and the
 * viewer derives from it — the page's messages (`Notices`), the Bebauungspläne (plan runtime),
 * a presentation scene's comparison (presenter).
 */
import { describe, expect, it } from 'vitest';
import { Notices } from '../../src/lib/state/notices.svelte';
import { ViewerState, NO_MAP } from '../../src/lib/state/viewer.svelte';
import { PlanRuntime } from '../../src/lib/state/sync.svelte';
import { defaultCompare } from '../../src/lib/state/url-compare';
import { FIELD_NAMES } from '../../src/lib/state/url';
import { Presenter, currentSceneState } from '../../src/lib/features/present/presenter.svelte';
import type { PlanWorker } from '../../src/lib/worker/client';
import type { Plan } from '../../src/lib/plan/types';
import type { LoadedPart } from '../../src/lib/plan/parts';

const text = (de: string) => ({ de, en: `${de} (en)` });

describe('the page notices', () => {
  it('shows a message once per German text and drops it when dismissed', () => {
    const notices = new Notices();
    notices.notify(text('Ebene fehlt'));
    notices.notify(text('Ebene fehlt'), 'error');
    notices.notify(text('Karte fehlt'), 'error');
    expect(notices.list.map((n) => [n.text.de, n.kind])).toEqual([
      ['Ebene fehlt', 'warning'],
      ['Karte fehlt', 'error']
    ]);
    const [first, second] = notices.list.map((n) => n.id);
    expect(first).not.toBe(second);
    notices.dismiss(first!);
    expect(notices.list.map((n) => n.text.de)).toEqual(['Karte fehlt']);
    // Dismissed, the same message may be shown again.
    notices.notify(text('Ebene fehlt'));
    expect(notices.list).toHaveLength(2);
  });
});

describe('the viewer derives from the owners of runtime state', () => {
  it('has no state of its own besides the URL fields', () => {
    const viewer = new ViewerState() as unknown as Record<string, unknown>;
    for (const gone of ['notices', 'notify', 'parts', 'partsOf', 'pickedAt', 'sceneComparison'])
      expect(gone in viewer, gone).toBe(false);
    expect(FIELD_NAMES.every((name) => name in viewer)).toBe(true);
  });

  it("shows the plan runtime's Bebauungspläne only over the plan they belong to", () => {
    const runtime = new PlanRuntime(new Notices(), {} as PlanWorker);
    const viewer = new ViewerState(NO_MAP, runtime);
    const plan = { meta: { id: 'fnp' }, features: [] } as unknown as Plan;
    runtime.load = { kind: 'ready', plan };
    const part = { ref: { id: 'bp-1' } } as unknown as LoadedPart;
    runtime.parts = [part];
    expect(viewer.shownParts).toEqual([]);
    runtime.partsOf = 'fnp';
    expect(viewer.shownParts).toEqual([part]);
    runtime.partsOf = 'anderer-plan';
    expect(viewer.shownParts).toEqual([]);
    // A file opened from disk shows none.
    runtime.partsOf = 'fnp';
    runtime.openedFile = 'plan.gml';
    expect(viewer.shownParts).toEqual([]);
  });

  it("compares what the presenter's scene compares, only while presenting", () => {
    const presenter = new Presenter(new Notices());
    const viewer = new ViewerState(NO_MAP, undefined, presenter);
    const scene = { ...defaultCompare(), view: 'change' as const };
    presenter.sceneComparison = scene;
    expect(viewer.comparing).toBeNull();
    viewer.mode = { kind: 'present', scene: 0 };
    expect(viewer.comparing).toBe(scene);
    // A scene kept from the screen stays a comparison.
    expect(currentSceneState(viewer).mode).toEqual({ kind: 'compare', ...scene });
    presenter.sceneComparison = null;
    expect(viewer.comparing).toBeNull();
    expect(currentSceneState(viewer).mode).toEqual({ kind: 'present', scene: 0 });
  });
});
