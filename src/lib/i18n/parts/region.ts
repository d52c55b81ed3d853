/**
 * Texts for: why a region (drawn, in a link, from a file or `stats --region`) cannot be used.
 * German first; `en` must have the same keys. `{where}` is itself a text of this part
 * („Polygon, Ring 1, Punkt 3“). Used by geo/ (RegionError), so the workers and the CLI carry them.
 */
export const de = {
  'region.polygon': 'Polygon',
  'region.part': 'MultiPolygon, Teil {n}',
  'region.ring': '{where}, Ring {n}',
  'region.point': '{where}, Punkt {n}',
  'region.feature': 'Feature Nr. {n}: {detail}',
  'region.list': 'Liste',
  'region.notPair': '{where}: Punkt ist kein Koordinatenpaar [Länge, Breite].',
  'region.notFinite': '{where}: Koordinate ist keine endliche Zahl ({lon}, {lat}).',
  'region.outOfRange':
    '{where}: Koordinate ({lon}, {lat}) liegt außerhalb von WGS84 (Länge ±180°, Breite ±90°).',
  'region.noCoordinates': '{where}: Koordinaten fehlen.',
  'region.notPoints': '{where}: ist keine Liste von Punkten.',
  'region.fewPoints': '{where}: hat {n} Punkte, ein Ring braucht mindestens vier.',
  'region.notClosed': '{where}: ist nicht geschlossen (erster und letzter Punkt verschieden).',
  'region.flat': '{where}: Die Fläche hat keinen Flächeninhalt – {reason}',
  'region.fewDistinct':
    'sie hat weniger als drei verschiedene Eckpunkte. Bitte mindestens drei Punkte setzen, die nicht auf einer Linie liegen.',
  'region.collinear':
    'alle Eckpunkte liegen auf einer Linie. Bitte mindestens drei Punkte setzen, die nicht auf einer Linie liegen.',
  'region.antimeridian':
    'Die Fläche überquert die Datumsgrenze (180° Länge). Solche Flächen werden nicht unterstützt; bitte die Fläche östlich und westlich von 180° getrennt angeben.',
  'region.tooManyPoints':
    'Die Fläche hat {n} Punkte; erlaubt sind höchstens {max}. Bitte die Fläche vereinfachen (z. B. im GIS mit „Vereinfachen“ auf 1 m Toleranz).',
  'region.notObject': 'Die Fläche ist kein GeoJSON-Objekt.',
  'region.wrongType': 'Die Fläche muss ein Polygon oder MultiPolygon sein, nicht „{type}“.',
  'region.fileNotObject': 'Die Datei enthält kein GeoJSON-Objekt.',
  'region.featureNoGeometry': 'Das Feature hat keine Geometrie.',
  'region.noFeatures': 'Die FeatureCollection hat keine Liste „features“.',
  'region.featureNrNoGeometry': 'Feature Nr. {n} hat keine Geometrie.',
  'region.noPolygons': 'Die FeatureCollection enthält keine Polygone.',
  'region.circleInvalid': 'Kreis: Mittelpunkt oder Radius ist keine gültige Zahl.',
  'region.circleNegative': 'Kreis: der Radius darf nicht negativ sein.',
  'region.circleSegments': 'Kreis: mindestens 8 Segmente sind nötig.',
  'region.empty':
    'Die Fläche hat keinen Flächeninhalt (keine Punkte, oder alle Punkte auf einer Linie). Bitte eine Fläche mit mindestens drei Eckpunkten angeben.',
  'region.tiny':
    'Die Fläche ist nur {area} m² groß (kleiner als {min} m²) und hat damit praktisch keinen Flächeninhalt. Bitte eine größere Fläche zeichnen.',
  'region.noTriangles': 'Die Fläche lässt sich nicht in Dreiecke zerlegen (ungültige Geometrie).',
  'region.budget':
    'Die Auswertung dieser Fläche wurde abgebrochen: Sie ist zu aufwendig (Rechenbudget erschöpft nach {done} von {of} Flächen des Plans). Bitte die Fläche vereinfachen (weniger Eckpunkte) oder verkleinern.',
  'region.crossings':
    'Die Fläche überschneidet sich selbst an mehr als {max} Stellen (z. B. ein Stern, dessen Spitzen sich kreuzen) und wird nicht ausgewertet. Bitte eine Fläche zeichnen, deren Rand sich nicht oder nur an wenigen Stellen kreuzt.',
  'region.tangled':
    'Die Fläche ist zu verwickelt, um ihre Selbstüberschneidungen in vertretbarer Zeit aufzulösen (mehr als {max} Kantenpaare zu prüfen). Bitte die Fläche vereinfachen.'
} as const;

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
