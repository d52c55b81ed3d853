import { bilingual } from '$lib/i18n';
import {
  SceneFileError,
  parseSceneFile,
  sceneFileText,
  sceneState,
  type Scene
} from '$lib/state/scenes';
import type { HashState } from '$lib/state/url';
import type { CompareChoices } from '$lib/state/url-compare';
import type { ViewerState } from '$lib/state/viewer.svelte';

/**
 * The presentation's own state: the scenes (shipped or edited, kept in localStorage), and the
 * viewer state from before presenting, which Escape returns to.
 */
class Presenter {
  scenes = $state.raw<Scene[]>([]);
  /** The scenes shipped in data/<plan>/scenes.json, for "restore". */
  shipped = $state.raw<Scene[]>([]);
  loadedFor = $state<string | null>(null);
  /** False when localStorage refused the scenes (private mode, quota). */
  stored = $state(true);
  previous: HashState | null = null;
  /** The comparison on screen (a scene in the comparison mode), as the presenter left it. */
  comparison = $state.raw<CompareChoices | null>(null);
  /** Whether this session put the page into fullscreen (and so may take it out). */
  fullscreen = false;
}

export const presenter = new Presenter();

const storageKey = (planId: string) => `fnp-viewer.scenes.${planId}`;

function readStored(planId: string): Scene[] | null {
  try {
    const text = localStorage.getItem(storageKey(planId));
    return text === null ? null : parseSceneFile(JSON.parse(text)).scenes;
  } catch {
    return null;
  }
}

/** Keeps the edited scenes in this browser. */
export function setScenes(planId: string, scenes: Scene[]) {
  presenter.scenes = scenes;
  try {
    localStorage.setItem(storageKey(planId), sceneFileText(scenes));
    presenter.stored = true;
  } catch {
    presenter.stored = false;
  }
}

/** Back to the shipped scenes: the browser's copy is dropped. */
export function restoreShipped(planId: string) {
  presenter.scenes = presenter.shipped;
  try {
    localStorage.removeItem(storageKey(planId));
  } catch {
    // nothing stored, nothing to drop
  }
}

/** Loads the plan's scenes: the browser's edited copy if there is one, else the shipped file. */
export async function loadScenes(viewer: ViewerState, base: string, planId: string) {
  let shipped: Scene[] = [];
  try {
    const response = await fetch(`${base}/data/${planId}/scenes.json`);
    if (response.ok) shipped = parseSceneFile(await response.json()).scenes;
    else if (response.status !== 404) throw new Error(`HTTP ${response.status}`);
  } catch (e) {
    const detail = e instanceof SceneFileError ? e.detail : String(e);
    viewer.notify(bilingual('present.loadError', { detail }), 'error');
  }
  presenter.shipped = shipped;
  presenter.scenes = readStored(planId) ?? shipped;
  presenter.loadedFor = planId;
}

export function enterPresentation(viewer: ViewerState) {
  presenter.previous = viewer.toHash();
  viewer.mode = { kind: 'present', scene: 0 };
  // Fullscreen where the browser allows it; the layout fills the viewport either way.
  const root = document.documentElement;
  if (root.requestFullscreen && !document.fullscreenElement) {
    root.requestFullscreen().then(
      () => (presenter.fullscreen = true),
      () => undefined
    );
  }
}

/** Ends the presentation: the viewer returns to the state it had before (language kept). */
export function leavePresentation(viewer: ViewerState) {
  const previous = presenter.previous;
  presenter.previous = null;
  if (previous) viewer.applyHash({ ...previous, lang: viewer.lang });
  else viewer.mode = { kind: 'explore' };
  if (presenter.fullscreen && document.fullscreenElement) void document.exitFullscreen();
  presenter.fullscreen = false;
}

/** Shows scene `index` (clamped), keeping the presentation mode. */
export function goToScene(viewer: ViewerState, index: number) {
  const last = presenter.scenes.length - 1;
  if (last < 0) return;
  viewer.mode = { kind: 'present', scene: Math.max(0, Math.min(last, index)) };
}

/** The state on screen, as a scene would keep it: a comparison scene stays a comparison. */
export function currentSceneState(viewer: ViewerState): HashState {
  const state = viewer.toHash();
  const c = presenter.comparison;
  return c ? { ...state, mode: { kind: 'compare', ...c } } : state;
}

/** The state a scene shows, minus what the presentation keeps (PRESENTATION_KEEPS). */
export function sceneViewerState(viewer: ViewerState, scene: Scene): HashState {
  const s = sceneState(scene);
  return { ...s, planId: viewer.planId, lang: viewer.lang, mode: viewer.mode };
}
