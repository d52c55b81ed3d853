/**
 * Size limits of the importer in the browser. Larger files are refused before reading, with a
 * message pointing to `npm run import` (the CLI streams them with bounded memory).
 * Measured (README, `npm run bench:browser-open`): 200,000 parcels as GeoJSON (105 MB) and
 * 50,000 areas of 20–200 vertices (132 MB, renderer peak 2.5 GB) open; 160 MB keeps a margin
 * below the tab's memory limit and far below a JS string's ~512 MB (GeoJSON is parsed whole).
 */
export const MAX_BROWSER_BYTES = 160_000_000;
