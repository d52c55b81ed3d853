import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { SOURCES, type BasemapLayerId } from '../layers';
import { OPENFREEMAP_TILEJSON, OPERATORS, type ActiveBasemap } from './sources';

/** Attribution strings end up in MapLibre's HTML attribution control: escape file text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The basemap's share of the map style: its sources and its layers, by slot. */
export interface BasemapPart {
  sources: Record<string, SourceSpecification>;
  /** Layers of the project's own style, by their id in the one order list. */
  own: Partial<Record<BasemapLayerId, LayerSpecification>>;
  /** Layers of a published foreign style (basemap.de): drawn under the plan … */
  externalBelow: LayerSpecification[];
  /** … and its labels above the plan fill. */
  externalLabels: LayerSpecification[];
  glyphs?: string;
  sprite?: StyleSpecification['sprite'];
}

const none: BasemapPart = { sources: {}, own: {}, externalBelow: [], externalLabels: [] };

/** Prefix for layers and sources taken from a foreign style, so no id can clash with ours. */
export const EXTERNAL_PREFIX = 'bm-';

/** The tile URL template of self-hosted tiles, absolute (MapLibre fetches them in a worker). */
export function selfTileUrl(baseUrl: string, template: string): string {
  return baseUrl.replace(/\/?$/, '/') + template;
}

export function basemapPart(
  active: ActiveBasemap,
  fonts: { regular: string; bold: string }
): BasemapPart {
  switch (active.kind) {
    case 'none':
      return none;
    case 'self': {
      const m = active.manifest;
      return {
        ...none,
        sources: {
          [SOURCES.basemap]: {
            type: 'vector',
            tiles: [selfTileUrl(active.baseUrl, m.tiles)],
            minzoom: m.minzoom,
            maxzoom: m.maxzoom,
            bounds: m.bounds,
            attribution: escapeHtml(m.attribution)
          }
        },
        own: active.omt(SOURCES.basemap, fonts)
      };
    }
    case 'openfreemap':
      return {
        ...none,
        sources: {
          [SOURCES.basemap]: {
            type: 'vector',
            url: OPENFREEMAP_TILEJSON,
            attribution: OPERATORS.openfreemap.attribution
          }
        },
        own: active.omt(SOURCES.basemap, fonts)
      };
    case 'basemapde':
      return foreignStyle(active.style, OPERATORS.basemapde.attribution);
  }
}

/** A published style, kept as it is but with prefixed ids and our attribution on its sources. */
function foreignStyle(style: StyleSpecification, attribution: string): BasemapPart {
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([id, s]) => [
      EXTERNAL_PREFIX + id,
      { ...s, attribution } as SourceSpecification
    ])
  );
  const below: LayerSpecification[] = [];
  const labels: LayerSpecification[] = [];
  for (const layer of style.layers) {
    // Our own background stays; a foreign one would hide it and add nothing.
    if (layer.type === 'background') continue;
    const renamed = {
      ...layer,
      id: EXTERNAL_PREFIX + layer.id,
      ...('source' in layer && typeof layer.source === 'string'
        ? { source: EXTERNAL_PREFIX + layer.source }
        : {})
    } as LayerSpecification;
    (layer.type === 'symbol' ? labels : below).push(renamed);
  }
  return {
    sources,
    own: {},
    externalBelow: below,
    externalLabels: labels,
    glyphs: style.glyphs,
    sprite: style.sprite
  };
}
