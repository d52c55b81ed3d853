/**
 * Texts of the answer for a place, loaded with it (not on the first page): the module that opens it
 * imports this file, which adds them to the German table. `tests/unit/first-load-texts.test.ts`
 * checks that every file naming one of these keys loads with such a module. German first;
 * parts/nearby-answer.en.ts has the same keys in English.
 */
import { addTexts } from '../index';

export const de = {
  'nearby.col.kind': 'Änderung',
  'nearby.select': 'Auf der Karte zeigen',
  'nearby.s.spot': 'Ihr Ort liegt in einer {noun}.',
  'nearby.s.spotSame': 'Ihr Ort liegt in einer {noun}; unverändert seit 1999.',
  'nearby.s.spotNew': 'Ihr Ort liegt in einer neuen {noun}; 1999 war hier {was}.',
  'nearby.s.spotNewNone': 'Ihr Ort liegt in einer neuen {noun}; 1999 war hier nichts festgelegt.',
  'nearby.s.spotChanged': 'Ihr Ort liegt in einer {noun}; 1999 war hier {was}.',
  'nearby.s.spotOutside':
    'Ihr Ort liegt außerhalb des Plangebiets; dort legt dieser Plan nichts fest.',
  'nearby.s.spotNone': 'Für Ihren Ort selbst legt der Plan keine Nutzung fest.',
  'nearby.s.changes': 'Im Umkreis von {radius} ändert sich: {list}.',
  'nearby.s.changesMore':
    'Im Umkreis von {radius} ändert sich: {list}; dazu {count} weitere (siehe Liste).',
  'nearby.s.noChange':
    'Im Umkreis von {radius} ändert sich sonst nichts gegenüber dem Plan von 1999.',
  'nearby.s.changeNew': 'neue {noun}',
  'nearby.s.changeBack': '{was} wird wieder {becomes}',
  'nearby.s.changeOther': '{was} wird {noun}',
  'nearby.s.away': '{d} entfernt',
  'nearby.s.adjacent': 'direkt angrenzend',
  'nearby.s.open': 'Die {noun} {d} {dir} bleibt {becomes}.',
  'nearby.s.caveat':
    'Wichtig: Dieser Plan ist ein Modell. Wo die neuen Flächen genau liegen, ist geschätzt.',
  'nearby.s.named': '{noun} „{name}“',
  'nearby.pitch.less': 'kleiner als ein Fußballfeld',
  'nearby.pitch.one': 'etwa 1 Fußballfeld',
  'nearby.pitch.many': 'etwa {count} Fußballfelder',
  'nearby.dir.n': 'nördlich',
  'nearby.dir.ne': 'nordöstlich',
  'nearby.dir.e': 'östlich',
  'nearby.dir.se': 'südöstlich',
  'nearby.dir.s': 'südlich',
  'nearby.dir.sw': 'südwestlich',
  'nearby.dir.w': 'westlich',
  'nearby.dir.nw': 'nordwestlich',
  'nearby.and': 'und',
  'nearby.longpress': 'Ort gewählt: Die Antwort steht im Bereich „Was ist hier geplant?“.',
  'nearby.myLocation': 'Mein Standort',
  'nearby.pointed': 'Gewählter Ort',
  'nearby.shared': 'geteilter Ort',
  'nearby.share': 'Link teilen',
  'nearby.shareCopied': 'Link kopiert – Sie können ihn jetzt einfügen und verschicken.',
  'nearby.shareManual': 'Kopieren Sie diesen Link:',
  'nearby.print': 'Antwort drucken',
  'nearby.printMap': 'Karte mit dem Umkreis um den Ort',
  'nearby.radius': 'Umkreis',
  'nearby.radiusTyped': 'Eigener Umkreis in Metern',
  'nearby.radiusApply': 'Übernehmen',
  'nearby.radiusInvalid': 'Bitte einen Umkreis zwischen 1 und 50.000 Metern angeben.',
  'nearby.at': 'Ort: {label}',
  'nearby.listTitle': 'Flächen, die sich ändern (nach Entfernung)',
  'nearby.col.distance': 'Entfernung',
  'nearby.col.area': 'Größe (davon im Umkreis)',
  'nearby.col.was': 'Bisher (1999)',
  'nearby.col.becomes': 'Künftig (2025)',
  'nearby.kind.neu': 'neu geplant',
  'nearby.kind.zurueck': 'zurückgenommen',
  'nearby.kind.anders': 'geändert',
  'nearby.was.none': 'nichts festgelegt',
  'nearby.balanceNote': 'Die Flächenbilanz unten gilt für diesen Umkreis.',
  'nearby.s.caveatLink': 'Mehr zum Modell'
} as const;

addTexts(de);
