/**
 * XPlanung class and code values → the viewer's land-use categories (codes from the one table
 * in plan/categories.ts; labels and colours stay there), and the overlay rule.
 */
import { CATEGORIES, type Category, type CategoryCode } from '../plan/categories';

/** The importer's lookups, built from the category table (the one place that knows them). */
function lookup(
  pick: (c: Category) => readonly string[] | undefined
): ReadonlyMap<string, CategoryCode> {
  return new Map(CATEGORIES.flatMap((c) => (pick(c) ?? []).map((key) => [key, c.code] as const)));
}

/** besondereArtDerBaulNutzung (BauNVO Baugebiet) → category. */
const BESONDERE_ART = lookup((c) => c.xplanMatch.besondereArt);

/** allgArtDerBaulNutzung (Baufläche) → category. */
const ALLG_ART = lookup((c) => c.xplanMatch.allgArt);

/** besondereArtDerBaulNutzung of a BP_BaugebietsTeilFlaeche (BauNVO Baugebiet) → category. */
const BAUGEBIET = lookup((c) => c.xplanMatch.baugebiet);

/** Classes whose category is an overlay one (protected areas, überbaubare Grundstücksfläche). */
const OVERLAY_CLASSES = new Set(
  CATEGORIES.filter((c) => c.overlay).flatMap((c) => c.xplanMatch.classes ?? [])
);

/**
 * Class → category for every class but FP_BebauungsFlaeche. SO_Strassenverkehrsrecht (5.x name
 * of 6.0's SO_Strassenverkehr) and SO_Schienenverkehrsrecht (railway land) count as transport,
 * as in every German land-use balance.
 */
const CLASS_CATEGORY = lookup((c) => (c.line ? undefined : c.xplanMatch.classes));

/** Classes drawn as lines with a category of their own (Baugrenze, Baulinie). */
const LINE_CLASSES: ReadonlyMap<string, CategoryCode> = new Map(
  CATEGORIES.filter((c) => c.line).flatMap((c) =>
    (c.xplanMatch.classes ?? []).map((cls) => [cls, c.code] as const)
  )
);

/** The line category of a class (BP_BauGrenze → baugrenze), or null for other classes. */
export function lineCategoryFor(xplanClass: string): CategoryCode | null {
  return LINE_CLASSES.get(xplanClass) ?? null;
}

/** Category of an area feature from its class and codes; `sonstige` for every other class. */
export function categoryFor(
  xplanClass: string,
  codes: Readonly<Record<string, string>>
): CategoryCode {
  if (xplanClass === 'FP_BebauungsFlaeche') {
    const besondere = codes.besondereArtDerBaulNutzung;
    const fromBesondere = besondere ? BESONDERE_ART.get(besondere) : undefined;
    if (fromBesondere) return fromBesondere;
    const allg = codes.allgArtDerBaulNutzung;
    const fromAllg = allg ? ALLG_ART.get(allg) : undefined;
    return fromAllg ?? 'sonstige';
  }
  if (xplanClass === 'BP_BaugebietsTeilFlaeche') {
    // A Baugebiet (WA, GE …); with only the allgemeine Art, its Baufläche (W, M, G, S).
    const besondere = codes.besondereArtDerBaulNutzung;
    const fromBesondere = besondere ? BAUGEBIET.get(besondere) : undefined;
    if (fromBesondere) return fromBesondere;
    const allg = codes.allgArtDerBaulNutzung;
    const fromAllg = allg ? ALLG_ART.get(allg) : undefined;
    return fromAllg ?? 'sonstige';
  }
  return CLASS_CATEGORY.get(xplanClass) ?? 'sonstige';
}

/**
 * Classes that belong to the Flächenschluss (the gap-free base layer) when a feature does not
 * say otherwise: all classes with a category of their own and FP_FlaecheOhneDarstellung.
 */
function inFlaechenschlussByDefault(xplanClass: string): boolean {
  return (
    xplanClass === 'FP_BebauungsFlaeche' ||
    xplanClass === 'FP_FlaecheOhneDarstellung' ||
    xplanClass === 'BP_BaugebietsTeilFlaeche' ||
    (CLASS_CATEGORY.has(xplanClass) && !OVERLAY_CLASSES.has(xplanClass))
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
  'zone',
  // Ausgleich (§ 1a BauGB) on a Schutz-, Pflege-, Entwicklungsfläche: 6.1 deprecates the
  // Ausgleichsflächen classes in favour of SPE areas with istAusgleich = true.
  'istAusgleich'
];
