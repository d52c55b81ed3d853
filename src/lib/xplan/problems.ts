/** Per-feature problems the importer repaired or warns about (errors stop the import instead). */

export type ProblemCode =
  | 'unclosed-ring'
  | 'duplicate-points'
  | 'winding'
  | 'self-intersection'
  | 'ring-too-short'
  | 'axis-order'
  | 'outside-germany';

export type Severity = 'repaired' | 'warning' | 'error';

export interface FeatureProblem {
  featureId: string;
  xplanClass?: string;
  code: ProblemCode;
  severity: Severity;
  /** German, for the user. */
  de: string;
  en: string;
  /** Where it is, WGS84 [lon, lat], if the problem has a place. */
  location?: [number, number];
}
