/**
 * plots.geojson as `npm run data:plots` and `npm run import-plots` write it: one plot per line,
 * with a `generator` member naming the tool, written through cli/safe-output.ts. Either tool
 * replaces a plots file written by either, and nothing else.
 */
import type { PlotFeature } from '../../src/lib/plan/plots';
import { hasGenerator, writeOutputFile, type OutputPolicy } from '../safe-output';

export const PLOTS_GENERATORS = {
  build: 'FNP-Viewer data:plots',
  import: 'FNP-Viewer import-plots'
} as const;

export function plotsPolicy(tool: keyof typeof PLOTS_GENERATORS): OutputPolicy {
  return {
    tool: tool === 'build' ? 'npm run data:plots' : 'npm run import-plots',
    ours: (file) => hasGenerator(file, Object.values(PLOTS_GENERATORS)),
    // data:plots builds the shipped model; import-plots may replace only a plots file there.
    shippedPlans: tool === 'build'
  };
}

/** Writes the plots as a FeatureCollection file, atomically; returns the absolute path. */
export function writePlotsFile(
  path: string,
  plots: readonly PlotFeature[],
  tool: keyof typeof PLOTS_GENERATORS
): string {
  const text =
    `{"type":"FeatureCollection","generator":${JSON.stringify(PLOTS_GENERATORS[tool])},"features":[\n` +
    plots.map((p) => JSON.stringify(p)).join(',\n') +
    '\n]}\n';
  return writeOutputFile(path, text, plotsPolicy(tool));
}
