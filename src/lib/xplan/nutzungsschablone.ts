/**
 * What a Bebauungsplan fixes for an area, as a planner prints it (the Nutzungsschablone of
 * PlanZV Nr. 15.14: Art der Nutzung | Vollgeschosse / GRZ | GFZ / Bauweise | Dach) and as a
 * resident reads it, in plain words („höchstens 3 Vollgeschosse; 40 % des Grundstücks dürfen
 * überbaut werden“). Pure functions over BauFestsetzungen (plan/types.ts).
 */
import { category, type CategoryCode } from '../plan/categories';
import type { BauFestsetzungen, Hoehenangabe, PlanProperties } from '../plan/types';
import { formatNumber, type Locale } from '../i18n/format';

/** A number with as many decimals as it has (at least `min`, at most 2): "0,4", "1.200". */
function num(v: number, lang: Locale, min = 0): string {
  const hundredths = Math.round(v * 100);
  const decimals = hundredths % 100 === 0 ? 0 : hundredths % 10 === 0 ? 1 : 2;
  return formatNumber(v, lang, Math.max(min, decimals));
}

/** A Maßzahl (GRZ, GFZ) as the Nutzungsschablone prints it, with one decimal at least: "1,0". */
const ratio = (v: number, lang: Locale) => num(v, lang, 1);

/** 3 → "III" (Zahl der Vollgeschosse in the Nutzungsschablone). */
export function roman(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I']
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table)
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  return out;
}

/** Bauweise code → [Schablone letter, German, English]. */
const BAUWEISE: Record<string, [string, string, string]> = {
  '1000': [
    'o',
    'offene Bauweise: Gebäude mit Abstand zur seitlichen Grundstücksgrenze, höchstens 50 m lang',
    'open building style: buildings keep a distance to the side boundaries, at most 50 m long'
  ],
  '2000': [
    'g',
    'geschlossene Bauweise: Gebäude ohne Abstand zur seitlichen Grundstücksgrenze',
    'closed building style: buildings without distance to the side boundaries'
  ],
  '3000': [
    'a',
    'abweichende Bauweise (im Text des Plans geregelt)',
    'deviating building style (set out in the text of the plan)'
  ]
};

/** bebauungsArt code → [Schablone sign, German, English]. */
const BEBAUUNGSART: Record<string, [string, string, string]> = {
  '1000': ['E', 'nur Einzelhäuser', 'detached houses only'],
  '2000': ['D', 'nur Doppelhäuser', 'semi-detached houses only'],
  '3000': ['H', 'nur Hausgruppen', 'terraced groups only'],
  '4000': ['ED', 'nur Einzel- und Doppelhäuser', 'detached and semi-detached houses only'],
  '5000': ['EH', 'nur Einzelhäuser und Hausgruppen', 'detached houses and terraced groups only'],
  '6000': [
    'DH',
    'nur Doppelhäuser und Hausgruppen',
    'semi-detached houses and terraced groups only'
  ],
  '7000': ['R', 'nur Reihenhäuser', 'row houses only']
};

/** dachform code → [Schablone abbreviation, German, English]. */
const DACHFORM: Record<string, [string, string, string]> = {
  '1000': ['FD', 'Flachdach', 'flat roof'],
  '2100': ['PD', 'Pultdach', 'mono-pitch roof'],
  '2200': ['VPD', 'versetztes Pultdach', 'offset mono-pitch roof'],
  '3000': ['GD', 'geneigtes Dach', 'pitched roof'],
  '3100': ['SD', 'Satteldach', 'gable roof'],
  '3200': ['WD', 'Walmdach', 'hip roof'],
  '3300': ['KWD', 'Krüppelwalmdach', 'half-hip roof'],
  '3400': ['MD', 'Mansarddach', 'mansard roof'],
  '3500': ['ZD', 'Zeltdach', 'pyramid roof'],
  '3600': ['KeD', 'Kegeldach', 'conical roof'],
  '3700': ['KuD', 'Kuppeldach', 'dome roof'],
  '3800': ['ShD', 'Sheddach', 'saw-tooth roof'],
  '3900': ['BD', 'Bogendach', 'arched roof'],
  '4000': ['TuD', 'Turmdach', 'spire roof'],
  '4100': ['TD', 'Tonnendach', 'barrel roof'],
  '5000': ['Mi', 'Mischform', 'mixed roof forms']
};

