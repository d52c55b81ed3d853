/** Texts for: „Was ist hier geplant?“, Mein Standort, Erklärungen in einfacher Sprache, Handy-Layout, Offline-App. German first; `en` must have the same keys. */
export const de = {
  'filter.minInvalid': 'Bitte eine Zahl angeben, zum Beispiel 2,5 (Hektar).',
  'about.open': 'Was ist ein Flächennutzungsplan?',
  'about.title': 'Was ist ein Flächennutzungsplan?',
  'about.p1':
    'Der Flächennutzungsplan (FNP) zeigt für das ganze Stadtgebiet, wie der Boden in den nächsten 15 bis 20 Jahren grundsätzlich genutzt werden soll: wo gewohnt, gearbeitet, eingekauft wird, wo Grün, Wald und Landwirtschaft bleiben und wo Straßen verlaufen.',
  'about.p2':
    'Der Rat der Stadt Düren beschließt den Plan. Er bindet die Stadt und die Behörden bei ihren weiteren Planungen, aber nicht unmittelbar die Bürgerinnen und Bürger.',
  'about.p3':
    'Der FNP ist nicht grundstücksgenau. Ob und wie auf einem Grundstück gebaut werden darf, regelt erst ein Bebauungsplan oder – wo es keinen gibt – die Baugenehmigung nach dem Baugesetzbuch.',
  'about.p4':
    'Eine farbige Fläche in diesem Viewer heißt also: So soll die Fläche in Zukunft grundsätzlich genutzt werden. Sie heißt nicht, dass dort schon etwas beschlossen ist oder bald gebaut wird.',
  'about.close': 'Schließen',
  'nearby.title': 'Was ist hier geplant?',
  'nearby.locate': 'Mein Standort',
  'nearby.locating': 'Standort wird ermittelt …',
  'nearby.denied':
    'Ihr Standort wurde nicht freigegeben. Sie können einen Ort auch mit einem Rechtsklick oder langem Tippen auf die Karte wählen.',
  'nearby.unavailable':
    'Ihr Standort konnte nicht ermittelt werden. Sie können einen Ort auch mit einem Rechtsklick oder langem Tippen auf die Karte wählen.',
  'nearby.outside':
    'Ihr Standort liegt außerhalb des Plangebiets. Wählen Sie einen Ort mit einem Rechtsklick oder langem Tippen auf die Karte.',
  'nearby.myLocation': 'Mein Standort',
  'nearby.pointed': 'Gewählter Ort',
  'nearby.hint':
    'Tippen Sie auf „Mein Standort“ oder wählen Sie einen Ort mit einem Rechtsklick oder langem Tippen auf die Karte.',
  'nearby.radius': 'Umkreis',
  'nearby.radiusTyped': 'Eigener Umkreis in Metern',
  'nearby.radiusApply': 'Übernehmen',
  'nearby.radiusInvalid': 'Bitte einen Umkreis zwischen 1 und 50.000 Metern angeben.',
  'nearby.close': 'Ort entfernen',
  'nearby.at': 'Ort: {label}',
  'nearby.listTitle': 'Flächen, die sich ändern (nach Entfernung)',
  'nearby.col.distance': 'Entfernung',
  'nearby.col.area': 'Größe (davon im Umkreis)',
  'nearby.col.was': 'Bisher (1999)',
  'nearby.col.becomes': 'Künftig (2025)',
  'nearby.col.kind': 'Änderung',
  'nearby.kind.neu': 'neu dargestellt',
  'nearby.kind.zurueck': 'zurückgenommen',
  'nearby.kind.anders': 'geändert',
  'nearby.was.none': 'nicht dargestellt',
  'nearby.select': 'Auf der Karte zeigen',
  'nearby.balanceNote': 'Die Flächenbilanz unten gilt für diesen Umkreis.',
  'nearby.s.new': '{count} neue {noun} ({ha})',
  'nearby.s.shown.one': 'Im Umkreis von {radius} ist {items} dargestellt',
  'nearby.s.shown.many': 'Im Umkreis von {radius} sind {items} dargestellt',
  'nearby.s.noNew': 'Im Umkreis von {radius} sind keine neuen Flächen dargestellt',
  'nearby.s.back': '{ha} {noun} werden wieder {becomes}',
  'nearby.s.other.one': '1 weitere Fläche ändert ihre Darstellung ({ha})',
  'nearby.s.other.many': '{count} weitere Flächen ändern ihre Darstellung ({ha})',
  'nearby.s.nothing':
    'Im Umkreis von {radius} stellt der Plan 2025 nichts anders dar als der Plan von 1999.',
  'nearby.and': 'und',
  'nearby.plain': 'Was heißt das?',
  'nearby.plain.says': 'Was der Plan sagt',
  'nearby.plain.built': 'Was dort typisch ist',
  'nearby.plain.notMeant': 'Was es nicht heißt',
  'nearby.longpress': 'Ort gewählt: Die Antwort steht im Bereich „Was ist hier geplant?“.'
} as const;

export const en: Record<keyof typeof de, string> = {
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
  'nearby.locate': 'My location',
  'nearby.locating': 'Finding your location …',
  'nearby.denied':
    'Your location was not shared. You can also choose a place by right-clicking or long-pressing the map.',
  'nearby.unavailable':
    'Your location could not be determined. You can also choose a place by right-clicking or long-pressing the map.',
  'nearby.outside':
    'Your location is outside the plan area. Choose a place by right-clicking or long-pressing the map.',
  'nearby.myLocation': 'My location',
  'nearby.pointed': 'Chosen place',
  'nearby.hint':
    'Press “My location” or choose a place by right-clicking or long-pressing the map.',
  'nearby.radius': 'Radius',
  'nearby.radiusTyped': 'Own radius in metres',
  'nearby.radiusApply': 'Apply',
  'nearby.radiusInvalid': 'Please give a radius between 1 and 50,000 metres.',
  'nearby.close': 'Remove place',
  'nearby.at': 'Place: {label}',
  'nearby.listTitle': 'Areas that change (by distance)',
  'nearby.col.distance': 'Distance',
  'nearby.col.area': 'Size (inside the radius)',
  'nearby.col.was': 'Before (1999)',
  'nearby.col.becomes': 'Planned (2025)',
  'nearby.col.kind': 'Change',
  'nearby.kind.neu': 'newly designated',
  'nearby.kind.zurueck': 'given back',
  'nearby.kind.anders': 'changed',
  'nearby.was.none': 'not designated',
  'nearby.select': 'Show on the map',
  'nearby.balanceNote': 'The land balance below is for this radius.',
  'nearby.s.new': '{count} new {noun} ({ha})',
  'nearby.s.shown.one': 'Within {radius}, the plan shows {items}',
  'nearby.s.shown.many': 'Within {radius}, the plan shows {items}',
  'nearby.s.noNew': 'Within {radius}, the plan shows no new areas',
  'nearby.s.back': '{ha} of {noun} return to {becomes}',
  'nearby.s.other.one': '1 more area changes its designation ({ha})',
  'nearby.s.other.many': '{count} more areas change their designation ({ha})',
  'nearby.s.nothing': 'Within {radius}, the 2025 plan shows nothing different from the 1999 plan.',
  'nearby.and': 'and',
  'nearby.plain': 'What does this mean?',
  'nearby.plain.says': 'What the plan says',
  'nearby.plain.built': 'What is typical there',
  'nearby.plain.notMeant': 'What it does not mean',
  'nearby.longpress': 'Place chosen: the answer is in the “What is planned here?” section.'
};
