import { parseHash, serializeHash, type FieldName, type HashState } from './url';

/**
 * A presentation: scenes shipped in `data/<plan>/scenes.json` or made by a planner. Each scene
 * is a title, an optional note and a complete viewer state, stored as the URL hash the one
 * parser in state/url.ts reads — so a scene is exactly what a shared link would show.
 */
export interface Scene {
  title: string;
  note: string;
  /** The viewer state as a URL hash, e.g. `#map=12/50.8/6.48&status=neu`. */
  hash: string;
}

export interface SceneFile {
  version: 1;
  scenes: Scene[];
}

/** Why a scenes file was not taken; `detail` names the first problem found. */
export class SceneFileError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'SceneFileError';
  }
}

const MAX_SCENES = 500;
const MAX_TITLE = 200;
const MAX_NOTE = 2000;
const MAX_HASH = 40_000;

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/**
 * Reads a scenes file (parsed JSON). Every scene's hash must parse without a warning: a scene
 * that would silently show something else than its author saw is rejected with its number.
 */
export function parseSceneFile(json: unknown): SceneFile {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new SceneFileError('no object');
  const { version, scenes } = json as { version?: unknown; scenes?: unknown };
  if (version !== 1) throw new SceneFileError('version');
  if (!Array.isArray(scenes) || scenes.length > MAX_SCENES) throw new SceneFileError('scenes');
  const out: Scene[] = scenes.map((s: unknown, i) => {
    const n = i + 1;
    if (typeof s !== 'object' || s === null) throw new SceneFileError(`#${n}`);
    const { title, note, hash } = s as Record<string, unknown>;
    if (!isText(title, MAX_TITLE) || title.trim() === '') throw new SceneFileError(`#${n} title`);
    if (note !== undefined && !isText(note, MAX_NOTE)) throw new SceneFileError(`#${n} note`);
    if (!isText(hash, MAX_HASH)) throw new SceneFileError(`#${n} hash`);
    const { warnings } = parseHash(hash);
    if (warnings.length > 0) throw new SceneFileError(`#${n} hash: ${warnings.join(', ')}`);
    return { title, note: note ?? '', hash };
  });
  return { version: 1, scenes: out };
}

/**
 * What showing a scene in the presentation leaves as it is: the plan and language shown, the
 * presentation mode itself (a comparison scene is shown by the presentation), and the camera,
 * which the map controller moves to the scene's view.
 */
export const PRESENTATION_KEEPS: readonly FieldName[] = ['planId', 'lang', 'mode', 'view'];

/** The viewer state a scene shows. Its mode is that of the scene (exploring unless it says). */
export function sceneState(scene: Scene): HashState {
  return parseHash(scene.hash).state;
}

/** A scene of the given viewer state; presentation details (mode) are not part of it. */
export function sceneFromState(state: HashState, title: string, note = ''): Scene {
  const mode = state.mode.kind === 'present' ? { kind: 'explore' as const } : state.mode;
  return { title, note, hash: serializeHash({ ...state, mode }) };
}

/** The JSON text written on download; parseSceneFile reads it back identically. */
export function sceneFileText(scenes: readonly Scene[]): string {
  const file: SceneFile = {
    version: 1,
    scenes: scenes.map((s) => ({ title: s.title, note: s.note, hash: s.hash }))
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Moves the scene at `from` by `by` places (clamped); returns a new array. */
export function moveScene<T>(list: readonly T[], from: number, by: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, from + by));
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
