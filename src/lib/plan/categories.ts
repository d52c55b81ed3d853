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
  'ws',
  'wr',
  'wa',
  'wb',
  'md',
  'mdw',
  'mi',
  'mu',
  'mk',
  'ge',
  'gi',
  'so',
  'ueberbaubar',
  'naturschutz',
  'wasserschutz',
  'denkmal',
  'rohstoff',
  'baugrenze',
  'baulinie',
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
    /** For BP_BaugebietsTeilFlaeche (Bebauungsplan): its besondereArtDerBaulNutzung (Baugebiet). */
    baugebiet?: readonly string[];
  };
  /**
   * Areas of its classes are overlays (not in the Flächenschluss) unless their
   * `flaechenschluss` attribute says otherwise: protected areas, überbaubare Grundstücksfläche.
   */
  overlay?: true;
  /** Lines, not areas (Baugrenze, Baulinie): drawn as PlanZV lines in `color`, never filled. */
  line?: true;
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
      de: 'FP_BebauungsFlaeche, allgemeine Art der baulichen Nutzung 1000 „Wohnbaufläche“ (W) bzw. besondere Art 1000–1300 (WS, WR, WA, WB); BP_BaugebietsTeilFlaeche nur mit allgemeiner Art 1000; Regionalplan: RP_WohnenSiedlung',
      en: 'FP_BebauungsFlaeche, general type of building use 1000 "residential" (W) or special type 1000–1300 (WS, WR, WA, WB); BP_BaugebietsTeilFlaeche with general type 1000 only; regional plan: RP_WohnenSiedlung'
    },
    xplanMatch: {
      allgArt: ['1000'],
      besondereArt: ['1000', '1100', '1200', '1300'],
      classes: ['RP_WohnenSiedlung']
    },
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
      de: 'FP_BebauungsFlaeche, allgemeine Art 3000 „Gewerbliche Baufläche“ (G) bzw. besondere Art 1700 „Gewerbegebiet“ (GE); Regionalplan: RP_IndustrieGewerbe',
      en: 'FP_BebauungsFlaeche, general type 3000 "commercial" (G) or special type 1700 "commercial zone" (GE); regional plan: RP_IndustrieGewerbe'
    },
    xplanMatch: { allgArt: ['3000'], besondereArt: ['1700'], classes: ['RP_IndustrieGewerbe'] },
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
      de: 'FP_Gemeinbedarf (auch FP_SpielSportanlage); Bebauungsplan: BP_GemeinbedarfsFlaeche, BP_SpielSportanlagenFlaeche; Regionalplan: RP_SozialeInfrastruktur',
      en: 'FP_Gemeinbedarf (also FP_SpielSportanlage); development plan: BP_GemeinbedarfsFlaeche, BP_SpielSportanlagenFlaeche; regional plan: RP_SozialeInfrastruktur'
    },
    xplanMatch: {
      classes: [
        'FP_Gemeinbedarf',
        'FP_SpielSportanlage',
        'BP_GemeinbedarfsFlaeche',
        'BP_SpielSportanlagenFlaeche',
        'RP_SozialeInfrastruktur'
      ]
    },
    color: '#E94EA5',
    outline: '#A8196A'
  },
  {
    code: 'gruen',
    group: 'freiraum',
    symbol: 'Grün',
    label: { de: 'Grünfläche', en: 'Green space' },
    xplan: {
      de: 'FP_Gruen; Bebauungsplan: BP_GruenFlaeche',
      en: 'FP_Gruen; development plan: BP_GruenFlaeche'
    },
    xplanMatch: { classes: ['FP_Gruen', 'BP_GruenFlaeche'] },
    color: '#80E41B',
    outline: '#4E9A08'
  },
  {
    code: 'wald',
    group: 'freiraum',
    symbol: 'Wald',
    label: { de: 'Fläche für Wald', en: 'Forest' },
    xplan: {
      de: 'FP_WaldFlaeche; Bebauungsplan: BP_WaldFlaeche; Regionalplan: RP_Forstwirtschaft',
      en: 'FP_WaldFlaeche; development plan: BP_WaldFlaeche; regional plan: RP_Forstwirtschaft'
    },
    xplanMatch: { classes: ['FP_WaldFlaeche', 'BP_WaldFlaeche', 'RP_Forstwirtschaft'] },
    color: '#34AB8F',
    outline: '#1C6E5A'
  },
  {
    code: 'landwirtschaft',
    group: 'freiraum',
    symbol: 'LW',
    label: { de: 'Fläche für die Landwirtschaft', en: 'Farmland' },
    xplan: {
      de: 'FP_Landwirtschaft (XPlanGML 4.x: FP_LandwirtschaftsFlaeche); Bebauungsplan: BP_LandwirtschaftsFlaeche; Regionalplan: RP_Landwirtschaft',
      en: 'FP_Landwirtschaft (XPlanGML 4.x: FP_LandwirtschaftsFlaeche); development plan: BP_LandwirtschaftsFlaeche; regional plan: RP_Landwirtschaft'
    },
    xplanMatch: {
      classes: [
        'FP_Landwirtschaft',
        'FP_LandwirtschaftsFlaeche',
        'BP_LandwirtschaftsFlaeche',
        'RP_Landwirtschaft'
      ]
    },
    color: '#CCE968',
    outline: '#8BA82A'
  },
  {
    code: 'wasser',
    group: 'freiraum',
    symbol: 'Wasser',
    label: { de: 'Wasserfläche', en: 'Water' },
    xplan: {
      de: 'FP_Gewaesser (XPlanGML 6.0: SO_Gewaesser); Bebauungsplan: BP_GewaesserFlaeche; Regionalplan: RP_Gewaesser',
      en: 'FP_Gewaesser (XPlanGML 6.0: SO_Gewaesser); development plan: BP_GewaesserFlaeche; regional plan: RP_Gewaesser'
    },
    xplanMatch: {
      classes: ['FP_Gewaesser', 'SO_Gewaesser', 'BP_GewaesserFlaeche', 'RP_Gewaesser']
    },
    color: '#75C7FF',
    outline: '#2A8BCB'
  },
  {
    code: 'verkehr',
    group: 'infrastruktur',
    symbol: 'V',
    label: { de: 'Verkehrsfläche', en: 'Transport area' },
    xplan: {
      de: 'FP_Strassenverkehr (XPlanGML 6.0: SO_Strassenverkehr; übernommen: SO_Strassenverkehrsrecht, SO_Schienenverkehrsrecht); Bebauungsplan: BP_StrassenVerkehrsFlaeche, BP_VerkehrsflaecheBesondererZweckbestimmung; Regionalplan: RP_Strassenverkehr, RP_Schienenverkehr, RP_Verkehr, RP_Luftverkehr, RP_Wasserverkehr',
      en: 'FP_Strassenverkehr (XPlanGML 6.0: SO_Strassenverkehr; adopted: SO_Strassenverkehrsrecht, SO_Schienenverkehrsrecht); development plan: BP_StrassenVerkehrsFlaeche, BP_VerkehrsflaecheBesondererZweckbestimmung; regional plan: RP_Strassenverkehr, RP_Schienenverkehr, RP_Verkehr, RP_Luftverkehr, RP_Wasserverkehr'
    },
    xplanMatch: {
      classes: [
        'FP_Strassenverkehr',
        'SO_Strassenverkehr',
        'SO_Strassenverkehrsrecht',
        'SO_Schienenverkehrsrecht',
        'BP_StrassenVerkehrsFlaeche',
        'BP_VerkehrsflaecheBesondererZweckbestimmung',
        'RP_Strassenverkehr',
        'RP_Schienenverkehr',
        'RP_Verkehr',
        'RP_Luftverkehr',
        'RP_Wasserverkehr'
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
    xplan: {
      de: 'FP_VerEntsorgung; Bebauungsplan: BP_VerEntsorgung; Regionalplan: RP_Energieversorgung, RP_Entsorgung',
      en: 'FP_VerEntsorgung; development plan: BP_VerEntsorgung; regional plan: RP_Energieversorgung, RP_Entsorgung'
    },
    xplanMatch: {
      classes: ['FP_VerEntsorgung', 'BP_VerEntsorgung', 'RP_Energieversorgung', 'RP_Entsorgung']
    },
    color: '#FFEC99',
    outline: '#B8A24A'
  },
  {
    code: 'ws',
    group: 'wohnen',
    symbol: 'WS',
    label: { de: 'Kleinsiedlungsgebiet', en: 'Small-holding settlement area' },
    xplan: {
      de: 'BP_BaugebietsTeilFlaeche, besondere Art der baulichen Nutzung 1000 (WS)',
      en: 'BP_BaugebietsTeilFlaeche, special type of building use 1000 (WS)'
    },
    xplanMatch: { baugebiet: ['1000'] },
    color: '#E6BFAA',
    outline: '#A8775C'
  },
  {
    code: 'wr',
    group: 'wohnen',
    symbol: 'WR',
    label: { de: 'Reines Wohngebiet', en: 'Purely residential area' },
    xplan: {
      de: 'BP_BaugebietsTeilFlaeche, besondere Art der baulichen Nutzung 1100 (WR)',
      en: 'BP_BaugebietsTeilFlaeche, special type of building use 1100 (WR)'
    },
    xplanMatch: { baugebiet: ['1100'] },
    color: '#C9775A',
    outline: '#8E4730'
  },
  {
    code: 'wa',
    group: 'wohnen',
    symbol: 'WA',
    label: { de: 'Allgemeines Wohngebiet', en: 'General residential area' },
    xplan: {
      de: 'BP_BaugebietsTeilFlaeche, besondere Art der baulichen Nutzung 1200 (WA)',
      en: 'BP_BaugebietsTeilFlaeche, special type of building use 1200 (WA)'
    },
    xplanMatch: { baugebiet: ['1200'] },
    color: '#DB8C70',
    outline: '#9E553A'
  },
  {
    code: 'wb',
    group: 'wohnen',
    symbol: 'WB',
    label: { de: 'Besonderes Wohngebiet', en: 'Special residential area' },
    xplan: {
      de: 'BP_BaugebietsTeilFlaeche, besondere Art der baulichen Nutzung 1300 (WB)',
      en: 'BP_BaugebietsTeilFlaeche, special type of building use 1300 (WB)'
    },
    xplanMatch: { baugebiet: ['1300'] },
    color: '#B9684F',
    outline: '#7A3D29'
  },
  {
    code: 'md',
    group: 'gemischt_sonder',
    symbol: 'MD',
    label: { de: 'Dorfgebiet', en: 'Village area' },
    xplan: {
      de: 'BP_BaugebietsTeilFlaeche, besondere Art der baulichen Nutzung 1400 (MD)',
      en: 'BP_BaugebietsTeilFlaeche, special type of building use 1400 (MD)'
    },
    xplanMatch: { baugebiet: ['1400'] },
    color: '#DDB868',
    outline: '#9C7A2A'
  },
  {
    code: 'mdw',
    group: 'gemischt_sonder',
    symbol: 'MDW',
    label: { de: 'Dörfliches Wohngebiet', en: 'Village residential area' },
    xplan: {
      de: 'BP_BaugebietsTeilFlaeche, besondere Art der baulichen Nutzung 1450 (MDW)',
      en: 'BP_BaugebietsTeilFlaeche, special type of building use 1450 (MDW)'
    },
    xplanMatch: { baugebiet: ['1450'] },
    color: '#E5C784',
    outline: '#A3873E'
  },
  {
    code: 'mi',
    group: 'gemischt_sonder',
    symbol: 'MI',
    label: { de: 'Mischgebiet', en: 'Mixed area' },
    xplan: {
      de: 'BP_BaugebietsTeilFlaeche, besondere Art der baulichen Nutzung 1500 (MI)',
      en: 'BP_BaugebietsTeilFlaeche, special type of building use 1500 (MI)'
    },
    xplanMatch: { baugebiet: ['1500'] },
    color: '#CC9A35',
    outline: '#8C6412'
  },
  {
    code: 'mu',
    group: 'gemischt_sonder',
    symbol: 'MU',
    label: { de: 'Urbanes Gebiet', en: 'Urban area' },
    xplan: {
      de: 'BP_BaugebietsTeilFlaeche, besondere Art der baulichen Nutzung 1550 (MU)',
      en: 'BP_BaugebietsTeilFlaeche, special type of building use 1550 (MU)'
    },
    xplanMatch: { baugebiet: ['1550'] },
    color: '#BF8A2E',
    outline: '#7F5A10'
  },
  {
    code: 'mk',
    group: 'gemischt_sonder',
    symbol: 'MK',
    label: { de: 'Kerngebiet', en: 'Core area' },
    xplan: {
      de: 'BP_BaugebietsTeilFlaeche, besondere Art der baulichen Nutzung 1600 (MK)',
      en: 'BP_BaugebietsTeilFlaeche, special type of building use 1600 (MK)'
    },
    xplanMatch: { baugebiet: ['1600'] },
    color: '#B07A24',
    outline: '#6E4A0C'
  },
  {
    code: 'ge',
    group: 'gewerbe',
    symbol: 'GE',
    label: { de: 'Gewerbegebiet', en: 'Commercial zone' },
    xplan: {
      de: 'BP_BaugebietsTeilFlaeche, besondere Art der baulichen Nutzung 1700 (GE)',
      en: 'BP_BaugebietsTeilFlaeche, special type of building use 1700 (GE)'
    },
    xplanMatch: { baugebiet: ['1700'] },
    color: '#9A998A',
    outline: '#64635A'
  },
  {
    code: 'gi',
    group: 'industrie',
    symbol: 'GI',
    label: { de: 'Industriegebiet (Bebauungsplan)', en: 'Industrial zone (development plan)' },
    xplan: {
      de: 'BP_BaugebietsTeilFlaeche, besondere Art der baulichen Nutzung 1800 (GI)',
      en: 'BP_BaugebietsTeilFlaeche, special type of building use 1800 (GI)'
    },
    xplanMatch: { baugebiet: ['1800'] },
    color: '#5E5D53',
    outline: '#34332D'
  },
  {
    code: 'so',
    group: 'gemischt_sonder',
    symbol: 'SO',
    label: { de: 'Sondergebiet', en: 'Special-use zone' },
    xplan: {
      de: 'BP_BaugebietsTeilFlaeche, besondere Art der baulichen Nutzung 2000 / 2100 / 3000 / 4000 (SO)',
      en: 'BP_BaugebietsTeilFlaeche, special type of building use 2000 / 2100 / 3000 / 4000 (SO)'
    },
    xplanMatch: { baugebiet: ['2000', '2100', '3000', '4000'] },
    color: '#F58A3C',
    outline: '#A9500F'
  },
  {
    code: 'ueberbaubar',
    group: 'sonstige',
    symbol: 'Bau',
    label: { de: 'Überbaubare Grundstücksfläche', en: 'Buildable plot area' },
    xplan: {
      de: 'Bebauungsplan: BP_UeberbaubareGrundstuecksFlaeche (innerhalb der Baugrenzen und Baulinien)',
      en: 'Development plan: BP_UeberbaubareGrundstuecksFlaeche (inside the building limits and lines)'
    },
    xplanMatch: {
      classes: ['BP_UeberbaubareGrundstuecksFlaeche']
    },
    overlay: true,
    color: '#F4F1EA',
    outline: '#1F5FD1'
  },
  {
    code: 'naturschutz',
    group: 'freiraum',
    symbol: 'N',
    label: { de: 'Schutz von Natur und Landschaft', en: 'Nature and landscape protection' },
    xplan: {
      de: 'SO_SchutzgebietNaturschutzrecht; Landschaftsplan: LP_SchutzBestimmterTeileVonNaturUndLandschaft, LP_BiotopverbundFlaeche; Regionalplan: RP_NaturLandschaft, RP_NaturschutzrechtlichesSchutzgebiet, RP_Gruenzug, RP_Bodenschutz, RP_Klimaschutz, RP_Kulturlandschaft, RP_SonstigerFreiraumschutz',
      en: 'SO_SchutzgebietNaturschutzrecht; landscape plan: LP_SchutzBestimmterTeileVonNaturUndLandschaft, LP_BiotopverbundFlaeche; regional plan: RP_NaturLandschaft, RP_NaturschutzrechtlichesSchutzgebiet, RP_Gruenzug, RP_Bodenschutz, RP_Klimaschutz, RP_Kulturlandschaft, RP_SonstigerFreiraumschutz'
    },
    xplanMatch: {
      classes: [
        'SO_SchutzgebietNaturschutzrecht',
        'LP_SchutzBestimmterTeileVonNaturUndLandschaft',
        'LP_BiotopverbundFlaeche',
        'RP_NaturLandschaft',
        'RP_NaturschutzrechtlichesSchutzgebiet',
        'RP_Gruenzug',
        'RP_Bodenschutz',
        'RP_Klimaschutz',
        'RP_Kulturlandschaft',
        'RP_SonstigerFreiraumschutz'
      ]
    },
    overlay: true,
    color: '#3E9A5A',
    outline: '#1F6234'
  },
  {
    code: 'wasserschutz',
    group: 'freiraum',
    symbol: 'WSG',
    label: { de: 'Wasserschutz und Hochwasserschutz', en: 'Water and flood protection' },
    xplan: {
      de: 'SO_SchutzgebietWasserrecht, SO_Wasserrecht; Landschaftsplan: LP_WasserrechtSchutzgebiet; Regionalplan: RP_Wasserschutz, RP_Hochwasserschutz',
      en: 'SO_SchutzgebietWasserrecht, SO_Wasserrecht; landscape plan: LP_WasserrechtSchutzgebiet; regional plan: RP_Wasserschutz, RP_Hochwasserschutz'
    },
    xplanMatch: {
      classes: [
        'SO_SchutzgebietWasserrecht',
        'SO_Wasserrecht',
        'LP_WasserrechtSchutzgebiet',
        'RP_Wasserschutz',
        'RP_Hochwasserschutz'
      ]
    },
    overlay: true,
    color: '#4C8FCF',
    outline: '#1F5A91'
  },
  {
    code: 'denkmal',
    group: 'sonstige',
    symbol: 'D',
    label: { de: 'Denkmalschutz', en: 'Monument protection' },
    xplan: {
      de: 'SO_Denkmalschutzrecht; Landschaftsplan: LP_Denkmalschutzrecht',
      en: 'SO_Denkmalschutzrecht; landscape plan: LP_Denkmalschutzrecht'
    },
    xplanMatch: {
      classes: ['SO_Denkmalschutzrecht', 'LP_Denkmalschutzrecht']
    },
    overlay: true,
    color: '#A0522D',
    outline: '#63301A'
  },
  {
    code: 'rohstoff',
    group: 'sonstige',
    symbol: 'R',
    label: { de: 'Rohstoffsicherung', en: 'Mineral resources' },
    xplan: {
      de: 'Regionalplan: RP_Rohstoff (Vorrang- und Vorbehaltsgebiete für Rohstoffe)',
      en: 'Regional plan: RP_Rohstoff (priority and reserve areas for minerals)'
    },
    xplanMatch: {
      classes: ['RP_Rohstoff']
    },
    overlay: true,
    color: '#B08A64',
    outline: '#6E5234'
  },
  {
    code: 'baugrenze',
    group: 'sonstige',
    symbol: 'BG',
    label: { de: 'Baugrenze', en: 'Building limit' },
    xplan: {
      de: 'Bebauungsplan: BP_BauGrenze (Linie; Gebäude dürfen sie nicht überschreiten)',
      en: 'Development plan: BP_BauGrenze (line; buildings must not cross it)'
    },
    xplanMatch: {
      classes: ['BP_BauGrenze']
    },
    line: true,
    color: '#1F5FD1',
    outline: '#123C87'
  },
  {
    code: 'baulinie',
    group: 'sonstige',
    symbol: 'BL',
    label: { de: 'Baulinie', en: 'Building line' },
    xplan: {
      de: 'Bebauungsplan: BP_BauLinie (Linie; auf ihr muss gebaut werden)',
      en: 'Development plan: BP_BauLinie (line; buildings must be built on it)'
    },
    xplanMatch: {
      classes: ['BP_BauLinie']
    },
    line: true,
    color: '#D11F1F',
    outline: '#8A1010'
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
