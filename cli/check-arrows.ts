/**
 * The import check (ARCHITECTURE.md, docs/architecture.md): every import in src/ and cli/ must
 * point along the arrows features → shell → core, and inside the core data → domain → geometry.
 * `npm run check:arrows` prints each wrong-way import and fails; part of `npm test`.
 *
 * Type-only imports count too: a type in the wrong folder is how wrong-way imports start.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A folder of src/lib (or `routes`, `cli`), as the rules name it. */
export type Zone = string;

/** The core below the worker, which every shell folder, feature and the CLI may import. */
const CORE = ['worker', 'search', 'xplan', 'geo', 'plan', 'csv', 'i18n'] as const;
/** The shell's folders (each built on those after it) and the core. */
const SHELL_UNDER_MAP = ['state', ...CORE] as const;
const SHELL = ['export', 'map', 'pwa', ...SHELL_UNDER_MAP] as const;

/**
 * What each zone may import besides itself. `feature:*` stands for every feature folder;
 * a feature may import another feature only where CROSS_FEATURE says so.
 */
export const ALLOWED: Record<string, readonly string[]> = {
  // core: pure TypeScript, runs in the browser, workers, CLI and vitest
  i18n: [],
  csv: ['i18n'],
  plan: ['i18n'],
  geo: ['plan', 'csv', 'i18n'],
  xplan: ['geo', 'plan', 'csv', 'i18n'],
  search: ['geo', 'plan', 'csv', 'i18n'],
  worker: ['xplan', 'geo', 'plan', 'csv', 'i18n'],
  // shell: the app's one state and one map
  state: CORE,
  pwa: SHELL_UNDER_MAP,
  map: SHELL_UNDER_MAP,
  export: ['map', ...SHELL_UNDER_MAP],
  components: SHELL,
  server: ['plan', 'csv', 'i18n'],
  // features: each over the shell (with its components) and the core
  feature: ['components', ...SHELL],
  // the one mode switch, the page, the node entry points
  features: ['feature:*', 'components', 'export', 'state', 'map', 'plan', 'csv', 'i18n'],
  routes: ['*'],
  cli: [...CORE, 'state', 'export', 'server', 'cli']
};

/**
 * The few places where one feature shows another's part, each with its reason. Anything else
 * between features goes through the shell (state, map controller) or the core.
 */
export const CROSS_FEATURE: Record<string, readonly string[]> = {
  // The presentation shows comparison scenes with the comparison's own maps and tables.
  present: ['compare', 'explore'],
  // Comparison and plot finder panels use the explore mode's legend, balance and info parts.
  compare: ['explore'],
  plots: ['explore'],
  // The explore panels hold search, "Was ist hier geplant?", the basemap and the plan choice.
  explore: ['search', 'nearby', 'basemap', 'import', 'print'],
  nearby: ['search'],
  // Choosing a search result opens the answer „Was ist hier geplant?“ and focuses its heading.
  search: ['nearby']
};

/** The zone of a path relative to the project root, or null for files outside the rules. */
export function zoneOf(path: string): Zone | null {
  const p = path.split(sep).join('/');
  if (p.startsWith('cli/')) return 'cli';
  if (p.startsWith('src/routes/')) return 'routes';
  if (p.startsWith('src/service-worker')) return 'routes';
  const m = /^src\/lib\/([^/]+)(?:\/([^/]+))?/.exec(p);
  if (!m) return null;
  if (m[1] === 'features') return m[2] && !m[2].includes('.') ? `feature:${m[2]}` : 'features';
  return m[1]!;
}

/** Why `from` may not import `to`, or null when the arrow is allowed. */
export function violation(from: Zone, to: Zone): string | null {
  if (from === to) return null;
  if (from.startsWith('feature:') && to.startsWith('feature:')) {
    const a = from.slice(8);
    const b = to.slice(8);
    return CROSS_FEATURE[a]?.includes(b) ? null : `Feature „${a}“ darf nicht „${b}“ importieren`;
  }
  const rule = ALLOWED[from.startsWith('feature:') ? 'feature' : from];
  if (!rule) return `unbekannter Bereich ${from}`;
  if (rule.includes('*') || rule.includes(to)) return null;
  if (to.startsWith('feature:') && rule.includes('feature:*')) return null;
  return `${from} darf nicht ${to} importieren (Pfeile: features → shell → core)`;
}

const IMPORT =
  /(?:^|[;\s])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]|new URL\(\s*['"](\.[^'"]+)['"]/gm;

/** Import specifiers of a source text (static, dynamic, side-effect, worker URLs). */
export function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) out.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  return out;
}

const EXTENSIONS = ['', '.ts', '.js', '.svelte', '/index.ts'];

/** The project file an import names (relative to `root`), or null for packages. */
export function resolveImport(root: string, fromFile: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('$lib/')) base = join('src/lib', spec.slice(5));
  else if (spec.startsWith('./') || spec.startsWith('../'))
    base = normalize(join(dirname(fromFile), spec));
  else return null;
  base = base.split('?')[0]!;
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    const full = join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return base;
}

function sources(root: string, dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources(root, path, out);
    else if (/\.(ts|js|svelte)$/.test(entry.name)) out.push(path);
  }
  return out;
}

export interface WrongArrow {
  file: string;
  target: string;
  reason: string;
}

/** Every wrong-way import under src/ and cli/ of the project at `root`. */
export function checkProject(root: string): WrongArrow[] {
  const wrong: WrongArrow[] = [];
  for (const file of [...sources(root, 'src'), ...sources(root, 'cli')]) {
    const from = zoneOf(file);
    if (!from) continue;
    for (const spec of importsOf(readFileSync(join(root, file), 'utf8'))) {
      const target = resolveImport(root, file, spec);
      const to = target ? zoneOf(target) : null;
      if (!target || !to) continue;
      const reason = violation(from, to);
      if (reason) wrong.push({ file, target, reason });
    }
  }
  return wrong;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const wrong = checkProject(root);
  for (const w of wrong) console.error(`${w.file} → ${relative('.', w.target)}: ${w.reason}`);
  if (wrong.length > 0) {
    console.error(`${wrong.length} Importe gegen die Pfeile (docs/architecture.md).`);
    process.exit(1);
  }
  console.log('Importpfeile: alle in Richtung features → shell → core.');
}
