/**
 * Runs a TypeScript CLI without transpiling it on every start:
 *
 *   node cli/run-bundled.mjs cli/import.ts <arguments of that CLI>
 *
 * The entry is bundled once with esbuild (with its imports, packages included) into
 * node_modules/.cache/fnp-cli/, next to a list of the files that went in and a hash of their
 * contents; later starts hash those files again and run the cached bundle while nothing changed.
 * Saves tsx's loader thread and transpiling at each start (about 0.5 s and 40 MB for the
 * importer). `import.meta.url` in the bundle is the entry's own URL, so paths relative to the
 * entry's folder (cli/) stay right; used only for entries whose modules all live in one folder
 * level, as cli/import.ts and cli/safe-output.ts do.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'node_modules/.cache/fnp-cli');

const entryArg = process.argv[2];
if (!entryArg) {
  process.stderr.write('Aufruf: node cli/run-bundled.mjs <cli/datei.ts> [Argumente …]\n');
  process.exit(2);
}
const entry = resolve(entryArg);
const name = relative(ROOT, entry).replace(/[^A-Za-z0-9]+/g, '_');
const manifestFile = join(CACHE, `${name}.json`);

/** Hash of the bundler, this launcher, the entry's path and the contents of all inputs. */
function hashOf(inputs) {
  const h = createHash('sha256');
  h.update(`${entry}\n${readFileSync(fileURLToPath(import.meta.url))}\n`);
  for (const file of inputs) {
    h.update(`${file}\n`);
    h.update(readFileSync(join(ROOT, file)));
  }
  return h.digest('hex').slice(0, 16);
}

let previous = null;

function cached() {
  try {
    const m = JSON.parse(readFileSync(manifestFile, 'utf8'));
    previous = m.bundle;
    if (m.hash === hashOf(m.inputs)) return join(CACHE, m.bundle);
  } catch {
    // no bundle yet, or an input is gone: build again
  }
  return null;
}

async function build() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    write: false,
    metafile: true,
    absWorkingDir: ROOT,
    logLevel: 'error',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
    // CommonJS packages inside an ES module bundle call require() for node's own modules.
    banner: {
      js: "import { createRequire as __fnpCreateRequire } from 'node:module'; const require = __fnpCreateRequire(import.meta.url);"
    }
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  const hash = hashOf(inputs);
  const bundle = `${name}-${hash}.mjs`;
  mkdirSync(CACHE, { recursive: true });
  const tmp = join(CACHE, `${bundle}.${process.pid}.tmp`);
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, join(CACHE, bundle));
  const tmpManifest = `${manifestFile}.${process.pid}.tmp`;
  writeFileSync(tmpManifest, JSON.stringify({ hash, bundle, inputs }));
  renameSync(tmpManifest, manifestFile);
  if (previous && previous !== bundle) rmSync(join(CACHE, previous), { force: true });
  return join(CACHE, bundle);
}

const bundle = cached() ?? (await build());
// The CLI reads its own arguments from process.argv.slice(2), as if started directly.
process.argv.splice(1, 2, entry);
await import(pathToFileURL(bundle).href);
