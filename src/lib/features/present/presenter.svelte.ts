import { getContext, setContext } from 'svelte';
import { bilingual, errorDetail } from '$lib/i18n';
import {
  SceneFileError,
  parseSceneFile,
  sceneFileText,
  sceneState,
  type Scene
} from '$lib/state/scenes';
import type { HashState } from '$lib/state/url';
import type { SceneFacts, ViewerState } from '$lib/state/viewer.svelte';
import type { CompareChoices } from '$lib/state/url-compare';
import type { Notices } from '$lib/state/notices.svelte';

const storageKey = (planId: string) => `fnp-viewer.scenes.${planId}`;

function readStored(planId: string): Scene[] | null {
  try {
    const text = localStorage.getItem(storageKey(planId));
    return text === null ? null : parseSceneFile(JSON.parse(text)).scenes;
  } catch {
    return null;
  }
}

/**
 * The presentation's own state: the scenes (shipped or edited, kept in localStorage), and the
 * viewer state from before presenting, which Escape returns to, and the comparison a scene shows
 * (`SceneFacts`, which the viewer reads). One per page (`src/routes/+page.svelte`), passed by
 * context: `setPresenter` / `getPresenter`.
 */
export class Presenter implements SceneFacts {
  scenes = $state.raw<Scene[]>([]);
  /** The scenes shipped in data/<plan>/scenes.json, for "restore". */
  shipped = $state.raw<Scene[]>([]);
  loadedFor = $state<string | null>(null);
  /** False when localStorage refused the scenes (private mode, quota). */
  stored = $state(true);
  previous: HashState | null = null;
  /** Whether this session put the page into fullscreen (and so may take it out). */
  fullscreen = false;
  /**
   * The comparison the scene on screen shows (written by PresentCompare.svelte while it is
   * shown); the mode stays `present` and the scene keeps its choices.
   */
  sceneComparison = $state.raw<CompareChoices | null>(null);

  /** `notices`: the page's messages, where a scene file that cannot be read is named. */
  constructor(private readonly notices: Notices) {}

  /** Keeps the edited scenes in this browser. */
  setScenes(planId: string, scenes: Scene[]) {
    this.scenes = scenes;
    try {
      localStorage.setItem(storageKey(planId), sceneFileText(scenes));
      this.stored = true;
    } catch {
      this.stored = false;
    }
  }

  /** Back to the shipped scenes: the browser's copy is dropped. */
  restoreShipped(planId: string) {
    this.scenes = this.shipped;
    try {
      localStorage.removeItem(storageKey(planId));
    } catch {
      // nothing stored, nothing to drop
    }
  }

  /** Loads the plan's scenes: the browser's edited copy if there is one, else the shipped file. */
  async load(base: string, planId: string) {
    let shipped: Scene[] = [];
    try {
      const response = await fetch(`${base}/data/${planId}/scenes.json`);
      if (response.ok) shipped = parseSceneFile(await response.json()).scenes;
      else if (response.status !== 404) throw new Error(`HTTP ${response.status}`);
    } catch (e) {
      const detail = e instanceof SceneFileError ? e.detail : errorDetail(e);
      this.notices.notify(bilingual('present.loadError', { detail }), 'error');
    }
    this.shipped = shipped;
    this.scenes = readStored(planId) ?? shipped;
    this.loadedFor = planId;
  }

  /** Starts the presentation at scene `scene` (the first unless a scene list says otherwise). */
  enter(viewer: ViewerState, scene = 0) {
    this.previous = viewer.toHash();
    viewer.mode = { kind: 'present', scene };
    // Fullscreen where the browser allows it; the layout fills the viewport either way.
    const root = document.documentElement;
    if (root.requestFullscreen && !document.fullscreenElement) {
      root.requestFullscreen().then(
        () => (this.fullscreen = true),
        () => undefined
      );
    }
  }

  /** Ends the presentation: the viewer returns to the state it had before (language kept). */
  leave(viewer: ViewerState) {
    const previous = this.previous;
    this.previous = null;
    if (previous) viewer.applyHash({ ...previous, lang: viewer.lang });
    else viewer.mode = { kind: 'explore' };
    if (this.fullscreen && document.fullscreenElement) void document.exitFullscreen();
    this.fullscreen = false;
  }

  /** Shows scene `index` (clamped), keeping the presentation mode. */
  goTo(viewer: ViewerState, index: number) {
    const last = this.scenes.length - 1;
    if (last < 0) return;
    viewer.mode = { kind: 'present', scene: Math.max(0, Math.min(last, index)) };
  }
}

const KEY = Symbol('presenter');
export const setPresenter = (presenter: Presenter) => setContext(KEY, presenter);
export const getPresenter = () => getContext<Presenter>(KEY);

/** The state on screen, as a scene would keep it: a comparison scene stays a comparison. */
export function currentSceneState(viewer: ViewerState): HashState {
  const state = viewer.toHash();
  const c = viewer.mode.kind === 'present' ? viewer.comparing : null;
  return c ? { ...state, mode: { kind: 'compare', ...c } } : state;
}

/** The state a scene shows, minus what the presentation keeps (PRESENTATION_KEEPS). */
export function sceneViewerState(viewer: ViewerState, scene: Scene): HashState {
  const s = sceneState(scene);
  return { ...s, planId: viewer.planId, lang: viewer.lang, mode: viewer.mode };
}
