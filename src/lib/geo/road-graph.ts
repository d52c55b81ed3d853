/**
 * Road distances for the plot finder: a graph of the basemap's roads (OpenMapTiles
 * `transportation` layer) and shortest paths over it (Dijkstra). Pure: no DOM, no MapLibre.
 */

/**
 * Assumed speeds per OpenMapTiles road class (km/h), for the approximate drive time; stated
 * to the user with every drive time. Classes not listed (path, track, rail …) are not driven.
 */
export const ROAD_SPEEDS_KMH: Readonly<Record<string, number>> = {
  motorway: 100,
  trunk: 80,
  primary: 60,
  secondary: 50,
  tertiary: 40,
  minor: 30,
  service: 15
};
