/**
 * Plain-language texts per category, for residents: what the FNP says there, what is typically
 * built, what it does NOT mean. Keyed by the codes of the one category table (categories.ts;
 * the type makes every code need its texts). Kept apart from that table because only the page
 * shows them: the workers and the importer, which read the table, do not carry them.
 */
import type { CategoryCode } from './categories';
import type { Lang } from '../i18n';

export interface PlainText {
  /** Noun for one area, used after "1 neue …": "Wohnbaufläche". */
  one: string;
  /** Noun for several areas, used after "2 neue …": "Wohnbauflächen". */
  many: string;
  /** What land becomes, used after "wird wieder …": "Landwirtschaft". */
  becomes: string;
  /** What the FNP says here. */
  says: string;
  /** What is typically built or found there. */
  built: string;
  /** What it does not mean. */
  notMeant: string;
}

const NOT_PARCEL_DE =
  'Der Flächennutzungsplan ist nicht grundstücksgenau. Ein Recht zu bauen entsteht erst durch einen Bebauungsplan oder eine Baugenehmigung.';
const NOT_PARCEL_EN =
  'The land-use plan is not exact to the plot. A right to build only comes from a development plan (Bebauungsplan) or a building permit.';

const BPLAN_DE =
  'Der Bebauungsplan ist grundstücksgenau und verbindlich; ob ein bestimmtes Vorhaben zulässig ist, entscheidet trotzdem erst die Baugenehmigung.';
const BPLAN_EN =
  'The development plan is exact to the plot and binding; whether a particular project is allowed is still decided by the building permit.';

/** Texts of a Baugebiet of a Bebauungsplan (BauNVO): what it is for and what comes there. */
function baugebiet(
  de: [one: string, many: string, says: string, built: string],
  en: [one: string, many: string, says: string, built: string]
): Record<Lang, PlainText> {
  return {
    de: { one: de[0], many: de[1], becomes: de[0], says: de[2], built: de[3], notMeant: BPLAN_DE },
    en: { one: en[0], many: en[1], becomes: en[0], says: en[2], built: en[3], notMeant: BPLAN_EN }
  };
}

/** Texts of a protected area or a line: shown over the land use, never a use of its own. */
function overlayText(
  de: [one: string, many: string, says: string, built: string],
  en: [one: string, many: string, says: string, built: string]
): Record<Lang, PlainText> {
  return {
    de: {
      one: de[0],
      many: de[1],
      becomes: de[0],
      says: de[2],
      built: de[3],
      notMeant: 'Es ist keine Nutzung für sich, sondern gilt zusätzlich zu der Nutzung darunter.'
    },
    en: {
      one: en[0],
      many: en[1],
      becomes: en[0],
      says: en[2],
      built: en[3],
      notMeant: 'It is no use of its own but applies on top of the use underneath.'
    }
  };
}

