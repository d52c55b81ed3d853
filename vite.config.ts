import { sveltekit } from '@sveltejs/kit/vite';
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

export default defineConfig({
  plugins: [sveltekit()],
  worker: { format: 'es' },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
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
