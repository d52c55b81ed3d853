import { FIELD_NAMES, URL_FIELDS, defaultHashState, serializeHash, type HashState } from './url';

/**
 * Browser history for the viewer's URL hash: a major choice (a field with `history: 'push'` in
 * the URL table: selected area, scope, region, point of interest, plan, mode …) gets its own
 * history entry, so Back/Forward step through
 * them; everything else (panning, zooming, filters) replaces the current entry. Changes that
 * follow a major one within COALESCE_MS (a region being drawn live) replace it too.
 */
const COALESCE_MS = 1000;

/** The fields whose change is a step of its own (`history: 'push'` in the URL table). */
const REPLACED = FIELD_NAMES.filter((name) => URL_FIELDS[name].history === 'replace');

/** The state with every `replace` field at its default: what a history step compares. */
function majorKey(s: HashState): string {
  const defaults = defaultHashState();
  const only: Record<string, unknown> = { ...s };
  for (const name of REPLACED) only[name] = defaults[name];
  return serializeHash(only as HashState);
}

export class HashHistory {
  private lastMajor: string | null = null;
  private lastPush = -Infinity;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Writes the state to the address bar; returns 'push', 'replace' or 'none'. */
  write(state: HashState): 'push' | 'replace' | 'none' {
    const hash = serializeHash(state);
    const major = majorKey(state);
    const first = this.lastMajor === null;
    const changed = !first && major !== this.lastMajor;
    this.lastMajor = major;
    if (hash === location.hash || (hash === '' && location.hash === '')) return 'none';
    const url = hash === '' ? location.pathname + location.search : hash;
    const t = this.now();
    if (changed && t - this.lastPush > COALESCE_MS) {
      this.lastPush = t;
      history.pushState(history.state, '', url);
      return 'push';
    }
    if (changed) this.lastPush = t;
    history.replaceState(history.state, '', url);
    return 'replace';
  }

  /** After Back/Forward or an edited hash: the applied state is the current entry's. */
  sync(state: HashState) {
    this.lastMajor = majorKey(state);
  }
}
