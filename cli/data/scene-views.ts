/**
 * The views of the shipped Düren scenes, derived from the data: each scene is about a set of
 * areas (the new residential areas, the Innovationsquartier …); its view is the one that shows
 * that set whole on a 1280 × 720 projector. `npm run data:scenes` rewrites the `map=` of those
 * scenes in data/dueren-2025/scenes.json; tests/unit/scene-views.test.ts checks them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import { geometryBounds, type BBox } from '../../src/lib/geo/bounds';
import { viewSubject } from '../../src/lib/geo/subject';
import { parseSceneFile, sceneFilter, sceneState } from '../../src/lib/state/scenes';
import { fitView, type View } from '../../src/lib/geo/view-fit';
import { writeJson } from './output';

/** The projector the scenes are made for, and the margin kept around the subject. */
export const SCREEN = { width: 1280, height: 720, padding: 60 };

/**
 * What each scene is about, from its own state (see geo/subject.ts): the Innovationsquartier
 * for its scope, else the areas its filter shows (a comparison scene with its change filter),
 * else the whole plan.
 */
export function sceneSubjects(dir: string): Map<string, BBox> {
  const features = readPlanFeatures(
    JSON.parse(readFileSync(join(dir, 'plan.geojson'), 'utf8')),
    'plan.geojson'
  );
  const iqFile = JSON.parse(
    readFileSync(join(dir, 'innovationsquartier.geojson'), 'utf8')
  ) as FeatureCollection<Polygon | MultiPolygon>;
  const iq = iqFile.features[0] ? geometryBounds(iqFile.features[0].geometry) : null;
  const scenes = parseSceneFile(JSON.parse(readFileSync(join(dir, 'scenes.json'), 'utf8'))).scenes;
  const out = new Map<string, BBox>();
  for (const scene of scenes) {
    const state = sceneState(scene);
    const region = state.scope === 'iq' ? iq : null;
    const subject = viewSubject(features, sceneFilter(scene), region);
    if (subject) out.set(scene.title, subject.bounds);
  }
  return out;
}

const viewText = (v: View) => `${v.zoom}/${v.lat}/${v.lon}`;

/** Rewrites the `map=` of every scene with a subject to the view fitting it. */
export function updateScenes(dir: string): string[] {
  const path = join(dir, 'scenes.json');
  const file = JSON.parse(readFileSync(path, 'utf8')) as {
    scenes: { title: string; hash: string }[];
  };
  const subjects = sceneSubjects(dir);
  const changed: string[] = [];
  for (const scene of file.scenes) {
    const box = subjects.get(scene.title);
    if (!box) continue;
    const view = viewText(fitView(box, SCREEN.width, SCREEN.height, SCREEN.padding));
    const params = new URLSearchParams(scene.hash.slice(1));
    if (params.get('map') === view) continue;
    params.set('map', view);
    // URLSearchParams would escape the slashes and commas the viewer writes plainly.
    scene.hash = '#' + decodeURIComponent(params.toString());
    changed.push(`${scene.title}: map=${view}`);
  }
  writeJson(path, file);
  return changed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'data/dueren-2025';
  const changed = updateScenes(dir);
  console.log(changed.length ? changed.join('\n') : 'scenes.json: every view already fits');
}
