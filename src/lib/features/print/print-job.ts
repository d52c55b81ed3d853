import '../../i18n/parts/compare-mode';
import '../../i18n/parts/present-mode';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { MapController, ScreenComparison } from '../../map/controller.svelte';
import { layerId } from '../../map/layers';
import { CATEGORY_CODES, category } from '../../plan/categories';
import { CHANGE_COLORS, CHANGE_KINDS } from '../../plan/change';
import { formatHa, formatNumber, formatPercent } from '../../i18n/format';
import type { ViewerState } from '../../state/viewer.svelte';
import { renderMapImage } from '../../export/snapshot';
import { scaleBar, scaleDenominator } from '../../export/furniture';
import { qrDataUrl } from '../../export/qr';
import {
  printExtent,
  sheetLayout,
  visibleCategories,
  type Orientation,
  type Paper
} from '../../export/layout';
import type { SheetContent } from '../../export/sheet';
import { comparisonContent } from '../../export/compare-sheet';
import type { PrintState } from './print-state.svelte';
import { baugebietTable } from '../../export/baugebiete';
import {
  balanceHeading,
  filterText,
  shownRows,
  sourcesText,
  totalShare
} from '../../export/describe';

/** CSS pixels per millimetre (96 dpi), the unit MapLibre lays a map out in. */
const CSS_PX_PER_MM = 96 / 25.4;

const isoDate = (iso: string, lang: 'de' | 'en') =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB', {
    timeZone: 'UTC'
  });

/** The extent of the map on paper: the current view (or the whole plan) fitted to the box. */
export function sheetExtent(viewer: ViewerState, paper: Paper, orientation: Orientation) {
  const box = sheetLayout(paper, orientation).map;
  const view = viewer.bounds ?? viewer.plan?.bounds ?? null;
  if (!view) throw new Error('no plan');
  return printExtent(view, box.w, box.h);
}

/**
 * The title and subtitle a handout gets unless the planner writes their own: what is shown —
 * the scene's title in a presentation, the chosen categories — with the filter named.
 */
export function defaultTitles(viewer: ViewerState, sceneTitle: string | null = null) {
  const { t, lang } = viewer;
  const meta = viewer.plan!.meta;
  const adopted = meta.dates?.feststellungsbeschluss;
  const shown = CATEGORY_CODES.filter((c) => viewer.filter.categories.has(c));
  const named = shown.length > 0 && shown.length <= 3 && shown.length < CATEGORY_CODES.length;
  const headline =
    sceneTitle ??
    (named
      ? shown.map((c) => category(c).label[lang]).join(', ')
      : meta.model
        ? t('app.title')
        : meta.title);
  const filter = filterText(
    { ...viewer.filter, categories: named ? new Set(CATEGORY_CODES) : viewer.filter.categories },
    t,
    lang
  );
  return {
    title: filter ? `${headline} – ${filter}` : headline,
    subtitle: t('print.subtitle', {
      plan: meta.title,
      date: adopted ? t('print.planDate', { date: isoDate(adopted, lang) }) : meta.municipality
    })
  };
}

/** What of the print panel's choices the sheet's texts use. */
export type PrintChoices = Pick<PrintState, 'paper' | 'title' | 'subtitle'>;

/**
 * Every text of the sheet, in the viewer's language; the balance as the panel shows it, and the
 * comparison on screen (the map controller knows it) as a second page. `changeMap`: the texts
 * of the comparison's change map page (printed from swipe or side by side): its legend is the
 * change legend, its subtitle names the change map.
 */