/** bezugspunkt code → [abbreviation, German, English]. */
const BEZUGSPUNKT: Record<string, [string, string, string]> = {
  '1000': ['TH', 'Traufhöhe', 'eaves height'],
  '2000': ['FH', 'Firsthöhe', 'ridge height'],
  '3000': ['OK', 'Oberkante', 'top edge'],
  '3500': ['LH', 'lichte Höhe', 'clear height'],
  '4000': ['SH', 'Sockelhöhe', 'plinth height'],
  '4500': ['EFH', 'Erdgeschoss-Fußbodenhöhe', 'ground-floor level'],
  '5000': ['HBA', 'Höhe baulicher Anlagen', 'height of structures'],
  '5500': ['UK', 'Unterkante', 'bottom edge'],
  '6000': ['GBH', 'Gebäudehöhe', 'building height'],
  '6500': ['WH', 'Wandhöhe', 'wall height']
};

/** hoehenbezug code → [German, English]. */
const HOEHENBEZUG: Record<string, [string, string]> = {
  '1000': ['über Normalhöhennull (NHN)', 'above sea level (NHN)'],
  '1100': ['über Normalnull (NN)', 'above sea level (NN)'],
  '1200': ['über DHHN', 'above DHHN'],
  '2000': ['über der Geländeoberfläche', 'above ground'],
  '2500': ['über der Gehweg-Oberkante', 'above the pavement'],
  '3000': ['über der Bezugshöhe des Plans', "above the plan's reference height"],
  '3500': ['über der Straße', 'above the street']
};

const L = (lang: Locale) => (lang === 'de' ? 1 : 2);

function hoeheText(h: Hoehenangabe, lang: Locale): string {
  const what = h.punkt ? BEZUGSPUNKT[h.punkt] : undefined;
  const name = what ? what[L(lang)] : lang === 'de' ? 'Höhe' : 'height';
  const subject = name.charAt(0).toUpperCase() + name.slice(1);
  const bezug = h.bezug ? HOEHENBEZUG[h.bezug] : undefined;
  const ref = bezug ? ` ${bezug[lang === 'de' ? 0 : 1]}` : '';
  const m = (v: number) => `${num(v, lang)} m`;
  if (h.hZwingend !== undefined)
    return lang === 'de'
      ? `${subject} genau ${m(h.hZwingend)}${ref}`
      : `${subject} exactly ${m(h.hZwingend)}${ref}`;
  if (h.hMin !== undefined && h.hMax !== undefined)
    return lang === 'de'
      ? `${subject} ${m(h.hMin)} bis ${m(h.hMax)}${ref}`
      : `${subject} ${m(h.hMin)} to ${m(h.hMax)}${ref}`;
  if (h.hMin !== undefined)
    return lang === 'de'
      ? `${subject} mindestens ${m(h.hMin)}${ref}`
      : `${subject} at least ${m(h.hMin)}${ref}`;
  const max = h.hMax ?? h.h;
  if (max === undefined) return subject;
  return lang === 'de'
    ? `${subject} höchstens ${m(max)}${ref}`
    : `${subject} at most ${m(max)}${ref}`;
}

function geschosse(n: number, lang: Locale): string {
  return lang === 'de'
    ? `${n} ${n === 1 ? 'Vollgeschoss' : 'Vollgeschosse'}`
    : `${n} full ${n === 1 ? 'storey' : 'storeys'}`;
}

/**
 * Each fixed value in plain words, in the order of the Nutzungsschablone: storeys, coverage,
 * floor area, sizes, building style, houses, roof, dwellings, heights.
 */
