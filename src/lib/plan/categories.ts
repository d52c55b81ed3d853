/**
 * The one table of land-use categories. Legend, map style, Flächenbilanz and the XPlanGML
 * importer all read it; adding a category is one entry here.
 *
 * Colours follow the PlanZV convention as published in the xplanbox "vollflächig" style;
 * industry gets its own darker grey because no public style tells GE from GI.
 */
export const CATEGORY_CODES = [
  'wohnen',
  'gemischt',
  'gewerbe',
  'industrie',
  'sonder',
  'gemeinbedarf',
  'gruen',
  'wald',
  'landwirtschaft',
  'wasser',
  'verkehr',
  'versorgung',
  'sonstige'
] as const;

export type CategoryCode = (typeof CATEGORY_CODES)[number];

export const GROUP_CODES = [
  'wohnen',
  'gewerbe',
  'industrie',
  'gemischt_sonder',
  'freiraum',
  'infrastruktur',
  'sonstige'
] as const;

export type GroupCode = (typeof GROUP_CODES)[number];

export interface Label {
  de: string;
  en: string;
}

export interface Category {
  code: CategoryCode;
  group: GroupCode;
  /** Plan symbol letter(s) as printed on German plans (PlanZV), e.g. "W", "GE". */
  symbol: string;
  label: Label;
  /** What the category means in XPlanung terms (class and code list value). */
  xplan: Label;
  /**
   * Which XPlanung area features fall into it: by class, or for FP_BebauungsFlaeche by
   * besondereArtDerBaulNutzung (checked first) or allgArtDerBaulNutzung. The importer reads this.
   */
  xplanMatch: {
    classes?: readonly string[];
    besondereArt?: readonly string[];
    allgArt?: readonly string[];
  };
  /** Fill colour on the map and in the chart. */
  color: string;
  /** Outline colour, darker than the fill so neighbouring areas stay apart. */
  outline: string;
}

export interface Group {
  code: GroupCode;
  label: Label;
}

