import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SceneFileError,
  moveScene,
  parseSceneFile,
  sceneFileText,
  sceneFromState,
  sceneState
} from '../../src/lib/state/scenes';
import { defaultHashState, parseHash, serializeHash } from '../../src/lib/state/url';

const shipped = JSON.parse(readFileSync('data/dueren-2025/scenes.json', 'utf8'));

describe('scenes', () => {
  it('ships the Düren presentation in order, every scene a valid viewer state', () => {
    const file = parseSceneFile(shipped);
    expect(file.scenes.map((s) => s.title)).toEqual([
      'Gesamtstadt',
      'Innovationsquartier',
      'Neue Wohnbauflächen',
      'Neue Gewerbeflächen',
      'Rücknahmen',
      'Vergleich 1999 | 2025'
    ]);
    for (const s of file.scenes) expect(sceneState(s).view).not.toBeNull();
    expect(sceneState(file.scenes[2]!).status).toBe('neu');
    expect([...sceneState(file.scenes[2]!).hidden]).not.toContain('wohnen');
    // The last scene is the comparison mode (1999 against 2025), shown in the presentation.
    expect(sceneState(file.scenes[5]!).mode).toMatchObject({ kind: 'compare', other: null });
  });

  it('rejects a scene whose state would not be read as written, naming the scene', () => {
    const bad = { version: 1, scenes: [shipped.scenes[0], { title: 'X', hash: '#hide=nope' }] };
    expect(() => parseSceneFile(bad)).toThrow(SceneFileError);
    expect(() => parseSceneFile(bad)).toThrow(/#2 hash: hide/);
    expect(() => parseSceneFile({ version: 2, scenes: [] })).toThrow(/version/);
    expect(() => parseSceneFile({ version: 1, scenes: [{ title: '', hash: '' }] })).toThrow(
      /#1 title/
    );
    expect(() => parseSceneFile('[]')).toThrow(SceneFileError);
  });

  it('writes what it reads back identically, and a scene keeps the state it was made from', () => {
    const file = parseSceneFile(shipped);
    expect(parseSceneFile(JSON.parse(sceneFileText(file.scenes)))).toEqual(file);
    const state = { ...defaultHashState(), status: 'neu' as const, minHa: 2 };
    const scene = sceneFromState({ ...state, mode: { kind: 'present', scene: 3 } }, 'Meine');
    expect(serializeHash(sceneState(scene))).toBe(serializeHash(state));
  });

  it('reorders without losing a scene', () => {
    expect(moveScene(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveScene(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
    expect(moveScene(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
  });

  it('present mode keeps its scene number in the URL (1-based), with a warning for bad ones', () => {
    const { state } = parseHash('#mode=present&scene=3');
    expect(state.mode).toEqual({ kind: 'present', scene: 2 });
    expect(serializeHash(state)).toBe('#mode=present&scene=3');
    expect(parseHash('#mode=present&scene=0').warnings).toEqual(['scene']);
    expect(parseHash('#mode=present').state.mode).toEqual({ kind: 'present', scene: 0 });
  });
});
