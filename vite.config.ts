import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The Flächenbilanz engine and its libraries (region union, triangulation, spatial index):
 * on the page only lazy parts use them (comparison, nearby, plot details), but the bundler
 * merged them with the small geo helpers the first page needs. As a group of their own they
 * load with the first part that uses them, not with the first map. A group takes its modules'
 * dependencies along, so the small helpers the first page needs too (categories, regions,
 * areas, bounds, filter) form a group of their own first.
 */
const ENGINE =
  /node_modules\/(bignumber\.js|polyclip-ts|splaytree-ts|earcut|flatbush|flatqueue|@turf)\/|src\/lib\/geo\/(engine|prepared|local-region|region-union|flat-plan|flat-region|clip|clip-feature|clip-box|overlay)\.ts$/;

const BASE =
  /src\/lib\/(plan\/(plain-language|categories|change)|geo\/(laea|area|region-clip|region|bounds|filter))\.ts$/;

const MAPLIBRE = /node_modules\/maplibre-gl\//;

/** Worker builds only: the region union loads on first use (see geo/region-union-lazy.ts). */
const lazyUnion: Plugin = {
  name: 'fnp-lazy-region-union',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === './region-union' && importer?.endsWith('/src/lib/geo/prepared.ts'))
      return fileURLToPath(new URL('./src/lib/geo/region-union-lazy.ts', import.meta.url));
    return null;
  }
};

export default defineConfig({
  plugins: [sveltekit()],
  worker: { format: 'es', plugins: () => [lazyUnion] },
  build: {
    minify: process.env.NOMIN ? false : undefined,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre-gl', test: MAPLIBRE, priority: 4 },
            { name: 'first', tags: ['$initial'], priority: 3 },
            { name: 'geo-base', test: BASE, priority: 2 },
            { name: 'engine', test: ENGINE, priority: 1 }
          ]
        }
      }
    }
  },
  server: { fs: { allow: ['data'] } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000
  }
});