// One entry per category with the same fields: a table, so its entries repeat in shape.
export const CATEGORIES: readonly Category[] = [
  {
    code: 'wohnen',
    group: 'wohnen',
    symbol: 'W',
    label: { de: 'Wohnbaufläche', en: 'Residential area' },
    xplan: {
      de: 'FP_BebauungsFlaeche, allgemeine Art der baulichen Nutzung 1000 „Wohnbaufläche“ (W) bzw. besondere Art 1000–1300 (WS, WR, WA, WB)',
      en: 'FP_BebauungsFlaeche, general type of building use 1000 "residential" (W) or special type 1000–1300 (WS, WR, WA, WB)'
    },
    xplanMatch: { allgArt: ['1000'], besondereArt: ['1000', '1100', '1200', '1300'] },
    color: '#CF9377',
    outline: '#9E6248'
  },
  {
    code: 'gemischt',
    group: 'gemischt_sonder',
    symbol: 'M',
    label: { de: 'Gemischte Baufläche', en: 'Mixed-use area' },
    xplan: {
      de: 'FP_BebauungsFlaeche, allgemeine Art der baulichen Nutzung 2000 „Gemischte Baufläche“ (M) bzw. besondere Art 1400–1600 (MD, MDW, MI, MU, MK)',
      en: 'FP_BebauungsFlaeche, general type of building use 2000 "mixed use" (M) or special type 1400–1600 (MD, MDW, MI, MU, MK)'
    },
    xplanMatch: { allgArt: ['2000'], besondereArt: ['1400', '1450', '1500', '1550', '1600'] },
    color: '#D5A744',
    outline: '#9C7620'
  },
  {
    code: 'gewerbe',
    group: 'gewerbe',
    symbol: 'GE',
    label: { de: 'Gewerbliche Baufläche', en: 'Commercial area' },
    xplan: {
      de: 'FP_BebauungsFlaeche, allgemeine Art 3000 „Gewerbliche Baufläche“ (G) bzw. besondere Art 1700 „Gewerbegebiet“ (GE)',
      en: 'FP_BebauungsFlaeche, general type 3000 "commercial" (G) or special type 1700 "commercial zone" (GE)'
    },
    xplanMatch: { allgArt: ['3000'], besondereArt: ['1700'] },
    color: '#A6A596',
    outline: '#6F6E62'
  },
  {
    code: 'industrie',
    group: 'industrie',
    symbol: 'GI',
    label: { de: 'Industriegebiet', en: 'Industrial area' },
    xplan: {
      de: 'FP_BebauungsFlaeche, besondere Art der baulichen Nutzung 1800 „Industriegebiet“ (GI)',
      en: 'FP_BebauungsFlaeche, special type of building use 1800 "industrial zone" (GI)'
    },
    xplanMatch: { besondereArt: ['1800'] },
    color: '#6B6A5F',
    outline: '#3E3D36'
  },
  {
    code: 'sonder',
    group: 'gemischt_sonder',
    symbol: 'S',
    label: { de: 'Sonderbaufläche', en: 'Special-use area' },
    xplan: {
      de: 'FP_BebauungsFlaeche, allgemeine Art der baulichen Nutzung 4000 „Sonderbaufläche“ (S) bzw. besondere Art 2000/2100 (SO)',
      en: 'FP_BebauungsFlaeche, general type of building use 4000 "special use" (S) or special type 2000/2100 (SO)'
    },
    xplanMatch: { allgArt: ['4000'], besondereArt: ['2000', '2100'] },
    color: '#FE7F26',
    outline: '#B45409'
  },
  {
    code: 'gemeinbedarf',
    group: 'gemischt_sonder',
    symbol: 'GB',
    label: { de: 'Fläche für den Gemeinbedarf', en: 'Community facilities' },
    xplan: {
      de: 'FP_Gemeinbedarf (auch FP_SpielSportanlage)',
      en: 'FP_Gemeinbedarf (also FP_SpielSportanlage)'
    },
    xplanMatch: { classes: ['FP_Gemeinbedarf', 'FP_SpielSportanlage'] },
    color: '#E94EA5',
    outline: '#A8196A'
  },
  {
    code: 'gruen',
    group: 'freiraum',
    symbol: 'Grün',
    label: { de: 'Grünfläche', en: 'Green space' },
    xplan: { de: 'FP_Gruen', en: 'FP_Gruen' },
    xplanMatch: { classes: ['FP_Gruen'] },
    color: '#80E41B',
    outline: '#4E9A08'
  },
  {
    code: 'wald',
    group: 'freiraum',
    symbol: 'Wald',
    label: { de: 'Fläche für Wald', en: 'Forest' },
    xplan: { de: 'FP_WaldFlaeche', en: 'FP_WaldFlaeche' },
    xplanMatch: { classes: ['FP_WaldFlaeche'] },
    color: '#34AB8F',
    outline: '#1C6E5A'
  },
  {
    code: 'landwirtschaft',
    group: 'freiraum',
    symbol: 'LW',
    label: { de: 'Fläche für die Landwirtschaft', en: 'Farmland' },
    xplan: {
      de: 'FP_Landwirtschaft (XPlanGML 5.x auch FP_LandwirtschaftsFlaeche)',
      en: 'FP_Landwirtschaft (XPlanGML 5.x also FP_LandwirtschaftsFlaeche)'
    },
    xplanMatch: { classes: ['FP_Landwirtschaft', 'FP_LandwirtschaftsFlaeche'] },
    color: '#CCE968',
    outline: '#8BA82A'
  },
  {
    code: 'wasser',
    group: 'freiraum',
    symbol: 'Wasser',
    label: { de: 'Wasserfläche', en: 'Water' },
    xplan: {
      de: 'FP_Gewaesser (XPlanGML 6.0: SO_Gewaesser)',
      en: 'FP_Gewaesser (XPlanGML 6.0: SO_Gewaesser)'
    },
    xplanMatch: { classes: ['FP_Gewaesser', 'SO_Gewaesser'] },
    color: '#75C7FF',
    outline: '#2A8BCB'
  },
  {
    code: 'verkehr',
    group: 'infrastruktur',
    symbol: 'V',
    label: { de: 'Verkehrsfläche', en: 'Transport area' },
    xplan: {
      de: 'FP_Strassenverkehr (XPlanGML 6.0: SO_Strassenverkehr; übernommen: SO_Strassenverkehrsrecht, SO_Schienenverkehrsrecht)',
      en: 'FP_Strassenverkehr (XPlanGML 6.0: SO_Strassenverkehr; adopted: SO_Strassenverkehrsrecht, SO_Schienenverkehrsrecht)'
    },
    xplanMatch: {
      classes: [
        'FP_Strassenverkehr',
        'SO_Strassenverkehr',
        'SO_Strassenverkehrsrecht',
        'SO_Schienenverkehrsrecht'
      ]
    },
    color: '#FDDF1B',
    outline: '#B39C00'
  },
  {
    code: 'versorgung',
    group: 'infrastruktur',
    symbol: 'VE',
    label: { de: 'Fläche für Ver- und Entsorgung', en: 'Utilities' },
    xplan: { de: 'FP_VerEntsorgung', en: 'FP_VerEntsorgung' },
    xplanMatch: { classes: ['FP_VerEntsorgung'] },
    color: '#FFEC99',
    outline: '#B8A24A'
  },
  {
    code: 'sonstige',
    group: 'sonstige',
    symbol: '–',
    label: { de: 'Sonstige Darstellung', en: 'Other designation' },
    xplan: {
      de: 'Andere XPlanung-Klasse (Name in „xplanClass“), ohne eigene Kategorie',
      en: 'Another XPlanung class (name in "xplanClass") without a category of its own'
    },
    xplanMatch: {},
    color: '#D9D9D9',
    outline: '#8C8C8C'
  }
];

export const GROUPS: readonly Group[] = [
  { code: 'wohnen', label: { de: 'Wohnen', en: 'Housing' } },
  { code: 'gewerbe', label: { de: 'Gewerbe', en: 'Commerce' } },
  { code: 'industrie', label: { de: 'Industrie', en: 'Industry' } },
  {
    code: 'gemischt_sonder',
    label: {
      de: 'Gemischte, Sonder- und Gemeinbedarfsflächen',
      en: 'Mixed, special-use and community areas'
    }
  },
  { code: 'freiraum', label: { de: 'Freiraum', en: 'Open space' } },
  { code: 'infrastruktur', label: { de: 'Verkehr und Versorgung', en: 'Transport and utilities' } },
  { code: 'sonstige', label: { de: 'Sonstige Darstellungen', en: 'Other designations' } }
];

const byCode = new Map<string, Category>(CATEGORIES.map((c) => [c.code, c]));

export function isCategoryCode(value: unknown): value is CategoryCode {
  return typeof value === 'string' && byCode.has(value);
}

/** The category for a code; throws for a code not in the table (a programming error). */
export function category(code: CategoryCode): Category {
  const found = byCode.get(code);
  if (!found) throw new Error(`Unknown category code: ${code}`);
  return found;
}

export function categoriesInGroup(group: GroupCode): Category[] {
  return CATEGORIES.filter((c) => c.group === group);
}
