import { bilingual, type Bilingual } from '../i18n';
import { isCategoryCode } from './categories';
import { BAU_NUMBER_KEYS, STATUSES } from './types';
import type {
  BauFestsetzungen,
  Hoehenangabe,
  PlanFeature,
  PlanGeometry,
  PlanMeta,
  Status,
  TextAbschnitt
} from './types';

/**
 * A plan file that cannot be used: `message` is German, `messageEn` English, both ready to show
 * to the user (the texts are in i18n/parts/data.ts).
 */
export class PlanDataError extends Error {
  readonly messageEn: string;
  constructor(
    text: Bilingual,
    readonly source: string,
    readonly featureId: string | null = null
  ) {
    super(text.de);
    this.messageEn = text.en;
    this.name = 'PlanDataError';
  }
}

type Json = Record<string, unknown>;

/**
 * A plan id (the folder name under data/ and the URL's `plan=`): a safe slug, so that it never
 * names a path outside data/ and the build never leaves a plan out.
 */
export const PLAN_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/**
 * The documents an imported plan serves beside plan.json (data/<plan>/anlagen/<name>, written
 * by cli/import.ts): safe names with the extension of a document a reader opens or saves;
 * never HTML (it would run as a page of this site).
 */
export const ATTACHMENT_FILE = /^[\w-][\w.-]*\.(pdf|txt|odt|docx?)$/i;

export const PLAN_ID_RULE_DE =
  'erlaubt sind Kleinbuchstaben a–z, Ziffern 0–9, Bindestrich und Unterstrich, am Anfang ein Buchstabe oder eine Ziffer, höchstens 64 Zeichen';
export const PLAN_ID_RULE_EN =
  'allowed: lower-case letters a–z, digits 0–9, hyphen and underscore, starting with a letter or digit, at most 64 characters';

export function isPlanId(id: unknown): id is string {
  return typeof id === 'string' && PLAN_ID.test(id);
}

/**
 * Keys that must never become property names of a plain object that reaches MapLibre or
 * Object.assign: `constructor` makes MapLibre's worker serialiser fail ("unregistered class"),
 * `__proto__` would set the prototype.
 */
export function isSafeKey(k: string): boolean {
  return k !== '__proto__' && k !== 'constructor' && k !== 'prototype';
}

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function isPosition(p: unknown): boolean {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1]) &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  );
}

function isPolygonCoords(c: unknown): boolean {
  return (
    Array.isArray(c) &&
    c.length > 0 &&
    c.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition))
  );
}

function isPlanGeometry(g: unknown): g is PlanGeometry {
  if (!isObject(g)) return false;
  if (g.type === 'Polygon') return isPolygonCoords(g.coordinates);
  if (g.type === 'MultiPolygon')
    return (
      Array.isArray(g.coordinates) &&
      g.coordinates.length > 0 &&
      g.coordinates.every(isPolygonCoords)
    );
  return false;
}

const optionalText = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isCode = (v: unknown): v is string => typeof v === 'string' && /^[\w.-]{1,40}$/.test(v);

/** The known fields of a feature's `bau` (Maß der baulichen Nutzung …); anything else dropped. */
function parseBau(v: unknown): BauFestsetzungen | undefined {
  if (!isObject(v)) return undefined;
  const bau: BauFestsetzungen = {};
  for (const k of BAU_NUMBER_KEYS) if (isAmount(v[k])) bau[k] = v[k];
  if (isCode(v.bauweise)) bau.bauweise = v.bauweise;
  if (isCode(v.bebauungsArt)) bau.bebauungsArt = v.bebauungsArt;
  if (Array.isArray(v.dachform)) {
    const forms = v.dachform.filter(isCode);
    if (forms.length > 0) bau.dachform = forms;
  }
  if (Array.isArray(v.hoehen)) {
    const hoehen = v.hoehen.filter(isObject).map((h) => {
      const out: Hoehenangabe = {};
      if (isCode(h.bezug)) out.bezug = h.bezug;
      if (isCode(h.punkt)) out.punkt = h.punkt;
      for (const k of ['h', 'hMin', 'hMax', 'hZwingend'] as const)
        if (isAmount(h[k])) out[k] = h[k];
      return out;
    });
    if (hoehen.length > 0) bau.hoehen = hoehen;
  }
  return Object.keys(bau).length > 0 ? bau : undefined;
}

