/** English texts of parts/basemap.ts (loaded on the page only when English is chosen). */
import type { de } from './basemap';

export const en: Record<keyof typeof de, string> = {
  'basemap.button': 'Basemap',
  'basemap.title': 'Show a basemap',
  'basemap.intro':
    'A map with streets, buildings and names can be shown under the plan. Choose where it comes from.',
  'basemap.sourceLegend': 'Basemap source',
  'basemap.none': 'No basemap',
  'basemap.self': 'This site’s own basemap',
  'basemap.selfNote': 'Loaded from this site itself; no data is sent to third parties.',
  'basemap.openfreemap': 'OpenFreeMap',
  'basemap.basemapde': 'basemap.de',
  'basemap.openfreemapNote': 'Map from OpenStreetMap data, in this viewer’s style.',
  'basemap.basemapdeNote':
    'Official web map of the German federal and state governments (basemap.de Web Vektor).',
  'basemap.variantLegend': 'basemap.de style',
  'basemap.grey': 'Grey',
  'basemap.colour': 'Colour',
  'basemap.consentTitle': 'Consent',
  'basemap.operator': 'Operator: {operator}.',
  'basemap.transmitted':
    'Loading the map sends your IP address and the map area shown (which map tiles your browser requests) to this operator. Nothing is sent without your consent.',
  'basemap.privacy': 'Operator’s privacy notice (opens a new window)',
  'basemap.remember':
    'Your choice is kept in the address (URL) and in this browser. You can withdraw your consent here at any time.',
  'basemap.agree': 'Agree and load',
  'basemap.apply': 'Apply',
  'basemap.cancel': 'Cancel',
  'basemap.withdraw': 'Withdraw consent',
  'basemap.consentGiven': 'Consent given: {sources}.',
  'basemap.active': 'Shown: {name}',
  'basemap.loadError': 'The basemap could not be loaded ({detail}).',
  'basemap.opacity': 'Opacity of plan areas',

  'search.label': 'Search',
  'search.placeholder': 'Street, place, area',
  'search.hint': 'Arrow keys choose, Enter shows the result, Escape closes.',
  'search.results': '{count} results',
  'search.nothing': 'Nothing found for “{query}”.',
  'search.covers':
    'The search knows districts, places and stops, named areas, area numbers and land-use types.',
  'search.coversStreets': 'Also every street and place of this site’s basemap.',
  'search.noStreets': 'It finds street names only when this site has its own basemap.',
  'search.group.district': 'Districts',
  'search.group.place': 'Places and stops',
  'search.group.street': 'Streets',
  'search.group.area': 'Areas',
  'search.group.category': 'Land-use types',
  'search.chosen': 'Marked: {label}',
  'search.whatIsPlanned': 'What is planned here?',
  'search.clear': 'Remove marker'
};
