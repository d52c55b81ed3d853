import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * How the page's JavaScript is cut into files (rolldown `codeSplitting` groups, highest priority
 * first):
 * - MapLibre is one file of its own (it changes rarely, so browsers keep it cached across our
 *   releases; `npm run bench:page` finds it by the name `maplibre-gl`).
 * - Everything else the first page runs (rolldown's tag `$initial`: statically reachable from
 *   SvelteKit's entries) is one file. Left alone, the bundler cut it into some 25 files, and on
 *   HTTP/1.1 a browser fetches only six at a time: MapLibre came last (README „Ladezeit“).
 * - The Flächenbilanz engine and its libraries (region union, triangulation, spatial index): on
 *   the page only lazy parts use them (comparison, nearby, plot details); as a group of their
 *   own they load with the first part that uses them.
 */
const MAPLIBRE = /node_modules\/maplibre-gl\//;

const ENGINE =
  /node_modules\/(bignumber\.js|polyclip-ts|splaytree-ts|earcut|flatbush|flatqueue|@turf)\/|src\/lib\/geo\/(engine|prepared|local-region|region-union|flat-plan|flat-region|clip|clip-feature|clip-box|overlay)\.ts$/;

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

/**
 * Worker builds only: `i18n/index.ts` gets the texts the core speaks with (i18n/worker-texts.ts)
 * instead of every feature's texts; the plan worker loads with the first map.
 */
const workerTexts: Plugin = {
  name: 'fnp-worker-texts',
  enforce: 'pre',
  resolveId(source, importer) {
    if ((source === './de' || source === './en') && importer?.endsWith('/src/lib/i18n/index.ts'))
      return fileURLToPath(new URL('./src/lib/i18n/worker-texts.ts', import.meta.url));
    return null;
  }
};

export default defineConfig({
  plugins: [sveltekit()],
  worker: { format: 'es', plugins: () => [lazyUnion, workerTexts] },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre-gl', test: MAPLIBRE, priority: 4 },
            { name: 'first', tags: ['$initial'], priority: 3 },
            { name: 'engine', test: ENGINE, priority: 2 }
          ]
        }
      }
    }
  },
  server: { fs: { allow: ['data'] } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup-texts.ts'],
    environment: 'node',
    testTimeout: 120_000
  }
});
