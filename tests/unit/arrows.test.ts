import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkProject, importsOf, violation, zoneOf } from '../../cli/check-arrows';

describe('import arrows (features → shell → core)', () => {
  it('the project has no wrong-way import', () => {
    expect(checkProject(join(import.meta.dirname, '../..'))).toEqual([]);
  });

  it('finds a deliberately wrong import in a small tree', () => {
    const root = mkdtempSync(join(tmpdir(), 'arrows-'));
    try {
      mkdirSync(join(root, 'src/lib/geo'), { recursive: true });
      mkdirSync(join(root, 'src/lib/state'), { recursive: true });
      mkdirSync(join(root, 'src/lib/features/plots'), { recursive: true });
      mkdirSync(join(root, 'cli'), { recursive: true });
      writeFileSync(join(root, 'src/lib/state/url.ts'), 'export const x = 1;\n');
      // geometry must not know the app's state
      writeFileSync(
        join(root, 'src/lib/geo/filter.ts'),
        "import { x } from '../state/url';\nimport type { Y } from '$lib/features/plots/y';\n"
      );
      writeFileSync(join(root, 'src/lib/features/plots/y.ts'), 'export type Y = 1;\n');
      // allowed: a feature over the shell
      writeFileSync(
        join(root, 'src/lib/features/plots/ok.ts'),
        "import { x } from '$lib/state/url';\n"
      );
      const wrong = checkProject(root);
      expect(wrong.map((w) => [w.file, w.target])).toEqual([
        ['src/lib/geo/filter.ts', 'src/lib/state/url.ts'],
        ['src/lib/geo/filter.ts', 'src/lib/features/plots/y.ts']
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads static, type-only, dynamic and worker imports', () => {
    const text = [
      "import a from './a';",
      "import type { B } from '../b';",
      "export { c } from '$lib/c';",
      "const d = () => import('./d.svelte');",
      "new Worker(new URL('./w.worker.ts', import.meta.url));",
      "import 'maplibre-gl/dist/maplibre-gl.css';"
    ].join('\n');
    expect(importsOf(text)).toEqual([
      './a',
      '../b',
      '$lib/c',
      './d.svelte',
      './w.worker.ts',
      'maplibre-gl/dist/maplibre-gl.css'
    ]);
  });

  it('zones and rules', () => {
    expect(zoneOf('src/lib/features/plots/PlotList.svelte')).toBe('feature:plots');
    expect(zoneOf('src/lib/features/ModeSwitch.svelte')).toBe('features');
    expect(violation('geo', 'plan')).toBeNull();
    expect(violation('plan', 'geo')).not.toBeNull();
    expect(violation('state', 'map')).not.toBeNull();
    expect(violation('map', 'feature:plots')).not.toBeNull();
    expect(violation('feature:print', 'feature:plots')).not.toBeNull();
    expect(violation('feature:present', 'feature:compare')).toBeNull();
  });
});
