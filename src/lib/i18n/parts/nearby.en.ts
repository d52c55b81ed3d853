/** English texts of parts/nearby.ts (loaded on the page only when English is chosen). */
import type { de } from './nearby';

export const en: Record<keyof typeof de, string> = {
  'list.onlyRegion': 'Only areas in the drawn region',
  'sheet.tabs': 'Sections',
  'sheet.tab.answer': 'What is here?',
  'sheet.tab.details': 'Selection',
  'sheet.tab.legend': 'Legend',
  'sheet.tab.balance': 'Land balance',
  'sheet.tab.list': 'List',
  'sheet.expand': 'Enlarge panel',
  'sheet.collapse': 'Reduce panel',
  'sheet.handleKeys': 'Arrow up enlarges, arrow down reduces, Escape folds the panel away.',
  'filter.minInvalid': 'Please give a number, for example 2.5 (hectares).',
  'about.open': 'What is a land-use plan?',
  'about.title': 'What is a land-use plan (Flächennutzungsplan)?',
  'about.p1':
    'The land-use plan (FNP) shows for the whole city how land is basically to be used over the next 15 to 20 years: where people live, work and shop, where green space, forest and farmland remain and where main roads run.',
  'about.p2':
    'The city council of Düren adopts the plan. It binds the city and public authorities in their further planning, but not residents directly.',
  'about.p3':
    'The land-use plan is not exact to the plot. Whether and how a plot may be built on is settled only by a development plan (Bebauungsplan) or, where there is none, by the building permit under the Federal Building Code.',
  'about.p4':
    'So a coloured area in this viewer means: this is how the land is basically to be used in future. It does not mean that anything has been decided there or will be built soon.',
  'about.close': 'Close',
  'nearby.title': 'What is planned here?',
  'nearby.skip': 'Skip to ‘What is planned here?’',
  'nearby.locate': 'My location',
  'nearby.locating': 'Finding your location …',
  'nearby.denied':
    'Your location was not shared. You can also choose a place by right-clicking or long-pressing the map.',
  'nearby.unavailable':
    'Your location could not be determined. You can also choose a place by right-clicking or long-pressing the map.',
  'nearby.outside':
    'Your location is outside the plan area. Choose a place by right-clicking or long-pressing the map.',
  'nearby.proc.title': 'How binding is this? The procedure in plain words',
  'nearby.proc.model':
    'Model entry: the project compiled these details from published data; they are not the city’s own.',
  'nearby.proc.status': 'Where does the plan stand?',
  'nearby.proc.binding': 'Where is the binding plan?',
  'nearby.proc.build': 'May I build here?',
  'nearby.proc.buildText':
    'The land-use plan does not say. Whether and how a plot may be built on is settled by a development plan (Bebauungsplan) – where there is none, the building authority decides on the application. New building areas first need a development plan of their own, where you can again have your say.',
  'nearby.proc.ask': 'Whom can I ask?',
  'map.piecesOffline': 'Offline – not all parts of the map are available',
  'map.piecesMissing': 'Not all parts of the map are available',
  'search.streetsNeedBasemap':
    'The search finds streets and house numbers only once this site has installed its basemap; it always finds districts, places and areas.',
  'nearby.hint':
    'Search your address above, press “My location”, or press and hold a place on the map (right-click with a mouse).',
  'nearby.close': 'Remove place',
  'nearby.plain': 'What does this mean?',
  'nearby.plain.says': 'What the plan says',
  'nearby.plain.built': 'What is typical there',
  'nearby.plain.notMeant': 'What it does not mean',
  'pwa.update': 'New version available – reload',
  'focus.whole': 'Whole plan area',
  'header.more': 'More',
  'header.actions': 'Views and output',
  'places.title': 'Points on the map',
  'places.kind.bahnhof': 'Railway station',
  'places.kind.anschlussstelle': 'Motorway junction (A 4, approximate position)',
  'places.kind.einrichtung': 'Facility of note',
  'places.kind.haltestelle': 'Bus stop (when zoomed in)',
  'places.kind.ort': 'Place'
};
