/**
 * The workers carry only the texts the core speaks with (i18n/worker-texts.ts; vite.config.ts
 * hands that table to i18n/index.ts in worker builds). Every text key named in the core's
 * source (plan/, geo/, xplan/, worker/, csv/, search/) must be in it, or a worker would show an
 * empty message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/lib/i18n/de';
import { en } from '../../src/lib/i18n/en';
import * as worker from '../../src/lib/i18n/worker-texts';

const CORE = ['plan', 'geo', 'xplan', 'worker', 'csv', 'search'].map((d) => join('src/lib', d));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.ts$/.test(e.name) ? [join(dir, e.name)] : []
  );
}

/** The text keys a file names as string literals ('region.flat', "data.noId", …). */
function keysIn(text: string): string[] {
  return [...text.matchAll(/['"`]([a-zA-Z]+\.[\w.]+)['"`]/g)]
    .map((m) => m[1] ?? '')
    .filter((k) => k in de);
}

describe('texts in the workers', () => {
  const named = [...new Set(CORE.flatMap(sources).flatMap((f) => keysIn(readFileSync(f, 'utf8'))))];

  it('every key the core names is in the workers’ table, with the page’s text', () => {
    expect(named.length).toBeGreaterThan(30);
    const missing = named.filter((k) => !(k in worker.de) || !(k in worker.en));
    expect(missing).toEqual([]);
    for (const k of named) {
      expect(worker.de[k]).toBe(de[k as keyof typeof de]);
      expect(worker.en[k]).toBe(en[k as keyof typeof en]);
    }
  });

  it('German and English have the same keys; the features’ own parts stay out', () => {
    expect(Object.keys(worker.en).sort()).toEqual(Object.keys(worker.de).sort());
    for (const k of ['plots.open', 'compare.title', 'present.title', 'basemap.title'])
      expect(k in en && !(k in worker.de), k).toBe(true);
    expect(Object.keys(worker.de).length).toBeLessThan(Object.keys(en).length / 2);
  });
});