/** A feature's text sections: objects with a text and a key (or null); anything else dropped. */
function parseTexte(v: unknown): TextAbschnitt[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const texte = v
    .filter(isObject)
    .filter((t) => typeof t.text === 'string')
    .map((t) => ({ schluessel: optionalText(t.schluessel), text: t.text as string }));
  return texte.length > 0 ? texte : undefined;
}

/**
 * Checks a parsed plan.geojson and returns its features. Unknown property keys are dropped,
 * so nothing from the file reaches the UI unchecked.
 */
export function parsePlanCollection(
  json: unknown,
  source: string,
  /** Ids already seen (the import CLI checks a large plan in batches). */
  seen = new Set<string>(),
  /** How many features earlier batches held (feature numbers in messages and `id` go on). */
  offset = 0
): PlanFeature[] {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new PlanDataError(bilingual('data.notCollection', { source }), source);
  }
  return json.features.map((f: unknown, n: number): PlanFeature => {
    const i = offset + n;
    // Made only for a message: a plan of 100,000 areas would build 100,000 unused ones.
    const where = () => bilingual('data.area', { source, n: i + 1 });
    if (!isObject(f) || f.type !== 'Feature' || !isObject(f.properties)) {
      throw new PlanDataError(bilingual('data.notFeature', { where: where() }), source);
    }
    const p = f.properties;
    const id = typeof p.id === 'string' || typeof p.id === 'number' ? String(p.id).trim() : null;
    if (!id) throw new PlanDataError(bilingual('data.noId', { where: where() }), source);
    if (seen.has(id))
      throw new PlanDataError(bilingual('data.duplicateId', { source, id }), source, id);
    seen.add(id);
    if (!isCategoryCode(p.category)) {
      throw new PlanDataError(
        bilingual('data.unknownCategory', {
          source,
          id,
          category: String(p.category).slice(0, 40)
        }),
        source,
        id
      );
    }
    if (!isPlanGeometry(f.geometry)) {
      throw new PlanDataError(bilingual('data.badGeometry', { source, id }), source, id);
    }
    const status: Status = STATUSES.includes(p.status as Status) ? (p.status as Status) : 'bestand';
    const codes = isObject(p.codes)
      ? (Object.fromEntries(
          Object.entries(p.codes).filter(([k, v]) => isSafeKey(k) && typeof v === 'string')
        ) as Record<string, string>)
      : undefined;
    const bau = parseBau(p.bau);
    const texte = parseTexte(p.texte);
    return {
      type: 'Feature',
      id: i,
      geometry: f.geometry,
      properties: {
        id,
        category: p.category,
        status,
        previous: isCategoryCode(p.previous) ? p.previous : null,
        district: optionalText(p.district),
        name: optionalText(p.name),
        ...(optionalText(p.xplanClass) ? { xplanClass: p.xplanClass as string } : {}),
        ...(codes ? { codes } : {}),
        ...(p.overlay === true ? { overlay: true } : {}),
        ...(bau ? { bau } : {}),
        ...(texte ? { texte } : {}),
        ...(typeof p.area_m2 === 'number' && Number.isFinite(p.area_m2) && p.area_m2 >= 0
          ? { area_m2: p.area_m2 }
          : {})
      }
    };
  });
}

/** Checks a parsed plan.json; only `title` is required, the rest falls back to empty. */
export function parsePlanMeta(json: unknown, source: string): PlanMeta {
  if (!isObject(json) || typeof json.title !== 'string') {
    throw new PlanDataError(bilingual('data.noMeta', { source }), source);
  }
  return {
    ...json,
    id: typeof json.id === 'string' ? json.id : source,
    title: json.title,
    municipality: typeof json.municipality === 'string' ? json.municipality : '',
    model: json.model === true,
    sources: Array.isArray(json.sources) ? (json.sources as PlanMeta['sources']) : [],
    attributions: Array.isArray(json.attributions)
      ? (json.attributions as PlanMeta['attributions'])
      : []
  };
}
