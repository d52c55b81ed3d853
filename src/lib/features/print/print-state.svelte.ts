import { getContext, setContext } from 'svelte';
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
  /** The comparison's change map (swipe or side by side on screen): a page of its own. */
  changeMap?: { content: SheetContent; mapUrl: string; scale: PreparedSheet['scale'] };
}

/**
 * The chosen paper and the sheet the print stylesheet shows; shared by panel and sheet. One per
 * page (`src/routes/+page.svelte`), passed by context: `setPrintState` / `getPrintState`.
 */
export class PrintState {
  paper = $state<Paper>('a4');
  orientation = $state<Orientation>('landscape');
  sheet = $state.raw<PreparedSheet | null>(null);
  /** Title and subtitle the planner wrote for the handout; null: what is shown (the default). */
  title = $state<string | null>(null);
  subtitle = $state<string | null>(null);
}

const KEY = Symbol('print-state');
export const setPrintState = (state: PrintState) => setContext(KEY, state);
export const getPrintState = () => getContext<PrintState>(KEY);