export function bauPhrases(bau: BauFestsetzungen, lang: Locale): string[] {
  const de = lang === 'de';
  const out: string[] = [];
  const pct = (v: number) => (de ? `${num(v * 100, lang)}\u00a0%` : `${num(v * 100, lang)}%`);
  if (bau.Zzwingend !== undefined)
    out.push(
      de ? `genau ${geschosse(bau.Zzwingend, lang)}` : `exactly ${geschosse(bau.Zzwingend, lang)}`
    );
  else if (bau.Zmin !== undefined && bau.Zmax !== undefined)
    out.push(
      de
        ? `${bau.Zmin} bis ${geschosse(bau.Zmax, lang)}`
        : `${bau.Zmin} to ${geschosse(bau.Zmax, lang)}`
    );
  else if (bau.Zmin !== undefined)
    out.push(
      de ? `mindestens ${geschosse(bau.Zmin, lang)}` : `at least ${geschosse(bau.Zmin, lang)}`
    );
  else if ((bau.Z ?? bau.Zmax) !== undefined) {
    const z = (bau.Z ?? bau.Zmax) as number;
    out.push(de ? `höchstens ${geschosse(z, lang)}` : `at most ${geschosse(z, lang)}`);
  }
  if (bau.ZU !== undefined)
    out.push(
      de
        ? `höchstens ${bau.ZU} ${bau.ZU === 1 ? 'Geschoss' : 'Geschosse'} unter der Erde`
        : `at most ${bau.ZU} ${bau.ZU === 1 ? 'storey' : 'storeys'} below ground`
    );
  const grz = bau.GRZ ?? bau.GRZmax;
  if (bau.GRZmin !== undefined && bau.GRZmax !== undefined)
    out.push(
      de
        ? `${pct(bau.GRZmin)} bis ${pct(bau.GRZmax)} des Grundstücks dürfen überbaut werden`
        : `${pct(bau.GRZmin)} to ${pct(bau.GRZmax)} of the plot may be built on`
    );
  else if (grz !== undefined)
    out.push(
      de
        ? `${pct(grz)} des Grundstücks dürfen überbaut werden`
        : `${pct(grz)} of the plot may be built on`
    );
  const gfz = bau.GFZ ?? bau.GFZmax;
  if (gfz !== undefined)
    out.push(
      de
        ? `die Geschossfläche aller Vollgeschosse darf höchstens ${pct(gfz)} der Grundstücksfläche betragen`
        : `the floor area of all full storeys may be at most ${pct(gfz)} of the plot area`
    );
  if (bau.BMZ !== undefined)
    out.push(
      de
        ? `höchstens ${num(bau.BMZ, lang)} m³ Baumasse je m² Grundstück`
        : `at most ${num(bau.BMZ, lang)} m³ of building volume per m² of plot`
    );
  const gr = bau.GR ?? bau.GRmax;
  if (gr !== undefined)
    out.push(
      de
        ? `höchstens ${num(gr, lang)} m² Grundfläche`
        : `at most ${num(gr, lang)} m² of building footprint`
    );
  const gf = bau.GF ?? bau.GFmax;
  if (gf !== undefined)
    out.push(
      de
        ? `höchstens ${num(gf, lang)} m² Geschossfläche`
        : `at most ${num(gf, lang)} m² of floor area`
    );
  const weise = bau.bauweise ? BAUWEISE[bau.bauweise] : undefined;
  if (weise) out.push(weise[L(lang)]);
  const art = bau.bebauungsArt ? BEBAUUNGSART[bau.bebauungsArt] : undefined;
  if (art) out.push(art[L(lang)]);
  const roofs = (bau.dachform ?? []).map((d) => DACHFORM[d]?.[L(lang)]).filter(Boolean);
  if (roofs.length > 0)
    out.push(`${de ? 'Dachform' : 'roof'}: ${roofs.join(de ? ' oder ' : ' or ')}`);
  if (bau.DNmin !== undefined && bau.DNmax !== undefined)
    out.push(
      de
        ? `Dachneigung ${num(bau.DNmin, lang)}° bis ${num(bau.DNmax, lang)}°`
        : `roof pitch ${num(bau.DNmin, lang)}° to ${num(bau.DNmax, lang)}°`
    );
  else if (bau.DN !== undefined)
    out.push(de ? `Dachneigung ${num(bau.DN, lang)}°` : `roof pitch ${num(bau.DN, lang)}°`);
  if (bau.MaxZahlWohnungen !== undefined)
    out.push(
      de
        ? `höchstens ${bau.MaxZahlWohnungen} ${bau.MaxZahlWohnungen === 1 ? 'Wohnung' : 'Wohnungen'} je Wohngebäude`
        : `at most ${bau.MaxZahlWohnungen} ${bau.MaxZahlWohnungen === 1 ? 'dwelling' : 'dwellings'} per residential building`
    );
  for (const h of bau.hoehen ?? []) out.push(hoeheText(h, lang));
  return out;
}

