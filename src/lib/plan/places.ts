/**
 * The kinds of points in places.geojson (plan.json conventions.places) as the map draws them:
 * each kind gets one legend entry, so every circle on the map is explained even where its name
 * is not shown (bus stops between zoom 14 and 15, labels dropped where they would collide).
 */
export const PLACE_KINDS = ['bahnhof', 'anschlussstelle', 'einrichtung', 'haltestelle'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number] | 'ort';

/** Older data files call a building of note "gebaeude"; anything unknown is a plain place. */
export function placeKind(kind: unknown): PlaceKind {
  if (kind === 'gebaeude') return 'einrichtung';
  return (PLACE_KINDS as readonly unknown[]).includes(kind) ? (kind as PlaceKind) : 'ort';
}

/** The kinds a places file uses, in legend order. */
export function placeKindsIn(features: readonly { properties: { kind?: unknown } | null }[]) {
  const used = new Set(features.map((f) => placeKind(f.properties?.kind)));
  return [...PLACE_KINDS, 'ort' as const].filter((k) => used.has(k));
}
