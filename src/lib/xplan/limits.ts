/**
 * Size limits of the importer in the browser. Larger files are refused before reading, with a
 * message pointing to `npm run import` (the CLI streams them with bounded memory).
 */
export const MAX_BROWSER_BYTES = 100_000_000;
