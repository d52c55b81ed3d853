import fontRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import fontBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import type { FeatureCollection } from 'geojson';
import type { Plan } from '../plan/types';
import type { PlanFilter } from '../geo/filter';
import type { PointOfInterest, Region } from '../state/url';
import type { Lang } from '../i18n';
import type { ActiveBasemap } from './basemap/sources';
import { buildStyle, type StyleInput } from './style';
import { regionFeatures } from './region-label';

/** What the user has chosen that the map's style shows (a ViewerState has all of it). */
export interface StyleChoices {
  plan: Plan;
  filter: PlanFilter;
  selected: string | null;
  iq: boolean;
  region: Region | null;
  poi: PointOfInterest | null;
  lang: Lang;
  /** "Deckkraft der Planflächen", percent. */
  planOpacity: number;
  /** "Deckkraft Rasterplan", percent. */
  rasterOpacity: number;
}

/** The point of interest as a one-point collection (or empty). */
export function poiFeatures(poi: PointOfInterest | null): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: poi
      ? [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [poi.lon, poi.lat] },
            properties: {}
          }
        ]
      : []
  };
}

/**
 * The input of the style the screen's map is made from: plan, filters, selection, the region
 * with its radius label, the marker, the basemap, the plan and raster opacity, the bundled fonts.
 */
export function screenStyleInput(choices: StyleChoices, basemap: ActiveBasemap): StyleInput {
  return {
    plan: choices.plan,
    filter: choices.filter,
    selected: choices.selected,
    showIq: choices.iq,
    region: regionFeatures(choices.region, choices.lang),
    poi: poiFeatures(choices.poi),
    fonts: { regular: fontRegular, bold: fontBold },
    basemap,
    planOpacity: choices.planOpacity / 100,
    rasterOpacity: choices.rasterOpacity / 100
  };
}

/** The style the screen's map is made from (MapView), before anything is set on the live map. */
export const screenStyle = (choices: StyleChoices, basemap: ActiveBasemap) =>
  buildStyle(screenStyleInput(choices, basemap));
