/**
 * Reads the Maß der baulichen Nutzung, Bauweise, Dach and Höhen of one captured feature
 * (BP_BaugebietsTeilFlaeche and every other class that carries them, e.g. GFZ of an
 * FP_BebauungsFlaeche) into BauFestsetzungen. Names are those of XPlanGML 4.x–6.x: the values
 * stand directly in the feature; 6.x puts the roof into `dachgestaltung/BP_Dachgestaltung`.
 */
import { BAU_NUMBER_KEYS, type BauFestsetzungen, type Hoehenangabe } from '../plan/types';
import { childrenNamed, leafText, type XNode } from './xnode';

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A positive number as written, or undefined. Zero is read as "not fixed": plan tools write
 * `<GF>0</GF>` for an empty field (Hamburg's LA 22), and no plan fixes a GRZ, GF or Z of 0.
 */
function positive(node: XNode | undefined): number | undefined {
  if (!node) return undefined;
  const t = node.text.trim();
  if (!DECIMAL.test(t)) return undefined;
  const v = Number(t);
  return Number.isFinite(v) && v > 0 ? v : undefined;
}

function first(node: XNode, name: string): XNode | undefined {
  return node.children.find((c) => c.name === name);
}

function codeText(node: XNode, name: string): string | undefined {
  const c = first(node, name);
  const t = c ? leafText(c) : '';
  return t === '' ? undefined : t;
}

function hoehe(node: XNode): Hoehenangabe | null {
  const h: Hoehenangabe = {};
  const bezug = codeText(node, 'hoehenbezug');
  const punkt = codeText(node, 'bezugspunkt');
  if (bezug) h.bezug = bezug;
  if (punkt) h.punkt = punkt;
  for (const k of ['h', 'hMin', 'hMax', 'hZwingend'] as const) {
    const v = positive(first(node, k));
    if (v !== undefined) h[k] = v;
  }
  return h.h !== undefined ||
    h.hMin !== undefined ||
    h.hMax !== undefined ||
    h.hZwingend !== undefined
    ? h
    : null;
}

/** The feature's BauFestsetzungen, or undefined when it carries none. */
export function readBau(f: XNode): BauFestsetzungen | undefined {
  const bau: BauFestsetzungen = {};
  let any = false;
  for (const k of BAU_NUMBER_KEYS) {
    const v = positive(first(f, k));
    if (v !== undefined) {
      bau[k] = v;
      any = true;
    }
  }
  for (const k of ['bauweise', 'bebauungsArt'] as const) {
    const v = codeText(f, k);
    if (v) {
      bau[k] = v;
      any = true;
    }
  }
  const roofs = childrenNamed(f, 'dachform').map(leafText);
  // 6.x: dachgestaltung/BP_Dachgestaltung with dachform, DN, DNmin, DNmax.
  for (const g of childrenNamed(f, 'dachgestaltung')) {
    const d = g.children[0];
    if (!d) continue;
    const form = codeText(d, 'dachform');
    if (form) roofs.push(form);
    for (const k of ['DN', 'DNmin', 'DNmax'] as const) {
      const v = positive(first(d, k));
      if (v !== undefined && bau[k] === undefined) {
        bau[k] = v;
        any = true;
      }
    }
  }
  const forms = roofs.filter((r) => r !== '');
  if (forms.length > 0) {
    bau.dachform = forms;
    any = true;
  }
  const hoehen = childrenNamed(f, 'hoehenangabe')
    .map((n) => (n.children[0] ? hoehe(n.children[0]) : null))
    .filter((h): h is Hoehenangabe => h !== null);
  if (hoehen.length > 0) {
    bau.hoehen = hoehen;
    any = true;
  }
  return any ? bau : undefined;
}