/** All fixed values as one plain sentence: „höchstens 3 Vollgeschosse; 40 % des Grundstücks dürfen überbaut werden“. */
export function bauSentence(bau: BauFestsetzungen, lang: Locale): string {
  return bauPhrases(bau, lang).join('; ');
}

/**
 * The Nutzungsschablone: three rows of two cells, as printed in the plan (empty cells "").
 * Row 1: Art der Nutzung (the category symbol, e.g. "WA") | Vollgeschosse ("II", "II–III",
 * zwingend "(III)"). Row 2: GRZ ("0,4", or GR "GR 250 m²") | GFZ ("0,8", or GF "GF 1.200 m²").
 * Row 3: Bauweise ("o", "g", "a", with Bebauungsart "o ED") | Dach ("SD 30–45°").
 */
export function nutzungsschablone(
  symbol: string,
  bau: BauFestsetzungen,
  lang: Locale = 'de'
): [string, string][] {
  let z = '';
  if (bau.Zzwingend !== undefined) z = `(${roman(bau.Zzwingend)})`;
  else if (bau.Zmin !== undefined && bau.Zmax !== undefined)
    z = `${roman(bau.Zmin)}–${roman(bau.Zmax)}`;
  else if (bau.Zmin !== undefined) z = `min. ${roman(bau.Zmin)}`;
  else if ((bau.Z ?? bau.Zmax) !== undefined) z = roman((bau.Z ?? bau.Zmax) as number);
  const grz = bau.GRZ ?? bau.GRZmax;
  const gr = bau.GR ?? bau.GRmax;
  const gfz = bau.GFZ ?? bau.GFZmax;
  const gf = bau.GF ?? bau.GFmax;
  const left2 =
    grz !== undefined ? ratio(grz, lang) : gr !== undefined ? `GR ${num(gr, lang)} m²` : '';
  const right2 =
    gfz !== undefined ? ratio(gfz, lang) : gf !== undefined ? `GF ${num(gf, lang)} m²` : '';
  const weise = bau.bauweise ? (BAUWEISE[bau.bauweise]?.[0] ?? '') : '';
  const art = bau.bebauungsArt ? (BEBAUUNGSART[bau.bebauungsArt]?.[0] ?? '') : '';
  const roof = (bau.dachform ?? [])
    .map((d) => DACHFORM[d]?.[0])
    .filter(Boolean)
    .join('/');
  const dn =
    bau.DNmin !== undefined && bau.DNmax !== undefined
      ? `${num(bau.DNmin, lang)}–${num(bau.DNmax, lang)}°`
      : bau.DN !== undefined
        ? `${num(bau.DN, lang)}°`
        : '';
  return [
    [symbol, z],
    [left2, right2],
    [[weise, art].filter(Boolean).join(' '), [roof, dn].filter(Boolean).join(' ')]
  ];
}

/** The Nutzungsschablone as one line of text for a map label: "WA | II / 0,4 | 0,8 / o | SD". */
export function nutzungsschabloneText(
  symbol: string,
  bau: BauFestsetzungen,
  lang: Locale = 'de'
): string {
  return nutzungsschablone(symbol, bau, lang)
    .filter(([a, b]) => a !== '' || b !== '')
    .map(([a, b]) => [a, b].filter((c) => c !== '').join(' | '))
    .join(' / ');
}

/**
 * An area as the map reads it (plan.geojson from the CLI, the GeoJSON the browser hands MapLibre
 * for an opened file): a BPlan area with Maß der baulichen Nutzung carries its Nutzungsschablone
 * as one line of text (`schablone`), printed as in the plan (German), for the map's label layer.
 * One function for both, so CLI and browser write the same features.
 */
export function withSchablone<F extends { properties: PlanProperties }>(
  f: F
): F | (F & { properties: { schablone: string } }) {
  const bau = f.properties.bau;
  if (!bau) return f;
  const text = nutzungsschabloneText(category(f.properties.category).symbol, bau, 'de');
  return text === '' ? f : { ...f, properties: { ...f.properties, schablone: text } };
}