export function sheetContent(
  viewer: ViewerState,
  screen: MapController,
  print: PrintChoices,
  extent: [number, number, number, number],
  link: string,
  opts: { now?: Date; changeMap?: boolean } = {}
): SheetContent {
  const { t, lang } = viewer;
  const meta = viewer.plan!.meta;
  const balance = viewer.balance;
  // As the Flächenbilanz panel shows them (two decimals), so paper and screen agree.
  const digits = 2;
  const rows = shownRows(balance, digits);
  const scope = t(`balance.scope.${viewer.scope}`);
  const titles = defaultTitles(viewer);
  const paper = print.paper.toUpperCase();
  const subtitle = print.subtitle?.trim() || titles.subtitle;
  const compare = screen.comparison?.();
  const now = opts.now ?? new Date();
  return {
    title: print.title?.trim() || titles.title,
    subtitle:
      opts.changeMap && compare
        ? `${t('print.changeMap', compareLabels(viewer, compare))} · ${subtitle}`
        : subtitle,
    scaleText: (n) => t('print.scaleText', { n: formatNumber(n, lang), paper }),
    ...(changeLegend(viewer, screen, opts.changeMap ?? false) ?? {
      legendTitle: t('print.legend'),
      legend: visibleCategories(viewer.plan!.features, viewer.filter, extent).map((code) => {
        const c = category(code);
        return { label: c.label[lang], color: c.color, outline: c.outline };
      })
    }),
    balanceTitle: balanceHeading(scope, filterText(viewer.filter, t, lang), t),
    balanceHead: [t('balance.category'), t('balance.area'), t('balance.share'), t('balance.count')],
    balanceRows: rows.map((r) => [
      category(r.category).label[lang],
      formatHa(r.area_m2, lang, digits),
      formatPercent(r.share, lang),
      formatNumber(r.count, lang)
    ]),
    balanceTotal: [
      t('balance.total'),
      formatHa(balance?.total.area_m2 ?? 0, lang, digits),
      formatPercent(balance ? totalShare(balance) : 0, lang),
      formatNumber(balance?.total.count ?? 0, lang)
    ],
    baugebiete: baugebietTable(viewer.plan!.features, t, lang),
    notice: meta.notice?.[lang] ?? (meta.model ? t('app.model') : ''),
    sources: sourcesText(meta, t),
    printed: t('print.printed', {
      date: now.toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB')
    }),
    link,
    comparison: comparisonOf(viewer, screen, scope)
  };
}

/** The numeric scale of a map picture `widthPx` wide in the sheet's map box. */
export function scaleText(
  content: SheetContent,
  metersPerPixel: number,
  widthPx: number,
  paper: Paper,
  orientation: Orientation
): string {
  const box = sheetLayout(paper, orientation).map;
  return content.scaleText(scaleDenominator((metersPerPixel * widthPx) / box.w));
}

/** The scale bar and numeric scale of a map picture as the print view shows them. */
export function sheetScale(
  content: SheetContent,
  metersPerPixel: number,
  widthPx: number,
  paper: Paper,
  orientation: Orientation
) {
  const bar = scaleBar(metersPerPixel, widthPx / 3);
  return {
    px: bar.px,
    label: bar.label,
    widthPx,
    text: scaleText(content, metersPerPixel, widthPx, paper, orientation)
  };
}

/** The map's attribution in one line, as on screen (for the map alone, on a slide). */
export function mapAttribution(viewer: ViewerState): string {
  return viewer.plan!.meta.attributions.map((a) => a.text).join(' | ');
}

/**
 * On the change map (and the matrix view, which colours the map the same way) the legend is
 * that of the change map: the kinds it shows, each with its hectares as on screen. `changeMap`:
 * the change map page printed from swipe or side by side.
 */
function changeLegend(viewer: ViewerState, screen: MapController, changeMap: boolean) {
  const compare = screen.comparison?.();
  const choices = viewer.comparing;
  if (!compare || !choices) return null;
  if (!changeMap && (choices.view === 'swipe' || choices.view === 'side')) return null;
  const { t, lang } = viewer;
  return {
    legendTitle: t('print.changeLegend'),
    legend: CHANGE_KINDS.filter(
      (k) => !choices.hiddenChanges.has(k) && compare.changeHa[k] > 0
    ).map((k) => ({
      label: `${t(`compare.kind.${k}`)}: ${formatHa(compare.changeHa[k], lang, 1)}`,
      color: CHANGE_COLORS[k],
      outline: '#555555'
    }))
  };
}

