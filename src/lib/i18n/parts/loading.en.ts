/** English texts of parts/loading.ts (loaded on the page only when English is chosen). */
import type { de } from './loading';

export const en: Record<keyof typeof de, string> = {
  'loading.measured':
    '“{file}” stores no area size for {count} areas. They were computed on loading from the file’s coordinates and may differ slightly from the source’s figures for small areas.',
  'loading.areas': 'Reading areas …',
  'loading.workerStopped':
    'The background computation stopped unexpectedly. It starts again with the next step.',
  'error.load': 'The plan could not be loaded: {detail}',
  'error.loadHttp': 'The file "{file}" is not available (HTTP {status}).',
  'error.loadNetwork': 'The file "{file}" could not be fetched.',
  'error.loadJson': 'The file "{file}" is not valid JSON.'
};
