import fontRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import fontBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import type { FeatureCollection } from 'geojson';
import { buildStyle } from '../../map/style';
import { category } from '../../plan/categories';
import { formatHa, formatNumber, formatPercent } from '../../i18n/format';
import type { ViewerState } from '../../state/viewer.svelte';
import { renderMapImage } from '../../export/snapshot';
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
import type { CompareState } from '../compare/compare-state.svelte';

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

/** Every text of the sheet, in the viewer's language; the balance as the panel shows it. */
export function sheetContent(
  viewer: ViewerState,
  extent: [number, number, number, number],
  link: string,
  /** The comparison on screen (see ComparisonOnScreen), printed as the second page. */
  compare: CompareState | null,
  now = new Date()
): SheetContent {
  const { t, lang } = viewer;
  const meta = viewer.plan!.meta;
  const adopted = meta.dates?.feststellungsbeschluss;
  const balance = viewer.balance;
  const rows = (balance?.categories ?? []).filter((r) => r.count > 0);
  const scope = t(`balance.scope.${viewer.scope}`);
  return {
    title: meta.model ? t('app.title') : meta.title,
    subtitle: t('print.subtitle', {
      plan: meta.title,
      date: adopted ? t('print.planDate', { date: isoDate(adopted, lang) }) : meta.municipality
    }),
    legendTitle: t('print.legend'),
    legend: visibleCategories(viewer.plan!.features, viewer.filter, extent).map((code) => {
      const c = category(code);
      return { label: c.label[lang], color: c.color, outline: c.outline };
    }),
    balanceTitle: t('balance.caption', { scope }),
    balanceHead: [t('balance.category'), t('balance.area'), t('balance.share'), t('balance.count')],
    balanceRows: rows.map((r) => [
      category(r.category).label[lang],
      formatHa(r.area_m2, lang),
      formatPercent(r.share, lang),
      formatNumber(r.count, lang)
    ]),
    balanceTotal: [
      t('balance.total'),
      formatHa(balance?.total.area_m2 ?? 0, lang),
      formatPercent(1, lang),
      formatNumber(balance?.total.count ?? 0, lang)
    ],
    notice: meta.notice?.[lang] ?? (meta.model ? t('app.model') : ''),
    sources: t('print.sources', {
      text: [
        ...meta.attributions.map((a) => `${a.subject}: ${a.text} (${a.licence})`),
        ...meta.sources.map((s) => s.title)
      ].join('; ')
    }),
    printed: t('print.printed', {
      date: now.toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB')
    }),
    link,
    comparison: comparisonOf(viewer, scope, compare)
  };
}

/** The comparison on screen as the sheet's second page (comparison mode only). */
function comparisonOf(viewer: ViewerState, scope: string, compare: CompareState | null) {
  if (viewer.mode.kind !== 'compare' || !compare) return undefined;
  const { t, lang } = viewer;
  return comparisonContent({
    matrix: compare.matrix,
    balances: compare.balances,
    labels: {
      before: compare.other ? compare.other.title : t('compare.year1999'),
      after: compare.other ? t('compare.after') : t('compare.year2025')
    },
    scope,
    t,
    lang
  });
}

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The map as the viewer shows it (filters, selection, region, marker), as a style. */
function currentStyle(viewer: ViewerState) {
  const region: FeatureCollection = viewer.regionPolygon
    ? {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: viewer.regionPolygon, properties: {} }]
      }
    : empty;
  const poi: FeatureCollection = viewer.poi
    ? {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [viewer.poi.lon, viewer.poi.lat] },
            properties: {}
          }
        ]
      }
    : empty;
  return buildStyle({
    plan: viewer.plan!,
    filter: viewer.filter,
    selected: viewer.selected,
    showIq: viewer.iq,
    region,
    poi,
    fonts: { regular: fontRegular, bold: fontBold }
  });
}

/** Renders the sheet's map box at `dpi` off-screen (not a scaled screenshot). */
export async function renderSheetMap(
  viewer: ViewerState,
  paper: Paper,
  orientation: Orientation,
  dpi: number,
  signal?: AbortSignal
) {
  const box = sheetLayout(paper, orientation).map;
  const extent = sheetExtent(viewer, paper, orientation);
  const { canvas, metersPerPixel } = await renderMapImage({
    style: currentStyle(viewer),
    bounds: extent,
    width: Math.round(box.w * CSS_PX_PER_MM),
    height: Math.round(box.h * CSS_PX_PER_MM),
    pixelRatio: dpi / 96,
    signal
  });
  return { extent, map: { image: canvas, metersPerPixel } };
}

/** The QR code of `link` as a loaded image. */
export async function qrImage(link: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = await qrDataUrl(link);
  await img.decode();
  return img;
}
