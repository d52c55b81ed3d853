/**
 * The map's data of the Bebauungspläne shown above the plan (plan/parts.ts): their areas (with
 * the Nutzungsschablone text added when they load), Baugrenzen and Baulinien, Geltungsbereiche and
 * one name label each („BPlan 01/377 (Modell)“). Pure.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LoadedPart } from '../plan/parts';
import { partName } from '../plan/parts';
import type { Lang } from '../i18n';
import { labelPoints } from '../geo/labels';

export interface PartsData {
  areas: FeatureCollection;
  lines: FeatureCollection;
  boundary: FeatureCollection;
  labels: FeatureCollection;
}

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export const EMPTY_PARTS: PartsData = {
  areas: empty(),
  lines: empty(),
  boundary: empty(),
  labels: empty()
};

export function partsData(parts: readonly LoadedPart[], lang: Lang): PartsData {
  if (parts.length === 0) return EMPTY_PARTS;
  const boundary: FeatureCollection = {
    type: 'FeatureCollection',
    features: parts.flatMap(({ ref, plan }) =>
      (plan.boundary?.features ?? []).map((f) => ({
        ...f,
        properties: { name: partName(ref, lang), part: ref.id }
      }))
    )
  };
  return {
    areas: {
      type: 'FeatureCollection',
      features: parts.flatMap(({ ref, plan }) =>
        // With the Nutzungsschablone as label text (`schablone`), added when loaded (state/parts.ts).
        plan.features.map((f) => ({ ...f, properties: { ...f.properties, part: ref.id } }))
      )
    },
    lines: {
      type: 'FeatureCollection',
      features: parts.flatMap(({ plan }) => plan.lines?.features ?? [])
    },
    boundary,
    labels: labelPoints(boundary as FeatureCollection<Polygon | MultiPolygon>)
  };
}
