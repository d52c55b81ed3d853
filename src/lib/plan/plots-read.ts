/**
 * Reading plots.geojson (and a CSV row's plot) with the schema of plan/plots.ts: every property
 * checked, the first wrong one named. Loaded with the plot finder and by the CLIs, not with the
 * first page (which needs only the schema's constants for the URL).
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { bilingual } from '../i18n';
import { PlanDataError } from './validate';
import {
  PLOT_STATUSES,
  ZONINGS,
  ACCESS_KINDS,
  UTILITIES,
  RESTRICTIONS,
  isIsoDate,
  type PlotStatus,
  type Zoning,
  type AccessKind,
  type AccessPoint,
  type PlotContact,
  type PlotCadastre,
  type Utility,
  type Restriction,
  type TradeTax,
  type PlotLimits,
  type PlotProperties,
  type RoadDistance,
  type PlotGeometry,
  type PlotFeature
} from './plots';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = 200): v is string =>
  typeof v === 'string' && v.trim() !== '' && v.length <= max && !/[\u0000-\u001f]/.test(v);
const isNumberIn = (v: unknown, lo: number, hi: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;

function isPosition(p: unknown): boolean {
  return (
    Array.isArray(p) && p.length >= 2 && isNumberIn(p[0], -180, 180) && isNumberIn(p[1], -90, 90)
  );
}
const isRings = (c: unknown) =>
  Array.isArray(c) &&
  c.length > 0 &&
  c.every((r) => Array.isArray(r) && r.length >= 4 && r.every(isPosition));

export function isPlotGeometry(g: unknown): g is PlotGeometry {
  if (!isObject(g)) return false;
  if (g.type === 'Polygon') return isRings(g.coordinates);
  if (g.type === 'MultiPolygon')
    return Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(isRings);
  return false;
}

function readAccess(v: unknown): Partial<Record<AccessKind, AccessPoint>> | string {
  if (v === undefined) return {};
  if (!isObject(v)) return 'access';
  const out: Partial<Record<AccessKind, AccessPoint>> = {};
  for (const kind of ACCESS_KINDS) {
    const a = v[kind];
    if (a === undefined) continue;
    if (
      !isObject(a) ||
      !isText(a.name) ||
      !isNumberIn(a.distance_m, 0, 1e6) ||
      !isNumberIn(a.lon, -180, 180) ||
      !isNumberIn(a.lat, -90, 90)
    )
      return `access.${kind}`;
    out[kind] = { name: a.name, distance_m: a.distance_m, lon: a.lon, lat: a.lat };
  }
  return out;
}

export function readContact(v: unknown): PlotContact | null {
  if (!isObject(v) || !isText(v.name)) return null;
  const c: PlotContact = { name: v.name };
  for (const k of ['role', 'phone', 'email', 'url'] as const) {
    if (v[k] === undefined) continue;
    if (!isText(v[k])) return null;
    c[k] = v[k];
  }
  if (v.email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(String(v.email))) return null;
  if (v.url !== undefined && !/^https?:\/\//.test(String(v.url))) return null;
  if (v.model === true) c.model = true;
  return c;
}

function readRoad(v: unknown): Partial<Record<AccessKind, RoadDistance>> | null | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) return null;
  const out: Partial<Record<AccessKind, RoadDistance>> = {};
  for (const kind of ACCESS_KINDS) {
    const r = v[kind];
    if (r === undefined) continue;
    if (!isObject(r) || !isNumberIn(r.distance_m, 0, 1e6) || !isNumberIn(r.time_s, 0, 1e6))
      return null;
    out[kind] = { distance_m: r.distance_m, time_s: r.time_s };
  }
  return out;
}

function readCadastre(v: unknown): PlotCadastre | null | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v) || !isText(v.gemarkung, 60) || !isNumberIn(v.flur, 1, 999)) return null;
  if (typeof v.flurstueck !== 'string' || !/^\d{1,5}(\/\d{1,4})?$/.test(v.flurstueck)) return null;
  return { gemarkung: v.gemarkung, flur: v.flur, flurstueck: v.flurstueck };
}

function readUtilities(v: unknown): Partial<Record<Utility, boolean>> | null | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) return null;
  const out: Partial<Record<Utility, boolean>> = {};
  for (const k of UTILITIES) {
    if (v[k] === undefined) continue;
    if (typeof v[k] !== 'boolean') return null;
    out[k] = v[k];
  }
  return out;
}

function readTradeTax(v: unknown): TradeTax | null | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v) || !isNumberIn(v.percent, 200, 2000) || typeof v.model !== 'boolean')
    return null;
  const t: TradeTax = { percent: v.percent, model: v.model };
  if (v.source !== undefined) {
    if (!isText(v.source)) return null;
    t.source = v.source;
  }
  return t;
}

function readLimits(v: unknown): PlotLimits | null | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) return null;
  const l: PlotLimits = {};
  if (v.maxHeight_m !== undefined) {
    if (!isNumberIn(v.maxHeight_m, 0, 500)) return null;
    l.maxHeight_m = v.maxHeight_m;
  }
  if (v.grz !== undefined) {
    if (!isNumberIn(v.grz, 0, 1)) return null;
    l.grz = v.grz;
  }
  if (v.gfz !== undefined) {
    if (!isNumberIn(v.gfz, 0, 10)) return null;
    l.gfz = v.gfz;
  }
  if (v.from !== undefined) {
    if (!isObject(v.from) || !isText(v.from.number, 32) || typeof v.from.model !== 'boolean')
      return null;
    l.from = { number: v.from.number, model: v.from.model };
  }
  return l;
}

/** Checks one plot's properties; returns them (unknown keys dropped) or the first bad field. */
export function readPlotProperties(p: unknown): PlotProperties | string {
  if (!isObject(p)) return 'properties';
  if (!isText(p.id, 64)) return 'id';
  if (!isText(p.estate)) return 'estate';
  if (!isNumberIn(p.area_m2, 1, 1e8)) return 'area_m2';
  if (!(ZONINGS as readonly unknown[]).includes(p.zoning)) return 'zoning';
  if (!(PLOT_STATUSES as readonly unknown[]).includes(p.status)) return 'status';
  if (!isIsoDate(p.availableFrom)) return 'availableFrom';
  if (!isIsoDate(p.asOf)) return 'asOf';
  if (p.priceIndication_eur_m2 !== undefined && !isNumberIn(p.priceIndication_eur_m2, 0, 1e5))
    return 'priceIndication_eur_m2';
  if (p.bplan !== undefined && !isText(p.bplan)) return 'bplan';
  const contact = readContact(p.contact);
  if (!contact) return 'contact';
  const limits = readLimits(p.limits);
  if (limits === null) return 'limits';
  const access = readAccess(p.access);
  if (typeof access === 'string') return access;
  const road = readRoad(p.road);
  if (road === null) return 'road';
  const cadastre = readCadastre(p.cadastre);
  if (cadastre === null) return 'cadastre';
  const utilities = readUtilities(p.utilities);
  if (utilities === null) return 'utilities';
  const restrictions = p.restrictions;
  if (
    restrictions !== undefined &&
    (!Array.isArray(restrictions) ||
      !restrictions.every((r) => (RESTRICTIONS as readonly unknown[]).includes(r)))
  )
    return 'restrictions';
  if (p.divisibleFrom_m2 !== undefined && !isNumberIn(p.divisibleFrom_m2, 1, 1e8))
    return 'divisibleFrom_m2';
  const tradeTax = readTradeTax(p.tradeTax);
  if (tradeTax === null) return 'tradeTax';
  const out: PlotProperties = {
    id: p.id,
    estate: p.estate,
    area_m2: p.area_m2,
    zoning: p.zoning as Zoning,
    status: p.status as PlotStatus,
    availableFrom: p.availableFrom,
    contact,
    asOf: p.asOf,
    access
  };
  if (p.priceIndication_eur_m2 !== undefined) out.priceIndication_eur_m2 = p.priceIndication_eur_m2;
  if (limits) out.limits = limits;
  if (p.bplan !== undefined) out.bplan = p.bplan;
  if (road) out.road = road;
  if (cadastre) out.cadastre = cadastre;
  if (utilities) out.utilities = utilities;
  if (restrictions !== undefined) out.restrictions = [...(restrictions as Restriction[])];
  if (p.divisibleFrom_m2 !== undefined) out.divisibleFrom_m2 = p.divisibleFrom_m2 as number;
  if (tradeTax) out.tradeTax = tradeTax;
  return out;
}

