/**
 * What the Flächenschluss check's figures leave out, in words (German, English): small and
 * without the importer, so the page can say it beside the figures of an opened plan.
 */
import type { TopologyReport } from './topology';

/**
 * The note (German, English) when the Flächenschluss check ran out of its clipping budget
 * (MAX_OVERLAP_CLIPS), else null: the overlap list is then incomplete, and says so.
 */
export function overlapBudgetNote(topology: TopologyReport): { de: string; en: string } | null {
  const u = topology.unmeasured;
  if (!u) return null;
  const de = (n: number) => n.toLocaleString('de-DE');
  return {
    de: `Mehr als ${de(u.clips)} Überlappungen zu berechnen: Die Fläche wurde für die ersten ${de(u.clips)} Paare berechnet, weitere ${de(u.pairs)} Paare von Flächen überlappen sich (ohne Fläche, nicht in der Liste der Überlappungen). Lücken im Flächenschluss wurden deshalb nicht geprüft.`,
    en: `More than ${u.clips} overlaps to compute: the area was computed for the first ${u.clips} pairs; ${u.pairs} further pairs of areas overlap (without area, not in the list of overlaps). Gaps in the Flächenschluss were therefore not checked.`
  };
}
