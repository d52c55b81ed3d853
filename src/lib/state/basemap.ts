/**
 * The basemap a user can choose (URL `bm=`), the online operators that need consent, and the
 * manifest of a self-hosted basemap (written by `npm run basemap`, read by the page).
 */

export const ONLINE_SOURCES = ['openfreemap', 'basemapde'] as const;
export type OnlineSource = (typeof ONLINE_SOURCES)[number];

/** `bm=` in the URL: automatic (self-hosted if installed), none, or an online source. */
export const BASEMAP_CHOICES = [
  'auto',
  'aus',
  'openfreemap',
  'basemapde',
  'basemapde-farbe'
] as const;
export type BasemapChoice = (typeof BASEMAP_CHOICES)[number];

export const isBasemapChoice = (v: string): v is BasemapChoice =>
  (BASEMAP_CHOICES as readonly string[]).includes(v);

/** The online source a choice needs consent for, or null. */
export function onlineSourceOf(choice: BasemapChoice): OnlineSource | null {
  if (choice === 'openfreemap') return 'openfreemap';
  if (choice === 'basemapde' || choice === 'basemapde-farbe') return 'basemapde';
  return null;
}

/** `basemap.json`'s `manifest`: a self-hosted basemap installed with `npm run basemap`. */
export interface SelfHostedManifest {
  version: 1;
  /**
   * Names the installed content (a hash of its tiles); the tile and search URLs carry it as
   * `?v=…`, so a new installation is never answered from a cache of an earlier one.
   */
  revision?: string;
  /** Tile URL template relative to the manifest, e.g. "tiles/{z}/{x}/{y}.pbf". */
  tiles: string;
  minzoom: number;
  maxzoom: number;
  bounds: [number, number, number, number];
  /** Plain text, e.g. "© OpenStreetMap-Mitwirkende (ODbL), © OpenMapTiles". */
  attribution: string;
  /** Search index file relative to the manifest, or null. */
  search: string | null;
}

export function isManifest(v: unknown): v is SelfHostedManifest {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  return (
    m.version === 1 &&
    (m.revision === undefined ||
      (typeof m.revision === 'string' && /^[0-9a-f]{1,64}$/.test(m.revision))) &&
    typeof m.tiles === 'string' &&
    !/^[a-z]+:|^\/\//i.test(m.tiles) &&
    typeof m.minzoom === 'number' &&
    typeof m.maxzoom === 'number' &&
    Array.isArray(m.bounds) &&
    m.bounds.length === 4 &&
    m.bounds.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    typeof m.attribution === 'string' &&
    (m.search === null || (typeof m.search === 'string' && !/^[a-z]+:|^\/\//i.test(m.search)))
  );
}