/** The names of the compared plans, as the comparison shows them. */
function compareLabels(viewer: ViewerState, compare: ScreenComparison) {
  const { t } = viewer;
  return {
    before: compare.otherTitle ?? t('compare.year1999'),
    after: compare.otherTitle !== null ? t('compare.after') : t('compare.year2025')
  };
}

/**
 * Whether the sheet gets a change map page: the comparison mode shows two maps (swipe, side by
 * side), whose print map is the later plan in its categories; the change map is the comparison's
 * answer, so the handout carries it too.
 */
export function wantsChangeMap(viewer: ViewerState, screen: MapController): boolean {
  const view = viewer.mode.kind === 'compare' ? viewer.mode.view : null;
  return (view === 'swipe' || view === 'side') && screen.comparison?.() != null;
}

/** The comparison on screen as the sheet's matrix page (comparison mode only). */
function comparisonOf(viewer: ViewerState, screen: MapController, scope: string) {
  const compare = screen.comparison?.();
  if (viewer.mode.kind !== 'compare' || !compare) return undefined;
  const { t, lang } = viewer;
  return comparisonContent({
    matrix: compare.matrix,
    balances: compare.balances,
    labels: compareLabels(viewer, compare),
    scope,
    t,
    lang
  });
}

/**
 * What the sheet's map is rendered from: the style on screen (the map controller's
 * `currentStyle()`: plan opacity, basemap, region and its label, filters, change colours) over
 * the sheet's extent, at `dpi`.
 */
export function sheetMapRequest(
  viewer: ViewerState,
  screen: MapController,
  paper: Paper,
  orientation: Orientation,
  dpi: number,
  changeMap = false
): {
  style: StyleSpecification;
  bounds: [number, number, number, number];
  width: number;
  height: number;
  pixelRatio: number;
} {
  const box = sheetLayout(paper, orientation).map;
  const screenStyle = screen.currentStyle();
  if (!screenStyle) throw new Error('no map');
  const fill = changeMap ? screen.comparison?.().changeFill : null;
  return {
    style: fill ? withPlanFill(screenStyle, fill) : screenStyle,
    bounds: sheetExtent(viewer, paper, orientation),
    width: Math.round(box.w * CSS_PX_PER_MM),
    height: Math.round(box.h * CSS_PX_PER_MM),
    pixelRatio: dpi / 96
  };
}

/**
 * The style with the plan's areas filled by `fill`: the comparison's change map drawn from the
 * style of its swipe or side-by-side view (same filters, basemap, opacity, region).
 */
export function withPlanFill(
  style: StyleSpecification,
  fill: ExpressionSpecification
): StyleSpecification {
  const id = layerId('plan-fill');
  return {
    ...style,
    layers: style.layers.map((l) =>
      l.id === id && l.type === 'fill' ? { ...l, paint: { ...l.paint, 'fill-color': fill } } : l
    )
  };
}

/**
 * Renders the sheet's map box at `dpi` off-screen (not a scaled screenshot); `changeMap`: the
 * comparison's change map instead of the map on screen.
 */
export async function renderSheetMap(
  viewer: ViewerState,
  screen: MapController,
  paper: Paper,
  orientation: Orientation,
  dpi: number,
  signal?: AbortSignal,
  changeMap = false
) {
  const request = sheetMapRequest(viewer, screen, paper, orientation, dpi, changeMap);
  const { canvas, metersPerPixel } = await renderMapImage({ ...request, signal });
  return { extent: request.bounds, map: { image: canvas, metersPerPixel } };
}

/** The QR code of `link` as a loaded image. */
export async function qrImage(link: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = await qrDataUrl(link);
  await img.decode();
  return img;
}
