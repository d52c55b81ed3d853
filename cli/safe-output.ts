/**
 * Every file or folder a CLI writes (import, --report, import-plots, basemap, data:*) goes
 * through here:
 * - it is written to a temporary sibling and renamed into place only when complete, so a
 *   failed run leaves the previous output untouched and no temporary file behind;
 * - an existing output is replaced only if this tool wrote it (`ours`: a marker or manifest);
 * - it never resolves to the project root, the root's parent (or above), the current folder or
 *   above it, into data/ of a shipped plan (unless the tool builds that plan), or outside the
 *   folder the tool was given (`within`, e.g. the basemap's site).
 * Refusals are `OutputRefused` with a German message and its English second.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  writeSync
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMPORT_GENERATOR } from '../src/lib/xplan/meta';

/** The project folder (the one holding cli/). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Why an output is refused: a protected place, or an existing output this tool did not write. */
export type RefusalReason = 'protected' | 'foreign';

export class OutputRefused extends Error {
  constructor(
    readonly de: string,
    readonly en: string,
    readonly reason: RefusalReason = 'protected'
  ) {
    super(de);
  }
}

export interface OutputPolicy {
  /** The command, for messages: „npm run import“. */
  tool: string;
  /** True if the existing output at `path` was written by this tool (so it may be replaced). */
  ours: (path: string) => boolean;
  /** Outputs must lie inside this folder (e.g. the basemap's site). */
  within?: string;
  /** The data builds (data:*) write the shipped plan itself; everyone else stays out. */
  shippedPlans?: boolean;
  /** For tests: the project root and the current folder. */
  root?: string;
  cwd?: string;
}

const inside = (child: string, parent: string) =>
  child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/** The path with its existing part resolved through symbolic links (the rest appended). */
function realish(path: string): string {
  let head = path;
  const tail: string[] = [];
  while (!existsSync(head)) {
    const up = dirname(head);
    if (up === head) break;
    tail.unshift(basename(head));
    head = up;
  }
  try {
    head = realpathSync(head);
  } catch {
    // keep as is
  }
  return tail.length ? join(head, ...tail) : head;
}

/** A JSON file whose first 4 KB name `generator` as given (our marker in every JSON output). */
export function hasGenerator(path: string, generators: readonly string[]): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(4096);
    const head = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    const m = /"generator"\s*:\s*"([^"]*)"/.exec(head);
    return m !== null && generators.includes(m[1] as string);
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** A plan folder under data/ that the project ships (not one written by `npm run import`). */
export function isShippedPlan(dir: string): boolean {
  const meta = join(dir, 'plan.json');
  if (!existsSync(meta)) return false;
  try {
    const m = JSON.parse(readFileSync(meta, 'utf8')) as { generator?: unknown };
    return m.generator !== IMPORT_GENERATOR;
  } catch {
    return true;
  }
}

/**
 * Checks where an output may go; returns its absolute path. `kind` is what will be there: a
 * file or a folder. Throws `OutputRefused`.
 */
export function checkOutput(path: string, kind: 'file' | 'folder', policy: OutputPolicy): string {
  const cwd = resolve(policy.cwd ?? process.cwd());
  const root = realish(resolve(policy.root ?? PROJECT_ROOT));
  const target = realish(resolve(cwd, path));
  const refuse = (de: string, en: string, reason?: RefusalReason): never => {
    throw new OutputRefused(
      `${policy.tool}: Das Ziel „${path}“ wird nicht verwendet: ${de}`,
      `${policy.tool}: output "${path}" refused: ${en}`,
      reason
    );
  };
  const realCwd = realish(cwd);
  if (inside(root, target) || inside(realCwd, target))
    refuse(
      'Es ist das Wurzelverzeichnis, der Projektordner, das aktuelle Verzeichnis oder ein Ordner darüber.',
      'it is the root, the project, the current folder or a folder above them.'
    );
  const parent = dirname(target);
  if (parent === root || parent === dirname(root))
    refuse(
      'Direkt in den Projektordner oder den Ordner darüber wird nichts geschrieben. Bitte einen Unterordner angeben.',
      'nothing is written directly into the project folder or its parent.'
    );
  if (policy.within !== undefined) {
    const site = realish(resolve(cwd, policy.within));
    if (!inside(target, site) || target === site)
      refuse(`Es liegt außerhalb von „${policy.within}“.`, `it lies outside "${policy.within}".`);
  }
  // data/ of the project and of the current folder (a project elsewhere).
  for (const data of new Set([join(root, 'data'), join(realCwd, 'data')])) {
    if (policy.shippedPlans || !inside(target, data) || target === data) continue;
    const plan = join(data, relative(data, target).split(sep)[0] as string);
    const ownFile = kind === 'file' && dirname(target) === plan && policy.ours(target);
    if (isShippedPlan(plan) && !ownFile)
      refuse(
        `Es liegt im Ordner des mitgelieferten Plans „${basename(plan)}“, der nicht überschrieben wird.`,
        `it lies in the shipped plan "${basename(plan)}", which is never overwritten.`
      );
  }
  let stat;
  try {
    // The path as given: a symbolic link there is refused, not followed.
    stat = lstatSync(resolve(cwd, path));
  } catch {
    return target; // new
  }
  if (stat.isSymbolicLink())
    refuse('Es ist eine symbolische Verknüpfung.', 'it is a symbolic link.');
  if (kind === 'file' && !stat.isFile())
    refuse(
      'Unter diesem Namen gibt es einen Ordner; erwartet wird ein Dateiname.',
      'a folder of that name exists; a file name is expected.'
    );
  if (kind === 'folder' && !stat.isDirectory())
    refuse(
      'Unter diesem Namen gibt es schon eine Datei; erwartet wird ein Ordner.',
      'a file of that name exists; a folder is expected.'
    );
  if (!policy.ours(target))
    refuse(
      `Es gibt ${kind === 'file' ? 'die Datei' : 'den Ordner'} schon, und nicht ${policy.tool} hat ${kind === 'file' ? 'sie' : 'ihn'} geschrieben. Ersetzt wird nur, was dieses Programm selbst geschrieben hat; bitte einen neuen Namen angeben.`,
      `it exists and was not written by ${policy.tool}; only its own earlier output is replaced.`,
      'foreign'
    );
  return target;
}

