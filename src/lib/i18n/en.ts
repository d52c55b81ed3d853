import type { MessageKey } from './de';
import type { core as coreDe } from './de';
import { en as basemap } from './parts/basemap';
import { en as nearby } from './parts/nearby';
import { en as plots } from './parts/plots';
import { en as compare } from './parts/compare';
import { en as present } from './parts/present';
import { en as loading } from './parts/loading';
import { en as hostile } from './parts/hostile';
import { en as region } from './parts/region';
import { en as data } from './parts/data';
import { en as overview } from './parts/overview';
import { en as archive } from './parts/archive';

/** English UI text (second language). */
const core: Record<keyof typeof coreDe, string> = {
  'app.title': 'Düren Land-Use Plan 2025',
  'app.subtitle': 'Interactive map viewer',
  'app.skip': 'Skip to the land-use balance',
  'app.model': 'Model data – not legally binding',
  'app.modelDetails':
    'This viewer shows a model of the land-use plan built from published figures. Only the plan adopted by the city council is legally binding. The city can replace the model with its official XPlanGML data.',
  'app.asideLeft': 'Legend and filters',
  'app.asideRight': 'Selection, land-use balance and list of areas',
  'app.language': 'Language',
  'app.loading': 'Loading plan …',
  'app.sources': 'Sources and licences',
  'app.privacy': 'Privacy: this page loads nothing from other servers.',
  'app.plan': 'Plan',

  'error.title': 'Notice',
  'error.titleError': 'Error',
  'error.notInPlan':
    'Some values in the address (URL) do not exist in this plan and were reset: {keys}.',
  'error.dismiss': 'Dismiss notice',
  'error.hash':
    'Some values in the address (URL) could not be read and were reset to their defaults: {keys}.',
  'error.load': 'The plan could not be loaded: {detail}',
  'error.loadHttp': 'The file "{file}" is not available (HTTP {status}).',
  'error.loadNetwork': 'The file "{file}" could not be fetched.',
  'error.loadJson': 'The file "{file}" is not valid JSON.',
  'error.webgl':
    'The map cannot be shown because this browser does not support WebGL or has it switched off. The land-use balance and the list of areas remain available.',
  'error.map': 'The map reports an error: {detail}',
  'error.optionalLayer': 'The layer "{file}" is missing; the map is shown without it.',

  'map.label': 'Map of the land-use plan',
  'map.instructions':
    'Map: move with the arrow keys, zoom with plus and minus. Everything on the map is also available as tables in the list of areas and the land-use balance.',

  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.attribution': 'Toggle attribution',

  'legend.title': 'Legend and layers',
  'legend.iq': 'Innovation quarter',
  'legend.overlays': 'Overlay designations (not in the land-use balance)',
  'legend.all': 'Show all layers',
  'legend.none': 'Hide all',

  'filter.title': 'Filters',
  'filter.status': 'Status',
  'filter.status.alle': 'all areas',
  'filter.status.bestand': 'existing (already in the 1999 plan)',
  'filter.status.neu': 'newly designated in 2025',
  'filter.district': 'District',
  'filter.district.all': 'all districts',
  'filter.minArea': 'Minimum size (ha)',
  'filter.reset': 'Reset filters',

  'balance.title': 'Land-use balance',
  'balance.scope': 'Area of reference',
  'balance.scope.stadt': 'Whole plan area',
  'balance.scope.ansicht': 'Current map view',
  'balance.scope.iq': 'Innovation quarter',
  'balance.scope.region': 'Drawn area',
  'balance.category': 'Category',
  'balance.area': 'Area',
  'balance.share': 'Share',
  'balance.count': 'Count',
  'balance.total': 'Total',
  'balance.summary': '{scope}: {total} in {count} areas',
  'balance.empty': 'No areas in the chosen area of reference and filter.',
  'balance.caption': 'Land-use balance – {scope}',
  'balance.noRegion': 'No area drawn yet. Draw a polygon or a circle on the map.',
  'balance.method':
    'Areas computed on the WGS84 ellipsoid; areas cut by the boundary count in part.',
  'baugebiete.title': 'Development plan: balance by building zone',
  'baugebiete.baugebiet': 'Building zone',
  'baugebiete.share': 'Share of the plan',
  'baugebiete.grz': 'Site occupancy index (GRZ)',
  'baugebiete.buildable': 'of which buildable (GRZ)',
  'baugebiete.atLeast': 'at least {ha}',
  'baugebiete.method':
    'Buildable: area × site occupancy index (GRZ) of the zone; where only a floor area (GR) is fixed, that area. For the whole plan area, without filter.',

  'draw.title': 'Draw an area',
  'draw.polygon': 'Draw polygon',
  'draw.circle': 'Draw circle',
  'draw.edit': 'Edit area',
  'draw.done': 'Done',
  'draw.clear': 'Delete drawn area',
  'draw.hint': 'Click points on the map; clicking the first point closes the polygon.',
  'draw.circleHint': 'Click the centre, then drag or click again for the radius.',
  'draw.radiusTitle': 'Radius around a place',
  'draw.radius': 'Radius around the map centre (m)',
  'draw.radiusApply': 'Apply radius',

  'info.title': 'Selected area',
  'info.announce': 'Selected: {label}',
  'info.none': 'Click an area on the map or choose one in the list of areas.',
  'info.category': 'Designation',
  'info.xplan': 'Meaning in XPlanung',
  'info.area': 'Size',
  'info.status': 'Status',
  'info.previous': 'Designation in the 1999 plan',
  'info.previousNone': 'not designated',
  'info.bau': 'Nutzungsschablone (what may be built)',
  'info.texte': 'Written provisions (textliche Festsetzungen)',
  'info.district': 'District',
  'info.name': 'Name',
  'info.id': 'Identifier',
  'info.class': 'XPlanung class',
  'info.overlay': 'Overlay designation (not in the land-use balance)',
  'info.close': 'Clear selection',
  'info.status.bestand': 'existing',
  'info.status.neu': 'new 2025',

  'list.title': 'List of areas',
  'list.caption': 'Areas by size, {count} results',
  'list.more': 'Show {n} more',
  'list.search': 'Search by name, identifier or district',
  'list.onlyView': 'only in the map view',

  'open.button': 'Open plan …',
  'open.label': 'Open an XPlanGML or GeoJSON file',
  'open.progress': 'Reading "{file}" …',
  'open.drop': 'Drop a file here to open the plan',
  'open.local': 'The file is read in your browser only and never uploaded.',
  'open.done':
    'Opened "{file}": {features} areas, {overlays} of them overlay designations. Check report: {overlapHa} overlaps, {gapHa} gaps, {problems} geometry notes.',
  'open.fromFile': 'File: {file}'
};

export const en: Record<MessageKey, string> = {
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
};
