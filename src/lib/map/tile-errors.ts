/**
 * What a MapLibre 'error' event means for the user. A tile, glyph or sprite that cannot be
 * loaded (offline, or missing from a self-hosted basemap) is not an error of the app: the map
 * leaves that piece empty, and the page says so at most once — „Offline – nicht alle Kartenteile
 * verfügbar“ — until the browser is online again; never one banner per request.
 */

export interface MapErrorEvent {
  error?: { message?: string; status?: number; url?: string; name?: string } | null;
  sourceId?: string;
  tile?: unknown;
}

/** Whether the error is about loading one piece of the map (a tile, glyphs, a sprite). */
export function isPieceError(e: MapErrorEvent): boolean {
  if (e.tile !== undefined || e.sourceId !== undefined) return true;
  const err = e.error;
  if (!err) return false;
  // MapLibre's AJAXError carries the URL and HTTP status of the failed request.
  if (
    typeof err.url === 'string' &&
    /\.(pbf|mvt|png|jpe?g|webp)(\?|$)|\/glyphs?\/|sprite/.test(err.url)
  )
    return true;
  return err.name === 'AJAXError' && typeof err.status === 'number';
}

/** Shows the one quiet notice; again only after the browser was back online. */
export class PieceErrorNotice {
  private shown = false;
  constructor(private show: (offline: boolean) => void) {}
  report(online: boolean) {
    if (this.shown) return;
    this.shown = true;
    this.show(!online);
  }
  online() {
    this.shown = false;
  }
}
