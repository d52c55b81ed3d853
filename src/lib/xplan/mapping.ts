/**
 * XPlanung class and code values → the viewer's land-use categories (codes from the one table
 * in plan/categories.ts; labels and colours stay there), and the overlay rule.
 */
import { category, type CategoryCode } from '../plan/categories';

/** Checked against the category table at load time, so a renamed code fails loudly. */
const cat = (code: CategoryCode): CategoryCode => category(code).code;

/** besondereArtDerBaulNutzung (BauNVO Baugebiet) → category. */
const BESONDERE_ART: Readonly<Record<string, CategoryCode>> = {
  '1000': cat('wohnen'), // WS Kleinsiedlungsgebiet
  '1100': cat('wohnen'), // WR reines Wohngebiet
  '1200': cat('wohnen'), // WA allgemeines Wohngebiet
  '1300': cat('wohnen'), // WB besonderes Wohngebiet
  '1400': cat('gemischt'), // MD Dorfgebiet
  '1450': cat('gemischt'), // MDW dörfliches Wohngebiet
  '1500': cat('gemischt'), // MI Mischgebiet
  '1550': cat('gemischt'), // MU urbanes Gebiet
  '1600': cat('gemischt'), // MK Kerngebiet
  '1700': cat('gewerbe'), // GE Gewerbegebiet
  '1800': cat('industrie'), // GI Industriegebiet
  '2000': cat('sonder'), // SO Sondergebiet Erholung
  '2100': cat('sonder') // SO sonstiges Sondergebiet
};

/** allgArtDerBaulNutzung (Baufläche) → category. */
const ALLG_ART: Readonly<Record<string, CategoryCode>> = {
  '1000': cat('wohnen'), // W
  '2000': cat('gemischt'), // M
  '3000': cat('gewerbe'), // G
  '4000': cat('sonder') // S
};

/**
 * Class → category for every class but FP_BebauungsFlaeche.
 * SO_Strassenverkehrsrecht is the XPlanGML 5.x name of 6.0's SO_Strassenverkehr (classified
 * roads taken over into the plan); SO_Schienenverkehrsrecht (railway land) counts as transport
 * as in every German land-use balance. Both are in the Flächenschluss where the file says so.
 */
const CLASS_CATEGORY: Readonly<Record<string, CategoryCode>> = {
  FP_Gemeinbedarf: cat('gemeinbedarf'),
  FP_SpielSportanlage: cat('gemeinbedarf'),
  FP_Gruen: cat('gruen'),
  FP_WaldFlaeche: cat('wald'),
  FP_Landwirtschaft: cat('landwirtschaft'),
  FP_LandwirtschaftsFlaeche: cat('landwirtschaft'),
  FP_Gewaesser: cat('wasser'),
  SO_Gewaesser: cat('wasser'),
  FP_Strassenverkehr: cat('verkehr'),
  SO_Strassenverkehr: cat('verkehr'),
  SO_Strassenverkehrsrecht: cat('verkehr'),
  SO_Schienenverkehrsrecht: cat('verkehr'),
  FP_VerEntsorgung: cat('versorgung')
};

/** Category of an area feature from its class and codes; `sonstige` for every other class. */
export function categoryFor(
  xplanClass: string,
  codes: Readonly<Record<string, string>>
): CategoryCode {
  if (xplanClass === 'FP_BebauungsFlaeche') {
    const besondere = codes.besondereArtDerBaulNutzung;
    const fromBesondere = besondere ? BESONDERE_ART[besondere] : undefined;
    if (fromBesondere) return fromBesondere;
    const allg = codes.allgArtDerBaulNutzung;
    const fromAllg = allg ? ALLG_ART[allg] : undefined;
    if (fromAllg) return fromAllg;
    return cat('sonstige');
  }
  return CLASS_CATEGORY[xplanClass] ?? cat('sonstige');
}

/**
 * Classes that belong to the Flächenschluss (the gap-free base layer) when a feature does not
 * say otherwise: all classes with a category of their own and FP_FlaecheOhneDarstellung.
 */
function inFlaechenschlussByDefault(xplanClass: string): boolean {
  return (
    xplanClass === 'FP_BebauungsFlaeche' ||
    xplanClass === 'FP_FlaecheOhneDarstellung' ||
    Object.prototype.hasOwnProperty.call(CLASS_CATEGORY, xplanClass)
  );
}

/**
 * Overlay rule. XPlanung's `flaechenschluss` attribute is the authority where a feature carries
 * it: `false` → overlay, `true` → base layer (also for SO_ classes, e.g. SO_Strassenverkehrsrecht
 * with flaechenschluss true in Grasleben). Without the attribute, the class decides: the base
 * classes above are in the Flächenschluss; every other class — SO_ nachrichtliche Übernahmen
 * (Schutzgebiete, Denkmalschutz, Bodenschutz, Wasserrecht …), LP_ classes, FP_ Überlagerungen
 * (Kennzeichnung, Nutzungsbeschränkung, SchutzPflegeEntwicklung, TextAbschnittFlaeche,
 * GenerischesObjekt …) — is an overlay: shown and listed, never counted in the Flächenbilanz.
 */
export function isOverlay(xplanClass: string, flaechenschluss: boolean | null): boolean {
  if (flaechenschluss !== null) return !flaechenschluss;
  return !inFlaechenschlussByDefault(xplanClass);
}

/** Code-list properties copied into `codes` (direct children of the feature). */
export const CODE_PROPERTIES: readonly string[] = [
  'allgArtDerBaulNutzung',
  'besondereArtDerBaulNutzung',
  'sonderNutzung',
  'sondernutzung',
  'zweckbestimmung',
  'besondereZweckbestimmung',
  'detaillierteZweckbestimmung',
  'detaillierteArtDerBaulNutzung',
  'artDerFestlegung',
  'detailArtDerFestlegung',
  'nutzungsform',
  'rechtscharakter',
  'rechtsstand',
  'typ',
  'ziel',
  'zone'
];
