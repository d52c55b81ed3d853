import type { CompactImport } from '../xplan';
import type { LoadedFeature, PlanFeature } from '../plan/types';
import { parsePlanCollection } from '../plan/validate';
import { withAreas } from '../geo/measure';
import { decodeFeatures, encodeFeatures } from '../geo/compact-features';
import { withSchablone } from '../xplan/nutzungsschablone';

/** Features checked, measured and encoded per step (a few ms each, progress between them). */
const PART = 1000;

/**
 * A plan opened from disk, made ready in the plan worker that imported it: every feature checked
 * by the viewer's own validation (ids across the whole file), with its numeric map id and
 * `area_m2`, and the plan as UTF-8 GeoJSON in pieces for a Blob, so MapLibre reads it by URL in
 * its own worker like a plan under data/ (the page never structured-clones the whole plan).
 */
export function openedPlan(
  imported: CompactImport,
  fileName: string,
  progress: (fraction: number) => void = () => {}
): { features: LoadedFeature[]; geojson: Blob } {
  const features: LoadedFeature[] = [];
  // A Blob per part: its bytes go to the browser's blob store as it is made, so the worker never
  // holds the whole plan as text (a Blob of Blobs copies nothing).
  const geojson: Blob[] = [new Blob(['{"type":"FeatureCollection","features":['])];
  const seen = new Set<string>();
  for (let start = 0; start < imported.count; start += PART) {
    const end = Math.min(imported.count, start + PART);
    const part: PlanFeature[] = [];
    for (let i = start; i < end; i++) part.push(imported.feature(i));
    const checked = withAreas(
      parsePlanCollection({ type: 'FeatureCollection', features: part }, fileName, seen)
    );
    checked.forEach((f, k) => (f.id = start + k));
    // One string per part, never one of the whole plan (a JS string ends at ~512 MB).
    const text =
      (start > 0 ? ',' : '') + checked.map((f) => JSON.stringify(withSchablone(f))).join(',');
    geojson.push(new Blob([text]));
    // Kept compact (typed arrays, geometry decoded on access), not as nested GeoJSON arrays:
    // the index, the tiles and the page's copy each read every geometry once.
    for (const f of decodeFeatures(encodeFeatures(checked).part)) features.push(f);
    progress(end / imported.count);
  }
  geojson.push(new Blob([']}']));
  return { features, geojson: new Blob(geojson, { type: 'application/geo+json' }) };
}