/**
 * Checks a parsed plots.geojson and returns its plots. Throws a PlanDataError with a German
 * message naming the plot and the field; nothing unchecked reaches the UI.
 */
export function parsePlots(json: unknown, source = 'plots.geojson'): PlotFeature[] {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    throw new PlanDataError(bilingual('data.plotsNotCollection', { source }), source);
  const seen = new Set<string>();
  return json.features.map((f: unknown, i: number) => {
    const where = bilingual('data.plot', { source, n: i + 1 });
    if (!isObject(f) || f.type !== 'Feature')
      throw new PlanDataError(bilingual('data.plotNotFeature', { where }), source);
    if (!isPlotGeometry(f.geometry))
      throw new PlanDataError(bilingual('data.plotGeometry', { where }), source);
    const props = readPlotProperties(f.properties);
    const id = isObject(f.properties) && isText(f.properties.id) ? f.properties.id : null;
    if (typeof props === 'string')
      throw new PlanDataError(bilingual('data.plotField', { where, field: props }), source, id);
    if (seen.has(props.id))
      throw new PlanDataError(
        bilingual('data.plotDuplicate', { where, id: props.id }),
        source,
        props.id
      );
    seen.add(props.id);
    return { type: 'Feature', geometry: f.geometry, properties: props };
  });
}
