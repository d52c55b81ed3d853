import {
  ONLINE_SOURCES,
  isBasemapChoice,
  onlineSourceOf,
  type BasemapChoice,
  type OnlineSource,
  type SelfHostedManifest
} from '../../state/basemap';

/**
 * Where a basemap can come from. Self-hosted tiles (installed by `npm run basemap`) are the
 * default when present; the online operators are used only after the user's consent.
 * Their hosts are also named in the CSP (svelte.config.js) and nowhere else.
 */

export interface OnlineOperator {
  /** Shown in the consent dialog. */
  operator: string;
  host: string;
  privacyUrl: string;
  /** Attribution while the basemap is shown (HTML for MapLibre's control; fixed text). */
  attribution: string;
}

export const OPERATORS: Record<OnlineSource, OnlineOperator> = {
  openfreemap: {
    operator: 'OpenFreeMap (openfreemap.org)',
    host: 'https://tiles.openfreemap.org',
    privacyUrl: 'https://openfreemap.org/privacy',
    attribution:
      '<a href="https://openfreemap.org">OpenFreeMap</a> © <a href="https://www.openmaptiles.org/">OpenMapTiles</a> Daten von <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
  },
  basemapde: {
    operator: 'Bundesamt für Kartographie und Geodäsie (BKG), basemap.de',
    host: 'https://sgx.geodatenzentrum.de',
    privacyUrl: 'https://basemap.de/datenschutz/',
    attribution: '© <a href="https://basemap.de">basemap.de</a> / BKG | Datenquellen: © GeoBasis-DE'
  }
};

/** OpenFreeMap's TileJSON for the OpenMapTiles-schema planet tiles. */
export const OPENFREEMAP_TILEJSON = 'https://tiles.openfreemap.org/planet';

/** basemap.de Web Vektor publishes complete styles (grey and colour); we keep them as they are. */
export const BASEMAPDE_STYLES = {
  grau: 'https://sgx.geodatenzentrum.de/gdz_basemapde_vektor/styles/bm_web_gry.json',
  farbe: 'https://sgx.geodatenzentrum.de/gdz_basemapde_vektor/styles/bm_web_col.json'
} as const;

/** Where a shown basemap comes from right now (after consent and detection). */
/**
 * The project's style for OpenMapTiles vector tiles (`omt-style.ts`), loaded with the first
 * basemap that needs it: a page without a basemap never downloads it.
 */
export type OmtLayers = typeof import('./omt-style').omtLayers;

export type ActiveBasemap =
  | { kind: 'none' }
  | { kind: 'self'; manifest: SelfHostedManifest; baseUrl: string; omt: OmtLayers }
  | { kind: 'openfreemap'; omt: OmtLayers }
  | { kind: 'basemapde'; style: import('maplibre-gl').StyleSpecification };

/** Consent kept in localStorage: which operators the user has agreed to. */
const CONSENT_KEY = 'fnp-viewer.basemap-consent';

export function readConsent(storage: Storage | null): Set<OnlineSource> {
  try {
    const raw = storage?.getItem(CONSENT_KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return new Set(
      Array.isArray(list)
        ? list.filter((s): s is OnlineSource => (ONLINE_SOURCES as readonly unknown[]).includes(s))
        : []
    );
  } catch {
    return new Set();
  }
}

export function writeConsent(storage: Storage | null, consent: ReadonlySet<OnlineSource>) {
  try {
    if (consent.size === 0) storage?.removeItem(CONSENT_KEY);
    else storage?.setItem(CONSENT_KEY, JSON.stringify([...consent]));
  } catch {
    // Private browsing may refuse storage; the choice then lives only in the URL.
  }
}

/** The last online choice, so a reload without `bm=` in the URL keeps it. */
const CHOICE_KEY = 'fnp-viewer.basemap';

export function readStoredChoice(storage: Storage | null): BasemapChoice | null {
  try {
    const v = storage?.getItem(CHOICE_KEY) ?? null;
    return v !== null && isBasemapChoice(v) ? v : null;
  } catch {
    return null;
  }
}

export function writeStoredChoice(storage: Storage | null, choice: BasemapChoice) {
  try {
    if (choice === 'auto') storage?.removeItem(CHOICE_KEY);
    else storage?.setItem(CHOICE_KEY, choice);
  } catch {
    // See writeConsent.
  }
}
