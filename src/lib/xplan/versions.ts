/**
 * What differs between the XPlanGML versions the reader handles, undone at the moment an element
 * is read, so that the rest of the importer sees one vocabulary (that of 5.x/6.x):
 *
 * - 4.0/4.1 tie an object to its Bereich by `gehoertZuFP_Bereich`, `gehoertZuBP_Bereich` … and
 *   list a Bereich's contents as `inhaltFPlan`, `inhaltBPlan` …; 5.0 merged them into
 *   `gehoertZuBereich` and `planinhalt`.
 * - 4.x give special purposes (`besondereZweckbestimmung`) an element of their own; 5.0 put
 *   their five-digit codes into `zweckbestimmung` (read in members.ts: `mergeBesondere`).
 * - 4.x name the farmland class `FP_LandwirtschaftsFlaeche`; 5.0 renamed it `FP_Landwirtschaft`.
 * - 4.x objects carry no `rechtscharakter` (5.0 introduced it): it is simply absent.
 * - 4.0 and 4.1 differ, for what this reader reads, in the namespace and in the SO Bereich's
 *   `inhaltSOPlan` (4.0) / `inhaltSoPlan`; both have the 4.x names above.
 *
 * 6.1 (namespace …/xplangml/6/1) is read as 6.0: the classes and attributes this importer reads
 * (plan objects, area geometry, the Baugebiet attributes, text sections) have the same names.
 */

const RENAMES_4: ReadonlyMap<string, string> = new Map([
  ['gehoertZuFP_Bereich', 'gehoertZuBereich'],
  ['gehoertZuBP_Bereich', 'gehoertZuBereich'],
  ['gehoertZuRP_Bereich', 'gehoertZuBereich'],
  ['gehoertZuLP_Bereich', 'gehoertZuBereich'],
  ['gehoertZuSO_Bereich', 'gehoertZuBereich'],
  ['inhaltFPlan', 'planinhalt'],
  ['inhaltBPlan', 'planinhalt'],
  ['inhaltRPlan', 'planinhalt'],
  ['inhaltLPlan', 'planinhalt'],
  ['inhaltSoPlan', 'planinhalt'],
  // 4.0's spelling (xplanbox's 4.0 rules: SO_Bereich/inhaltSOPlan)
  ['inhaltSOPlan', 'planinhalt'],
  ['FP_LandwirtschaftsFlaeche', 'FP_Landwirtschaft']
]);

/** Maps an element's local name in a file of `version` to its 5.x/6.x name; null: no renames. */
export function renamerFor(version: string): ((local: string) => string) | null {
  if (!version.startsWith('4.')) return null;
  return (local) => RENAMES_4.get(local) ?? local;
}

/** True for versions whose special purposes stand in `besondereZweckbestimmung` (4.x). */
export function hasSeparateBesondere(version: string): boolean {
  return version.startsWith('4.');
}
