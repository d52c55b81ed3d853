import { registerDhdnGrid } from '../xplan/crs';

let registered: Promise<boolean> | null = null;

/**
 * Fetches the BeTA2007 grid (static/grids/BETA2007.gsb, 84 KB, precached by the service worker)
 * once per worker and registers it, so that DHDN/Gauß-Krüger plans are transformed through the
 * official grid. Without it (fetch failed) the importer falls back to the Helmert parameters and
 * says so in its report; a later import tries again. Resolves to whether the grid is registered.
 */
export function ensureDhdnGrid(url: string, fetchFn: typeof fetch = fetch): Promise<boolean> {
  registered ??= (async () => {
    try {
      const response = await fetchFn(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      registerDhdnGrid(await response.arrayBuffer());
      return true;
    } catch {
      registered = null;
      return false;
    }
  })();
  return registered;
}
