import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCREEN, sceneSubjects } from '../../cli/data/scene-views';
import { boxContains, fitView, viewBounds } from '../../src/lib/geo/view-fit';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import { parseSceneFile, sceneState } from '../../src/lib/state/scenes';
import { formatNumber } from '../../src/lib/i18n/format';
import { previousPieces, withdrawn } from '../../src/lib/geo/transition';

const dir = 'data/dueren-2025';
const scenes = parseSceneFile(JSON.parse(readFileSync(`${dir}/scenes.json`, 'utf8'))).scenes;
const subjects = sceneSubjects(dir);
const features = readPlanFeatures(
  JSON.parse(readFileSync(`${dir}/plan.geojson`, 'utf8')),
  'plan.geojson'
);

describe('view arithmetic', () => {
  it('the fitted view shows the box, and one zoom step more would not', () => {
    const box: [number, number, number, number] = [6.4, 50.75, 6.55, 50.85];
    const v = fitView(box, 1280, 720, 40);
    expect(boxContains(viewBounds(v, 1280, 720), box)).toBe(true);
    expect(boxContains(viewBounds({ ...v, zoom: v.zoom + 0.2 }, 1280 - 80, 720 - 80), box)).toBe(
      false
    );
  });

  it('a view at zoom z shows 1280 px of 512 × 2^z px of the world', () => {
    const [w, , e] = viewBounds({ lon: 0, lat: 0, zoom: 0 }, 512, 512);
    expect(w).toBeCloseTo(-180, 9);
    expect(e).toBeCloseTo(180, 9);
  });
});

describe('shipped Düren scenes fit the data', () => {
  it('every scene has a subject in the data', () => {
    for (const s of scenes) expect(subjects.has(s.title), s.title).toBe(true);
  });

  for (const scene of scenes) {
    it(`„${scene.title}“ shows its areas whole on a 1280 × 720 screen, not from far away`, () => {
      const box = subjects.get(scene.title)!;
      const view = sceneState(scene).view!;
      expect(boxContains(viewBounds(view, SCREEN.width, SCREEN.height), box)).toBe(true);
      // Not zoomed out much further than needed: at most half a zoom step.
      const tight = fitView(box, SCREEN.width, SCREEN.height, SCREEN.padding);
      expect(view.zoom).toBeGreaterThanOrEqual(tight.zoom - 0.5);
    });
  }

  it('the notes name the figures of the data', () => {
    const ha = (list: typeof features) =>
      formatNumber(list.reduce((s, f) => s + f.properties.area_m2, 0) / 10_000, 'de', 0);
    const newHomes = features.filter(
      (f) => f.properties.category === 'wohnen' && f.properties.status === 'neu'
    );
    const newWork = features.filter(
      (f) =>
        (f.properties.category === 'gewerbe' || f.properties.category === 'industrie') &&
        f.properties.status === 'neu'
    );
    const note = (title: string) => scenes.find((s) => s.title === title)!.note;
    expect(note('Neue Wohnbauflächen')).toContain(
      `${newHomes.length} neue Wohnbauflächen mit zusammen rund ${ha(newHomes)} ha`
    );
    expect(note('Neue Gewerbeflächen')).toContain(
      `${newWork.length} neue Gewerbeflächen mit rund ${ha(newWork)} ha`
    );
    // Rücknahmen: what was withdrawn (1999 building land, open land in 2025), not what remains.
    const w = withdrawn(previousPieces(features));
    expect(note('Rücknahmen')).toContain(
      `${w.after.length} Flächen mit zusammen rund ${formatNumber(w.area_m2 / 10_000, 'de', 0)} ha`
    );
    expect(w.byFrom.map((r) => r.from)).toEqual(['gewerbe']);
  });
});
