import type { ExpressionSpecification } from 'maplibre-gl';
import { CHANGE_COLORS, CHANGE_KINDS, type ChangeKind } from '$lib/plan/change';
import { changeColor } from '$lib/map/expressions';

/**
 * Fill colour of the change map. With `previous` the kind is derived on the map from each
 * area's properties; for two plans each later area gets the colour of its dominant kind
 * (from the overlay), matched by id.
 */
export function changeFill(dominant: Map<string, ChangeKind> | null): ExpressionSpecification {
  if (!dominant) return changeColor;
  const idsOf = (kind: ChangeKind) => [...dominant].filter(([, k]) => k === kind).map(([id]) => id);
  const arms = CHANGE_KINDS.flatMap((k) => {
    const ids = idsOf(k);
    return ids.length > 0 ? [['in', ['get', 'id'], ['literal', ids]], CHANGE_COLORS[k]] : [];
  });
  if (arms.length === 0) return ['literal', CHANGE_COLORS.unveraendert] as ExpressionSpecification;
  return ['case', ...arms, CHANGE_COLORS.unveraendert] as unknown as ExpressionSpecification;
}
