/** English texts of parts/region.ts (loaded on the page only when English is chosen). */
import type { de } from './region';

export const en: Record<keyof typeof de, string> = {
  'region.polygon': 'Polygon',
  'region.part': 'MultiPolygon, part {n}',
  'region.ring': '{where}, ring {n}',
  'region.point': '{where}, point {n}',
  'region.feature': 'Feature no. {n}: {detail}',
  'region.list': 'list',
  'region.notPair': '{where}: point is not a coordinate pair [longitude, latitude].',
  'region.notFinite': '{where}: coordinate is not a finite number ({lon}, {lat}).',
  'region.outOfRange':
    '{where}: coordinate ({lon}, {lat}) lies outside WGS84 (longitude ±180°, latitude ±90°).',
  'region.noCoordinates': '{where}: coordinates are missing.',
  'region.notPoints': '{where}: is not a list of points.',
  'region.fewPoints': '{where}: has {n} points; a ring needs at least four.',
  'region.notClosed': '{where}: is not closed (first and last point differ).',
  'region.flat': '{where}: the area has no extent – {reason}',
  'region.fewDistinct':
    'it has fewer than three different corners. Please set at least three points that do not lie on one line.',
  'region.collinear':
    'all its corners lie on one line. Please set at least three points that do not lie on one line.',
  'region.antimeridian':
    'The area crosses the date line (180° longitude). Such areas are not supported; please give the parts east and west of 180° separately.',
  'region.tooManyPoints':
    'The area has {n} points; at most {max} are allowed. Please simplify it (e.g. in a GIS with “Simplify” at 1 m tolerance).',
  'region.notObject': 'The area is not a GeoJSON object.',
  'region.wrongType': 'The area must be a Polygon or MultiPolygon, not “{type}”.',
  'region.fileNotObject': 'The file contains no GeoJSON object.',
  'region.featureNoGeometry': 'The feature has no geometry.',
  'region.noFeatures': 'The FeatureCollection has no “features” list.',
  'region.featureNrNoGeometry': 'Feature no. {n} has no geometry.',
  'region.noPolygons': 'The FeatureCollection contains no polygons.',
  'region.circleInvalid': 'Circle: centre or radius is not a valid number.',
  'region.circleNegative': 'Circle: the radius must not be negative.',
  'region.circleSegments': 'Circle: at least 8 segments are needed.',
  'region.empty':
    'The area has no extent (no points, or all points on one line). Please give an area with at least three corners.',
  'region.tiny':
    'The area is only {area} m² (less than {min} m²) and so has practically no extent. Please draw a larger area.',
  'region.noTriangles': 'The area cannot be split into triangles (invalid geometry).',
  'region.budget':
    'The evaluation of this area was stopped: it is too costly (computing budget used up after {done} of the plan’s {of} areas). Please simplify the area (fewer corners) or make it smaller.',
  'region.crossings':
    'The area crosses itself at more than {max} places (e.g. a star whose points cross) and is not evaluated. Please draw an area whose edge does not cross itself, or only at a few places.',
  'region.tangled':
    'The area is too tangled to resolve its self-intersections in reasonable time (more than {max} pairs of edges to test). Please simplify the area.'
};