let counter = 0;
const tempName = (target: string) =>
  join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${Date.now()}-${counter++}`);

/** An output being written: `commit()` puts it in place, `abort()` removes it. */
interface Staged {
  target: string;
  commit(): void;
  abort(): void;
}

/** A file being written: write to `fd`, then commit. */
export interface StagedFile extends Staged {
  fd: number;
}

/** Starts writing a file: checked by `checkOutput`, written as a temporary sibling. */
export function stageOutputFile(path: string, policy: OutputPolicy): StagedFile {
  const target = checkOutput(path, 'file', policy);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = tempName(target);
  const fd = openSync(tmp, 'wx', 0o644);
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    fd,
    target,
    commit() {
      try {
        fsyncSync(fd);
        close();
        renameSync(tmp, target);
      } catch (e) {
        close();
        rmSync(tmp, { force: true });
        throw e;
      }
    },
    abort() {
      close();
      rmSync(tmp, { force: true });
    }
  };
}

/** Writes a whole file through `stageOutputFile`: complete, or not at all. */
export function writeOutputFile(
  path: string,
  content: string | Uint8Array | ((fd: number) => void),
  policy: OutputPolicy
): string {
  const staged = stageOutputFile(path, policy);
  try {
    if (typeof content === 'function') content(staged.fd);
    else if (typeof content === 'string') writeSync(staged.fd, content);
    else writeSync(staged.fd, content);
  } catch (e) {
    staged.abort();
    throw e;
  }
  staged.commit();
  return staged.target;
}

/** A folder being written: fill `dir`, then commit (swaps it in). */
export interface StagedFolder extends Staged {
  dir: string;
}

/**
 * Starts writing a folder: checked by `checkOutput`, filled as a temporary sibling and then
 * swapped in by `commit`; the old folder is deleted only after the new one is in place.
 */
export function stageOutputFolder(path: string, policy: OutputPolicy): StagedFolder {
  const target = checkOutput(path, 'folder', policy);
  mkdirSync(dirname(target), { recursive: true });
  const dir = tempName(target);
  mkdirSync(dir, { mode: 0o755 });
  return {
    dir,
    target,
    commit: () => replaceFolder(dir, target),
    abort: () => rmSync(dir, { recursive: true, force: true })
  };
}

/** Replaces `target` by `fresh` (both folders, same parent) without a half-written state. */
function replaceFolder(fresh: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(fresh, target);
    return;
  }
  const old = tempName(target);
  renameSync(target, old);
  try {
    renameSync(fresh, target);
  } catch (e) {
    renameSync(old, target);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

/** The bilingual text of a refusal or any other error, for a CLI's stderr. */
export function outputErrorText(e: unknown): string {
  if (e instanceof OutputRefused) return `${e.de}\n(${e.en})`;
  const err = e as NodeJS.ErrnoException;
  const code = err?.code ? ` (${err.code})` : '';
  return `Die Ausgabe ließ sich nicht schreiben${code}: ${err?.message ?? String(e)}`;
}