const PLAIN: Record<CategoryCode, Record<Lang, PlainText>> = {
  wohnen: {
    de: {
      one: 'Wohnbaufläche',
      many: 'Wohnbauflächen',
      becomes: 'Wohnbaufläche',
      says: 'Hier soll vor allem gewohnt werden.',
      built:
        'Typisch sind Einfamilien-, Doppel- und Mehrfamilienhäuser, dazu zum Beispiel eine Kita oder ein kleiner Laden.',
      notMeant: `Es heißt nicht, dass dort bald gebaut wird. ${NOT_PARCEL_DE}`
    },
    en: {
      one: 'residential area',
      many: 'residential areas',
      becomes: 'housing',
      says: 'This land is meant mainly for housing.',
      built:
        'Typically detached, semi-detached and apartment houses, plus for example a day-care centre or a small shop.',
      notMeant: `It does not mean that building will start soon. ${NOT_PARCEL_EN}`
    }
  },
  gemischt: {
    de: {
      one: 'gemischte Baufläche',
      many: 'gemischte Bauflächen',
      becomes: 'gemischte Baufläche',
      says: 'Hier sollen Wohnen und Arbeiten nebeneinander Platz haben.',
      built:
        'Typisch sind Wohnhäuser, Geschäfte, Büros, Praxen, Gaststätten und Handwerksbetriebe, die die Nachbarn nicht wesentlich stören.',
      notMeant: `Es heißt nicht, dass jede Art von Betrieb erlaubt ist. ${NOT_PARCEL_DE}`
    },
    en: {
      one: 'mixed-use area',
      many: 'mixed-use areas',
      becomes: 'mixed use',
      says: 'Living and working are meant to share this land.',
      built:
        'Typically homes, shops, offices, surgeries, restaurants and workshops that do not seriously disturb the neighbours.',
      notMeant: `It does not mean that any kind of business is allowed. ${NOT_PARCEL_EN}`
    }
  },
  gewerbe: {
    de: {
      one: 'Gewerbefläche',
      many: 'Gewerbeflächen',
      becomes: 'Gewerbefläche',
      says: 'Hier sollen Betriebe Platz finden.',
      built:
        'Typisch sind Handwerk, Lager, Werkstätten, Büros und Produktion; Wohnungen nur ausnahmsweise.',
      notMeant: `Es heißt nicht, dass stark störende Industrie erlaubt ist. ${NOT_PARCEL_DE}`
    },
    en: {
      one: 'commercial area',
      many: 'commercial areas',
      becomes: 'commercial land',
      says: 'This land is meant for businesses.',
      built:
        'Typically crafts, storage, workshops, offices and production; homes only as an exception.',
      notMeant: `It does not mean that heavily disturbing industry is allowed. ${NOT_PARCEL_EN}`
    }
  },
  industrie: {
    de: {
      one: 'Industriefläche',
      many: 'Industrieflächen',
      becomes: 'Industriefläche',
      says: 'Hier sollen Betriebe Platz finden, die anderswo zu sehr stören würden.',
      built:
        'Typisch sind Fabriken und große Produktionsanlagen, zum Beispiel der Papierindustrie.',
      notMeant: `Es heißt nicht, dass Umweltauflagen dort nicht gelten. ${NOT_PARCEL_DE}`
    },
    en: {
      one: 'industrial area',
      many: 'industrial areas',
      becomes: 'industrial land',
      says: 'This land is meant for businesses that would disturb too much elsewhere.',
      built: 'Typically factories and large plants, for example of the paper industry.',
      notMeant: `It does not mean that environmental rules do not apply. ${NOT_PARCEL_EN}`
    }
  },
  sonder: {
    de: {
      one: 'Sonderbaufläche',
      many: 'Sonderbauflächen',
      becomes: 'Sonderbaufläche',
      says: 'Hier ist eine besondere Nutzung vorgesehen, die in kein anderes Gebiet passt.',
      built: 'Typisch sind großer Einzelhandel, Kliniken, Hochschulen, Forschung oder Solarparks.',
      notMeant: `Welche Nutzung genau, steht in der Plan-Beschreibung; ${NOT_PARCEL_DE}`
    },
    en: {
      one: 'special-use area',
      many: 'special-use areas',
      becomes: 'special use',
      says: 'A special use that fits no other zone is planned here.',
      built: 'Typically large retail, hospitals, universities, research or solar parks.',
      notMeant: `Which use exactly is stated in the plan's description. ${NOT_PARCEL_EN}`
    }
  },
  gemeinbedarf: {
    de: {
      one: 'Fläche für den Gemeinbedarf',
      many: 'Flächen für den Gemeinbedarf',
      becomes: 'Fläche für den Gemeinbedarf',
      says: 'Hier sind Einrichtungen für die Allgemeinheit vorgesehen.',
      built: 'Typisch sind Schulen, Kitas, Feuerwehr, Rathaus, Kirchen, Sporthallen.',
      notMeant: `Es heißt nicht, dass die Fläche der Stadt gehört. ${NOT_PARCEL_DE}`
    },
    en: {
      one: 'community facility area',
      many: 'community facility areas',
      becomes: 'community facilities',
      says: 'Facilities for the public are planned here.',
      built:
        'Typically schools, day-care centres, fire stations, the town hall, churches, sports halls.',
      notMeant: `It does not mean that the city owns the land. ${NOT_PARCEL_EN}`
    }
  },
  gruen: {
    de: {
      one: 'Grünfläche',
      many: 'Grünflächen',
      becomes: 'Grünfläche',
      says: 'Diese Fläche soll grün bleiben oder werden.',
      built:
        'Typisch sind Parks, Spiel- und Sportplätze, Kleingärten und Friedhöfe; gebaut wird dort kaum.',
      notMeant: `Es heißt nicht, dass die Fläche öffentlich zugänglich ist. ${NOT_PARCEL_DE}`
    },
    en: {
      one: 'green space',
      many: 'green spaces',
      becomes: 'green space',
      says: 'This land is to stay or become green.',
      built:
        'Typically parks, playgrounds and sports fields, allotments and cemeteries; hardly any building.',
      notMeant: `It does not mean that the land is open to the public. ${NOT_PARCEL_EN}`
    }
  },
  wald: {
    de: {
      one: 'Waldfläche',
      many: 'Waldflächen',
      becomes: 'Wald',
      says: 'Hier soll Wald sein.',
      built: 'Wald und Forstwege; gebaut wird dort nicht.',
      notMeant: `Es sagt nichts darüber, wem der Wald gehört oder wo man gehen darf. ${NOT_PARCEL_DE}`
    },
    en: {
      one: 'forest area',
      many: 'forest areas',
      becomes: 'forest',
      says: 'This land is to be forest.',
      built: 'Woodland and forest tracks; no building.',
      notMeant: `It says nothing about who owns the forest or where you may walk. ${NOT_PARCEL_EN}`
    }
  },
  landwirtschaft: {
    de: {
      one: 'Fläche für die Landwirtschaft',
      many: 'Flächen für die Landwirtschaft',
      becomes: 'Landwirtschaft',
      says: 'Hier bleibt Acker, Wiese oder Weide.',
      built: 'Felder und Höfe; neue Gebäude nur für die Landwirtschaft selbst.',
      notMeant: `Es heißt nicht, dass dort für immer nichts anderes entstehen kann; das entscheidet der Rat bei einer Änderung des Plans. ${NOT_PARCEL_DE}`
    },
    en: {
      one: 'farmland area',
      many: 'farmland areas',
      becomes: 'farmland',
      says: 'Fields, meadows and pasture stay here.',
      built: 'Fields and farms; new buildings only for farming itself.',
      notMeant: `It does not mean that nothing else can ever come here; the council decides when it changes the plan. ${NOT_PARCEL_EN}`
    }
  },
  wasser: {
    de: {
      one: 'Wasserfläche',
      many: 'Wasserflächen',
      becomes: 'Wasserfläche',
      says: 'Hier ist ein Fluss, Bach oder See.',
      built: 'Gewässer wie die Rur mit ihren Ufern.',
      notMeant: `Es zeigt keine Überschwemmungsgebiete. ${NOT_PARCEL_DE}`
    },
    en: {
      one: 'water area',
      many: 'water areas',
      becomes: 'water',
      says: 'A river, stream or lake is here.',
      built: 'Waters such as the Rur and their banks.',
      notMeant: `It does not show flood zones. ${NOT_PARCEL_EN}`
    }
  },
  verkehr: {
    de: {
      one: 'Verkehrsfläche',
      many: 'Verkehrsflächen',
      becomes: 'Verkehrsfläche',
      says: 'Hier verlaufen wichtige Straßen, Bahnstrecken oder es liegen Parkplätze.',
      built: 'Autobahn, Hauptstraßen, Bahnanlagen und große Parkplätze.',
      notMeant: `Es heißt nicht, dass eine neue Straße schon beschlossen ist. ${NOT_PARCEL_DE}`
    },
    en: {
      one: 'transport area',
      many: 'transport areas',
      becomes: 'transport',
      says: 'Major roads, railways or car parks are here.',
      built: 'Motorway, main roads, railway land and large car parks.',
      notMeant: `It does not mean that a new road has been decided. ${NOT_PARCEL_EN}`
    }
  },
  versorgung: {
    de: {
      one: 'Versorgungsfläche',
      many: 'Versorgungsflächen',
      becomes: 'Versorgungsfläche',
      says: 'Hier liegen Anlagen für Strom, Wasser, Abwasser oder Abfall.',
      built: 'Typisch sind Umspannwerke, Kläranlagen, Wasserwerke und Wertstoffhöfe.',
      notMeant: NOT_PARCEL_DE
    },
    en: {
      one: 'utilities area',
      many: 'utilities areas',
      becomes: 'utilities',
      says: 'Facilities for power, water, sewage or waste are here.',
      built: 'Typically substations, sewage works, waterworks and recycling centres.',
      notMeant: NOT_PARCEL_EN
    }
  },
  ws: baugebiet(
    [
      'Kleinsiedlungsgebiet',
      'Kleinsiedlungsgebiete',
      'Hier stehen Kleinsiedlungen mit Nutzgärten.',
      'Typisch sind Wohngebäude mit großen Gärten, kleine landwirtschaftliche Nebenerwerbsstellen und Läden für die Versorgung des Gebiets.'
    ],
    [
      'small-holding settlement area',
      'small-holding settlement areas',
      'Small settlements with kitchen gardens are here.',
      'Typically houses with large gardens, small part-time farming and shops serving the area.'
    ]
  ),
  wr: baugebiet(
    [
      'reines Wohngebiet',
      'reine Wohngebiete',
      'Hier wird nur gewohnt.',
      'Wohnhäuser; Läden und Betriebe nur ausnahmsweise und nur für den Bedarf der Bewohner.'
    ],
    [
      'purely residential area',
      'purely residential areas',
      'Only housing is here.',
      'Houses; shops and businesses only by exception and only for the residents.'
    ]
  ),
  wa: baugebiet(
    [
      'allgemeines Wohngebiet',
      'allgemeine Wohngebiete',
      'Hier wird vor allem gewohnt.',
      'Wohnhäuser, dazu Läden, Gaststätten und nicht störende Handwerksbetriebe für das Gebiet, Kitas, Schulen, Kirchen.'
    ],
    [
      'general residential area',
      'general residential areas',
      'This area is mainly for housing.',
      'Houses, plus shops, restaurants and quiet craft businesses serving the area, day-care, schools, churches.'
    ]
  ),
  wb: baugebiet(
    [
      'besonderes Wohngebiet',
      'besondere Wohngebiete',
      'Ein bebautes Gebiet, in dem das Wohnen erhalten und fortentwickelt werden soll.',
      'Wohnhäuser neben Läden, Büros und Gaststätten, die mit dem Wohnen vereinbar sind.'
    ],
    [
      'special residential area',
      'special residential areas',
      'A built-up area where housing is to be kept and developed.',
      'Houses beside shops, offices and restaurants compatible with housing.'
    ]
  ),
  md: baugebiet(
    [
      'Dorfgebiet',
      'Dorfgebiete',
      'Hier stehen Bauernhöfe, Wohnhäuser und Betriebe nebeneinander.',
      'Höfe, Wohnhäuser, Handwerk und Läden; die Landwirtschaft hat Vorrang.'
    ],
    [
      'village area',
      'village areas',
      'Farms, houses and businesses stand side by side.',
      'Farms, houses, crafts and shops; farming comes first.'
    ]
  ),
  mdw: baugebiet(
    [
      'dörfliches Wohngebiet',
      'dörfliche Wohngebiete',
      'Hier wird gewohnt, neben Nebenerwerbslandwirtschaft und kleinen Betrieben.',
      'Wohnhäuser, Nebenerwerbshöfe, kleine Betriebe und Läden.'
    ],
    [
      'village residential area',
      'village residential areas',
      'Housing beside part-time farming and small businesses.',
      'Houses, part-time farms, small businesses and shops.'
    ]
  ),
  mi: baugebiet(
    [
      'Mischgebiet',
      'Mischgebiete',
      'Hier sollen Wohnen und Gewerbe, das nicht wesentlich stört, gleichrangig nebeneinander stehen.',
      'Wohnhäuser, Büros, Läden, Gaststätten, Handwerksbetriebe.'
    ],
    [
      'mixed area',
      'mixed areas',
      'Housing and businesses that do not disturb much stand side by side as equals.',
      'Houses, offices, shops, restaurants, craft businesses.'
    ]
  ),
  mu: baugebiet(
    [
      'urbanes Gebiet',
      'urbane Gebiete',
      'Hier sollen Wohnen, Arbeiten und Einkaufen dicht beieinander liegen.',
      'Wohnhäuser, Büros, Läden, Gaststätten und nicht wesentlich störende Betriebe, dichter als im Mischgebiet.'
    ],
    [
      'urban area',
      'urban areas',
      'Living, working and shopping close together.',
      'Houses, offices, shops, restaurants and businesses that do not disturb much, denser than a mixed area.'
    ]
  ),
  mk: baugebiet(
    [
      'Kerngebiet',
      'Kerngebiete',
      'Das Zentrum: Handel, Verwaltung, Kultur.',
      'Geschäfte, Kaufhäuser, Büros, Verwaltung, Gaststätten, Hotels, Kinos; Wohnungen nur in Teilen.'
    ],
    [
      'core area',
      'core areas',
      'The centre: trade, administration, culture.',
      'Shops, department stores, offices, administration, restaurants, hotels, cinemas; housing only in parts.'
    ]
  ),
  ge: baugebiet(
    [
      'Gewerbegebiet',
      'Gewerbegebiete',
      'Hier stehen Betriebe, die nicht erheblich belästigen.',
      'Gewerbebetriebe, Lager, Büros, Tankstellen; Wohnungen nur für Betriebsinhaber und Aufsicht.'
    ],
    [
      'commercial zone',
      'commercial zones',
      'Businesses that do not cause significant nuisance are here.',
      'Businesses, warehouses, offices, filling stations; homes only for owners and supervisors.'
    ]
  ),
  gi: baugebiet(
    [
      'Industriegebiet',
      'Industriegebiete',
      'Hier stehen Betriebe, die anderswo nicht zulässig wären.',
      'Fabriken und Anlagen mit Lärm, Verkehr oder Emissionen; kein Wohnen.'
    ],
    [
      'industrial zone',
      'industrial zones',
      'Businesses that would not be allowed elsewhere are here.',
      'Factories and plants with noise, traffic or emissions; no housing.'
    ]
  ),
  so: baugebiet(
    [
      'Sondergebiet',
      'Sondergebiete',
      'Ein Gebiet für einen besonderen Zweck, den der Plan nennt.',
      'Zum Beispiel großflächiger Einzelhandel, Klinik, Hochschule, Hafen, Ferienhäuser oder Solarpark.'
    ],
    [
      'special-use zone',
      'special-use zones',
      'An area for a particular purpose the plan names.',
      'For example large retail, a clinic, a university, a port, holiday homes or a solar park.'
    ]
  ),
  ueberbaubar: overlayText(
    [
      'überbaubare Grundstücksfläche',
      'überbaubare Grundstücksflächen',
      'Innerhalb dieser Fläche dürfen Gebäude stehen; außerhalb nicht.',
      'Sie ist von Baugrenzen oder Baulinien umschlossen.'
    ],
    [
      'buildable plot area',
      'buildable plot areas',
      'Buildings may stand inside this area, not outside.',
      'It is bounded by building limits or building lines.'
    ]
  ),
  naturschutz: overlayText(
    [
      'Schutzgebiet für Natur und Landschaft',
      'Schutzgebiete für Natur und Landschaft',
      'Hier stehen Natur und Landschaft unter Schutz.',
      'Naturschutz- und Landschaftsschutzgebiete, Biotope, regionale Grünzüge.'
    ],
    [
      'nature and landscape protection area',
      'nature and landscape protection areas',
      'Nature and landscape are protected here.',
      'Nature and landscape reserves, biotopes, regional green belts.'
    ]
  ),
  wasserschutz: overlayText(
    [
      'Wasserschutz- oder Überschwemmungsgebiet',
      'Wasserschutz- und Überschwemmungsgebiete',
      'Hier gelten Regeln zum Schutz des Grundwassers oder vor Hochwasser.',
      'Trinkwasserschutzgebiete, Überschwemmungsgebiete, Flächen für den Hochwasserschutz.'
    ],
    [
      'water or flood protection area',
      'water and flood protection areas',
      'Rules protecting groundwater or against floods apply here.',
      'Drinking-water protection zones, flood plains, flood defence areas.'
    ]
  ),
  denkmal: overlayText(
    [
      'Denkmalbereich',
      'Denkmalbereiche',
      'Hier stehen Baudenkmäler oder Bodendenkmäler unter Schutz.',
      'Änderungen brauchen die Erlaubnis der Denkmalbehörde.'
    ],
    [
      'monument area',
      'monument areas',
      'Listed buildings or archaeological sites are protected here.',
      'Changes need the consent of the monument authority.'
    ]
  ),
  rohstoff: overlayText(
    [
      'Rohstofffläche',
      'Rohstoffflächen',
      'Hier sollen Rohstoffe wie Kies, Sand oder Ton gesichert oder abgebaut werden.',
      'Abbau ist vorrangig; andere Nutzungen dürfen ihn nicht verhindern.'
    ],
    [
      'mineral resource area',
      'mineral resource areas',
      'Minerals such as gravel, sand or clay are to be secured or extracted here.',
      'Extraction comes first; other uses must not prevent it.'
    ]
  ),
  baugrenze: overlayText(
    [
      'Baugrenze',
      'Baugrenzen',
      'Gebäude dürfen diese Linie nicht überschreiten.',
      'Gebäude dürfen hinter ihr zurückbleiben.'
    ],
    [
      'building limit',
      'building limits',
      'Buildings must not cross this line.',
      'Buildings may stay behind it.'
    ]
  ),
  baulinie: overlayText(
    [
      'Baulinie',
      'Baulinien',
      'Auf dieser Linie muss gebaut werden.',
      'Die Gebäudewand steht genau auf der Linie.'
    ],
    [
      'building line',
      'building lines',
      'Buildings must be built on this line.',
      'The building wall stands exactly on the line.'
    ]
  ),
  sonstige: {
    de: {
      one: 'sonstige Fläche',
      many: 'sonstige Flächen',
      becomes: 'sonstige Fläche',
      says: 'Diese Fläche hat im Plan eine Darstellung, für die der Viewer keine eigene Farbe hat.',
      built: 'Was dort vorgesehen ist, steht in den Angaben der Fläche (XPlanung-Klasse).',
      notMeant: NOT_PARCEL_DE
    },
    en: {
      one: 'other area',
      many: 'other areas',
      becomes: 'other use',
      says: 'The plan designates this land in a way the viewer has no colour of its own for.',
      built: "What is planned is given in the area's details (XPlanung class).",
      notMeant: NOT_PARCEL_EN
    }
  }
};

/** A category's plain-language texts in one language. */
export function plainText(code: CategoryCode, lang: Lang): PlainText {
  return PLAIN[code][lang];
}
