import type { Orientation, Paper } from '$lib/export/layout';
import type { SheetContent } from '$lib/export/sheet';

/** A sheet ready for the browser's print dialog (map picture as an object URL). */
export interface PreparedSheet {
  paper: Paper;
  orientation: Orientation;
  content: SheetContent;
  mapUrl: string;
  qrUrl: string;
  scale: { px: number; label: string; widthPx: number; text: string };
}

/** The chosen paper and the sheet the print stylesheet shows; shared by panel and sheet. */
export const printState = $state<{
  paper: Paper;
  orientation: Orientation;
  sheet: PreparedSheet | null;
  /** Title and subtitle the planner wrote for the handout; null: what is shown (the default). */
  title: string | null;
  subtitle: string | null;
}>({ paper: 'a4', orientation: 'landscape', sheet: null, title: null, subtitle: null });
