import { de as basemap } from './parts/basemap';
import { de as nearby } from './parts/nearby';
import { de as plots } from './parts/plots';
import { de as compare } from './parts/compare';
import { de as present } from './parts/present';
import { de as loading } from './parts/loading';
import { de as hostile } from './parts/hostile';
import { de as region } from './parts/region';
import { de as data } from './parts/data';
import { de as overview } from './parts/overview';
import { de as archive } from './parts/archive';
/** German UI text (default language). Keys are shared with en.ts, which must match. */
export const core = {
  'app.title': 'Flächennutzungsplan Düren 2025',
  'app.subtitle': 'Interaktiver Kartenviewer',
  'app.skip': 'Zur Flächenbilanz springen',
  'app.model': 'Modelldaten – nicht rechtsverbindlich',
  'app.modelDetails':
    'Dieser Viewer zeigt ein Modell des Flächennutzungsplans, gebildet aus veröffentlichten Kennzahlen. Rechtsverbindlich ist allein der vom Rat beschlossene Plan. Die Stadt kann das Modell durch ihren amtlichen XPlanGML-Datensatz ersetzen.',
  'app.asideLeft': 'Legende und Filter',
  'app.asideRight': 'Auswahl, Flächenbilanz und Flächenliste',
  'app.language': 'Sprache',
  'app.loading': 'Plan wird geladen …',
  'app.sources': 'Quellen und Lizenzen',
  'app.privacy': 'Datenschutz: Diese Seite lädt keine Inhalte von fremden Servern.',
  'app.plan': 'Plan',

  'error.title': 'Hinweis',
  'error.titleError': 'Fehler',
  'error.notInPlan':
    'Einige Angaben in der Adresse (URL) gibt es in diesem Plan nicht; sie wurden zurückgesetzt: {keys}.',
  'error.dismiss': 'Hinweis schließen',
  'error.hash':
    'Einige Angaben in der Adresse (URL) konnten nicht gelesen werden und wurden auf ihre Standardwerte gesetzt: {keys}.',
  'error.load': 'Der Plan konnte nicht geladen werden: {detail}',
  'error.loadHttp': 'Die Datei „{file}“ ist nicht erreichbar (HTTP {status}).',
  'error.loadNetwork': 'Die Datei „{file}“ konnte nicht abgerufen werden.',
  'error.loadJson': 'Die Datei „{file}“ ist kein gültiges JSON.',
  'error.webgl':
    'Die Karte kann nicht angezeigt werden, weil dieser Browser kein WebGL unterstützt oder es abgeschaltet ist. Flächenbilanz und Flächenliste stehen weiterhin zur Verfügung.',
  'error.map': 'Die Karte meldet einen Fehler: {detail}',
  'error.optionalLayer': 'Die Ebene „{file}“ fehlt; die Karte wird ohne sie angezeigt.',

  'map.label': 'Karte des Flächennutzungsplans',
  'map.instructions':
    'Karte: mit den Pfeiltasten verschieben, mit Plus und Minus zoomen. Alle Inhalte der Karte stehen auch in der Flächenliste und der Flächenbilanz als Tabelle zur Verfügung.',

  'map.zoomIn': 'Vergrößern',
  'map.zoomOut': 'Verkleinern',
  'map.attribution': 'Quellenangaben ein-/ausblenden',

  'legend.title': 'Legende und Ebenen',
  'legend.iq': 'Innovationsquartier',
  'legend.overlays': 'Überlagernde Darstellungen (nicht in der Flächenbilanz)',
  'legend.all': 'Alle Ebenen einblenden',
  'legend.none': 'Alle ausblenden',

  'filter.title': 'Filter',
  'filter.status': 'Stand',
  'filter.status.alle': 'alle Flächen',
  'filter.status.bestand': 'Bestand (bereits im FNP 1999)',
  'filter.status.neu': 'neu dargestellt 2025',
  'filter.district': 'Stadtteil',
  'filter.district.all': 'alle Stadtteile',
  'filter.minArea': 'Mindestgröße (ha)',
  'filter.reset': 'Filter zurücksetzen',

  'balance.title': 'Flächenbilanz',
  'balance.scope': 'Bezugsraum',
  'balance.scope.stadt': 'Gesamtes Plangebiet',
  'balance.scope.ansicht': 'Aktueller Kartenausschnitt',
  'balance.scope.iq': 'Innovationsquartier',
  'balance.scope.region': 'Gezeichnete Fläche',
  'balance.category': 'Kategorie',
  'balance.area': 'Fläche',
  'balance.share': 'Anteil',
  'balance.count': 'Anzahl',
  'balance.total': 'Summe',
  'balance.summary': '{scope}: {total} in {count} Flächen',
  'balance.empty': 'Keine Flächen im gewählten Bezugsraum und Filter.',
  'balance.caption': 'Flächenbilanz – {scope}',
  'balance.noRegion':
    'Noch keine Fläche gezeichnet. Zeichnen Sie ein Vieleck oder einen Kreis auf der Karte.',
  'balance.method': 'Flächen auf dem WGS84-Ellipsoid berechnet; angeschnittene Flächen anteilig.',
  'baugebiete.title': 'Bebauungsplan: Flächenbilanz nach Baugebieten',
  'baugebiete.baugebiet': 'Baugebiet',
  'baugebiete.share': 'Anteil am Plan',
  'baugebiete.grz': 'GRZ',
  'baugebiete.buildable': 'davon überbaubar (GRZ)',
  'baugebiete.atLeast': 'mind. {ha}',
  'baugebiete.method':
    'Überbaubar: Fläche × Grundflächenzahl (GRZ) des Baugebiets, wo nur eine Grundfläche (GR) festgesetzt ist, diese. Für das gesamte Plangebiet, ohne Filter.',

  'draw.title': 'Fläche zeichnen',
  'draw.polygon': 'Vieleck zeichnen',
  'draw.circle': 'Kreis zeichnen',
  'draw.edit': 'Fläche bearbeiten',
  'draw.done': 'Fertig',
  'draw.clear': 'Gezeichnete Fläche löschen',
  'draw.hint':
    'Klicken Sie Punkte auf die Karte; ein Klick auf den ersten Punkt schließt das Vieleck.',
  'draw.circleHint':
    'Klicken Sie den Mittelpunkt, dann ziehen oder ein zweites Mal klicken für den Radius.',
  'draw.radiusTitle': 'Umkreis um einen Ort',
  'draw.radius': 'Umkreis um die Kartenmitte (m)',
  'draw.radiusApply': 'Umkreis übernehmen',

  'info.title': 'Ausgewählte Fläche',
  'info.announce': 'Ausgewählt: {label}',
  'info.none': 'Klicken Sie auf eine Fläche in der Karte oder wählen Sie sie in der Flächenliste.',
  'info.category': 'Darstellung',
  'info.xplan': 'Bedeutung in XPlanung',
  'info.area': 'Größe',
  'info.status': 'Stand',
  'info.previous': 'Darstellung im FNP 1999',
  'info.previousNone': 'nicht dargestellt',
  'info.bau': 'Nutzungsschablone (Maß der baulichen Nutzung)',
  'info.texte': 'Textliche Festsetzungen',
  'info.district': 'Stadtteil',
  'info.name': 'Bezeichnung',
  'info.id': 'Kennung',
  'info.class': 'XPlanung-Klasse',
  'info.overlay': 'Überlagernde Darstellung (nicht in der Flächenbilanz)',
  'info.close': 'Auswahl aufheben',
  'info.status.bestand': 'Bestand',
  'info.status.neu': 'neu 2025',

  'list.title': 'Flächenliste',
  'list.caption': 'Flächen nach Größe, {count} Treffer',
  'list.more': 'Weitere {n} anzeigen',
  'list.search': 'Suche nach Name, Kennung oder Stadtteil',
  'list.onlyView': 'nur im Kartenausschnitt',

  'open.button': 'Plan öffnen …',
  'open.label': 'XPlanGML- oder GeoJSON-Datei öffnen',
  'open.progress': 'Datei „{file}“ wird gelesen …',
  'open.drop': 'Datei hier ablegen, um den Plan zu öffnen',
  'open.local': 'Die Datei wird nur in Ihrem Browser gelesen und nicht hochgeladen.',
  'open.done':
    '„{file}“ geöffnet: {features} Flächen, davon {overlays} überlagernde Darstellungen. Prüfbericht: {overlapHa} Überlappungen, {gapHa} Lücken, {problems} Hinweise zur Geometrie.',
  'open.fromFile': 'Datei: {file}'
} as const;

/** Every German text: the core texts and each feature's own part (see parts/). */
export const de = {
  ...basemap,
  ...nearby,
  ...plots,
  ...compare,
  ...present,
  ...loading,
  ...hostile,
  ...region,
  ...data,
  ...overview,
  ...archive,
  ...core
} as const;

export type MessageKey = keyof typeof de;
