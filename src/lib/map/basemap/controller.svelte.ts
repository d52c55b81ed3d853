import { getContext, setContext, untrack } from 'svelte';
import type { StyleSpecification } from 'maplibre-gl';
import { bilingual, errorDetail } from '../../i18n';
import type { ViewerState } from '../../state/viewer.svelte';
import type { Notices } from '../../state/notices.svelte';
import {
  BASEMAPDE_STYLES,
  readConsent,
  readStoredChoice,
  writeConsent,
  writeStoredChoice,
  type ActiveBasemap,
  type OmtLayers
} from './sources';
import {
  isManifest,
  onlineSourceOf,
  type BasemapChoice,
  type OnlineSource,
  type SelfHostedManifest
} from '../../state/basemap';

const loadOmt = (): Promise<OmtLayers> => import('./omt-style').then((m) => m.omtLayers);

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Decides which basemap is shown: the user's choice (URL `bm=`), but an online source only
 * after consent (kept in localStorage, withdrawable). Until then no request goes to its host.
 */
export class BasemapController {
  /** Operators the user has agreed to. */
  consent = $state.raw<ReadonlySet<OnlineSource>>(new Set());
  /** An online source the URL asks for without consent yet: the dialog asks. */
  asking = $state<OnlineSource | null>(null);
  /** The search index of the self-hosted basemap (URL), if it has one. */
  searchUrl = $state<string | null>(null);
  /** The basemap actually shown (after consent and detection); the map styles itself with it. */
  active = $state.raw<ActiveBasemap>({ kind: 'none' });
  /** Self-hosted basemap installed with `npm run basemap`, if any. */
  self = $state.raw<{ manifest: SelfHostedManifest; baseUrl: string } | null>(null);

  constructor(
    private viewer: ViewerState,
    private notices: Notices
  ) {}

  /** Consent to the source of `choice` and show it. */
  agree(choice: BasemapChoice) {
    const source = onlineSourceOf(choice);
    if (source) {
      const next = new Set(this.consent).add(source);
      this.consent = next;
      writeConsent(storage(), next);
    }
    this.asking = null;
    this.choose(choice);
  }

  /** A choice that needs no consent (none, automatic/self-hosted) or one already given. */
  choose(choice: BasemapChoice) {
    this.viewer.basemap = choice;
    writeStoredChoice(storage(), choice);
  }

  /** Withdraws every consent: online basemaps go, the site's own (if any) comes back. */
  withdraw() {
    this.consent = new Set();
    writeConsent(storage(), this.consent);
    this.asking = null;
    this.choose('auto');
  }

  /** Call once the URL has been applied. Returns a cleanup function. */
  start(base: string): () => void {
    const viewer = this.viewer;
    this.consent = readConsent(storage());
    // A reload without `bm=` keeps the last choice, if its consent still stands.
    const stored = readStoredChoice(storage());
    if (viewer.basemap === 'auto' && stored) {
      const source = onlineSourceOf(stored);
      if (!source || this.consent.has(source)) viewer.basemap = stored;
    }
    const root = new URL(base.replace(/\/?$/, '/'), location.href).href;
    let cancelled = false;
    fetch(`${root}basemap.json`)
      .then((r) => (r.ok ? r.json() : null))
      .then((body: unknown) => {
        const manifest = (body as { manifest?: unknown } | null)?.manifest;
        if (cancelled || !isManifest(manifest)) return;
        const baseUrl = `${root}basemap/`;
        this.self = { manifest, baseUrl };
        this.searchUrl = manifest.search ? baseUrl + manifest.search : null;
      })
      .catch(() => undefined);

    let ticket = 0;
    // Only a real change restyles the map: the same basemap again is left alone.
    const show = (next: ActiveBasemap) => {
      const now = untrack(() => this.active);
      const same =
        now.kind === next.kind &&
        (now.kind !== 'self' || (next.kind === 'self' && now.manifest === next.manifest)) &&
        (now.kind !== 'basemapde' || (next.kind === 'basemapde' && now.style === next.style));
      if (!same) this.active = next;
    };
    const stop = $effect.root(() => {
      $effect(() => {
        const choice = viewer.basemap;
        const self = this.self;
        const source = onlineSourceOf(choice);
        const mine = ++ticket;
        // The OpenMapTiles style loads with the first basemap that uses it.
        const withOmt = (next: (omt: OmtLayers) => ActiveBasemap) =>
          void loadOmt().then((omt) => {
            if (mine === ticket) show(next(omt));
          });
        const showFallback = () =>
          self ? withOmt((omt) => ({ kind: 'self', ...self, omt })) : show({ kind: 'none' });
        if (source && !this.consent.has(source)) {
          this.asking = source;
          showFallback();
          return;
        }
        if (choice === 'aus') show({ kind: 'none' });
        else if (choice === 'auto') showFallback();
        else if (choice === 'openfreemap') withOmt((omt) => ({ kind: 'openfreemap', omt }));
        else {
          const url = choice === 'basemapde-farbe' ? BASEMAPDE_STYLES.farbe : BASEMAPDE_STYLES.grau;
          fetch(url)
            .then((r) => {
              if (!r.ok) throw new Error(`HTTP ${r.status}`);
              return r.json() as Promise<StyleSpecification>;
            })
            .then((style) => {
              if (mine === ticket) show({ kind: 'basemapde', style });
            })
            .catch((e: unknown) => {
              if (mine !== ticket) return;
              showFallback();
              this.notices.notify(
                bilingual('basemap.loadError', { detail: errorDetail(e) }),
                'error'
              );
            });
        }
      });
    });
    return () => {
      cancelled = true;
      stop();
    };
  }
}

const KEY = Symbol('basemap');
export const setBasemapController = (c: BasemapController) => setContext(KEY, c);
export const getBasemapController = () => getContext<BasemapController>(KEY);
