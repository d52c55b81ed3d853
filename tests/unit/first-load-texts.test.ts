/**
 * The first page carries only the texts it shows; the finder's, the comparison's, the
 * presentation's and the answer's texts load with them (i18n/parts/*-mode.ts, nearby-answer.ts
 * add themselves to the German table when imported). A key the first page names must be in
 * its table, and every lazily loaded module that names a later part's key must load that part
 * with it — otherwise a text would be missing on screen.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de as firstPage } from '../../src/lib/i18n/de';
import { de as plotsMode } from '../../src/lib/i18n/parts/plots-mode';
import { de as compareMode } from '../../src/lib/i18n/parts/compare-mode';
import { de as presentMode } from '../../src/lib/i18n/parts/present-mode';
import { de as nearbyAnswer } from '../../src/lib/i18n/parts/nearby-answer';
import { firstLoadFiles, importsOf, staticClosure } from './module-graph';

const LATER: Record<string, Record<string, string>> = {
  'src/lib/i18n/parts/plots-mode.ts': plotsMode,
  'src/lib/i18n/parts/compare-mode.ts': compareMode,
  'src/lib/i18n/parts/present-mode.ts': presentMode,
  'src/lib/i18n/parts/nearby-answer.ts': nearbyAnswer
};
const ALL = { ...firstPage, ...plotsMode, ...compareMode, ...presentMode, ...nearbyAnswer };

/** Text keys a file names: literals ('plots.title') and template prefixes (`plots.zoning.${z}`). */
function keysIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const literal = [...text.matchAll(/['"`]([a-zA-Z]+\.[\w.]+)['"`]/g)].map((m) => m[1]!);
  const prefixes = [...text.matchAll(/`([a-zA-Z]+\.[\w.]*)\$\{/g)].map((m) => m[1]!);
  return [
    ...literal.filter((k) => k in ALL),
    ...Object.keys(ALL).filter((k) => prefixes.some((p) => k.startsWith(p)))
  ];
}

const isTexts = (f: string) => f.includes('/src/lib/i18n/');
const rel = (f: string) => f.slice(resolve('.').length + 1);

describe('texts of the first page and of the parts that load later', () => {
  const first = firstLoadFiles();

  it('the first page names only keys of its own table', () => {
    expect(first.size).toBeGreaterThan(50);
    const missing = [...first]
      .filter((f) => !isTexts(f))
      .flatMap((f) =>
        keysIn(f)
          .filter((k) => !(k in firstPage))
          .map((k) => `${rel(f)}: ${k}`)
      );
    expect(missing).toEqual([]);
  });

  it('no later part is in the first page', () => {
    const later = Object.keys(LATER).map((p) => resolve(p));
    expect([...first].filter((f) => later.includes(f)).map(rel)).toEqual([]);
  });

  it('every lazily loaded module loads the later parts whose keys it names', () => {
    // Every target of an import() anywhere in the page's code, and what it brings along.
    const all = staticClosure(['src/routes/+layout.svelte', 'src/routes/+page.svelte']);
    const lazy = new Set<string>();
    const todo = [...all];
    while (todo.length > 0) {
      const f = todo.pop()!;
      for (const d of importsOf(f).dynamic)
        if (!lazy.has(d)) {
          lazy.add(d);
          for (const g of staticClosure([d])) todo.push(g);
        }
    }
    expect(lazy.size).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const entry of lazy) {
      const brings = staticClosure([entry]);
      for (const f of brings) {
        if (first.has(f) || isTexts(f)) continue;
        for (const [part, texts] of Object.entries(LATER)) {
          const named = keysIn(f).filter((k) => k in texts);
          if (named.length > 0 && !brings.has(resolve(part)))
            problems.push(`${rel(entry)} → ${rel(f)}: ${named[0]} (${part} not loaded)`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});
