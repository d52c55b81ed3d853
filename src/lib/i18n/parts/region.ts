/**
 * Texts for: why a region (drawn, in a link, from a file or `stats --region`) cannot be used.
 * German first; parts/<name>.en.ts has the same keys in English. `{where}` is itself a text of this part
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
