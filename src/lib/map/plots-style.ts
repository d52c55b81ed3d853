import type { LayerSpecification } from 'maplibre-gl';
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { PLOT_STATUSES, type PlotStatus } from '../plan/plots';
import { SOURCES } from './layers';

/** Status colours of the plot finder: strong, and apart from every plan category colour. */
export const PLOT_STATUS_COLORS: Record<PlotStatus, string> = {
  verfügbar: '#007a3d',
  reserviert: '#c2410c',
  'in Vorbereitung': '#1d4ed8'
};

export const plotStatusColor: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  ...PLOT_STATUSES.flatMap((s) => [s, PLOT_STATUS_COLORS[s]]),
  '#555555'
] as unknown as ExpressionSpecification;

const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** Plot id filter for the selected plot (nothing when none). */
export const plotIdFilter = (id: string | null): ExpressionSpecification =>
  ['==', ['get', 'id'], id ?? ''] as ExpressionSpecification;

/** The plot finder's layers (ids in LAYER_ORDER); the source is empty outside the finder. */
export function plotLayers(): Record<
  'plots-fill' | 'plots-outline' | 'plots-hover' | 'plots-selected',
  LayerSpecification
> {
  return {
    'plots-fill': {
      id: 'plots-fill',
      type: 'fill',
      source: SOURCES.plots,
      paint: { 'fill-color': plotStatusColor, 'fill-opacity': 0.7 }
    },
    'plots-outline': {
      id: 'plots-outline',
      type: 'line',
      source: SOURCES.plots,
      paint: { 'line-color': '#ffffff', 'line-width': 1.5 }
    },
    'plots-hover': {
      id: 'plots-hover',
      type: 'line',
      source: SOURCES.plots,
      paint: {
        'line-color': '#111111',
        'line-width': ['case', isHovered, 3, 0],
        'line-opacity': ['case', isHovered, 1, 0]
      }
    },
    'plots-selected': {
      id: 'plots-selected',
      type: 'line',
      source: SOURCES.plots,
      filter: plotIdFilter(null),
      paint: { 'line-color': '#000000', 'line-width': 4 }
    }
  };
}
