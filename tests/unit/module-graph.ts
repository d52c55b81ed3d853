/**
 * The page's module graph as the bundler sees it, for tests about what the first page loads:
 * static imports (`import … from`, `export … from`, bare `import '…'`; not `import type`, not
 * `import()`), with `$lib` and relative paths resolved to files under src/.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const EXTENSIONS = ['', '.ts', '.svelte.ts', '.svelte', '.js', '/index.ts'];

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('$lib/')) base = resolve('src/lib', spec.slice(5));
  else if (spec === '$lib') base = resolve('src/lib');
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null; // a package: not ours
  for (const ext of EXTENSIONS) {
    const p = base + ext;
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return null;
}

/** The code of a file that imports run from (a .svelte file's scripts, or the whole module). */
function code(file: string): string {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.svelte') ? text : text;
}

/** Static and dynamic import specifiers of a file. */
export function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const text = code(file);
  const stat: string[] = [];
  const dyn: string[] = [];
  for (const m of text.matchAll(
    /(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g
  ))
    if (!m[2]) stat.push(m[3]!);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) dyn.push(m[1]!);
  const res = (specs: string[]) =>
    specs.map((s) => resolveImport(file, s)).filter((p): p is string => p !== null);
  return { static: res(stat), dynamic: res(dyn) };
}

/** Every file statically reachable from `entries` (the files the first page runs). */
export function staticClosure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = entries.map((e) => resolve(e));
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...importsOf(f).static);
  }
  return seen;
}

/** The page's first-load files: everything the routes' layout and page import statically. */
export const firstLoadFiles = () =>
  staticClosure([join('src/routes/+layout.svelte'), join('src/routes/+page.svelte')]);
