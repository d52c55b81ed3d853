/** Texts for: „Was ist hier geplant?“, Mein Standort, Erklärungen in einfacher Sprache, Handy-Layout, Offline-App. German first; parts/<name>.en.ts has the same keys in English. */
export const de = {
  'list.onlyRegion': 'Nur Flächen in der gezeichneten Fläche',
  'sheet.tabs': 'Bereiche',
  'sheet.tab.answer': 'Was ist hier?',
  'sheet.tab.details': 'Auswahl',
  'sheet.tab.legend': 'Legende',
  'sheet.tab.balance': 'Flächenbilanz',
  'sheet.tab.list': 'Liste',
  'sheet.expand': 'Bereich vergrößern',
  'sheet.collapse': 'Bereich verkleinern',
  'sheet.handleKeys':
    'Pfeil hoch vergrößert, Pfeil runter verkleinert, Escape klappt den Bereich ein.',
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
  'pwa.update': 'Neue Version verfügbar – neu laden',
  'focus.whole': 'Gesamtes Plangebiet',
  'header.more': 'Mehr',
  'header.actions': 'Ansichten und Ausgabe',
  'places.title': 'Punkte auf der Karte',
  'places.kind.bahnhof': 'Bahnhof',
  'places.kind.anschlussstelle': 'Autobahn-Anschlussstelle (A 4, Lage ungefähr)',
  'places.kind.einrichtung': 'Wichtige Einrichtung',
  'places.kind.haltestelle': 'Bushaltestelle (beim Hineinzoomen)',
  'places.kind.ort': 'Ort',
  'nearby.title': 'Was ist hier geplant?',
  'nearby.skip': 'Zu ‚Was ist hier geplant?‘',
  'nearby.locate': 'Mein Standort',
  'nearby.locating': 'Standort wird ermittelt …',
  'nearby.denied':
    'Ihr Standort wurde nicht freigegeben. Sie können einen Ort auch mit einem Rechtsklick oder langem Tippen auf die Karte wählen.',
  'nearby.unavailable':
    'Ihr Standort konnte nicht ermittelt werden. Sie können einen Ort auch mit einem Rechtsklick oder langem Tippen auf die Karte wählen.',
  'nearby.outside':
    'Ihr Standort liegt außerhalb des Plangebiets. Wählen Sie einen Ort mit einem Rechtsklick oder langem Tippen auf die Karte.',
  'nearby.proc.title': 'Wie verbindlich ist das? Das Verfahren in einfachen Worten',
  'nearby.proc.model':
    'Modell-Eintrag: Diese Angaben hat das Projekt aus veröffentlichten Daten zusammengestellt, nicht die Stadt.',
  'nearby.proc.status': 'Wo steht der Plan?',
  'nearby.proc.binding': 'Wo ist der verbindliche Plan?',
  'nearby.proc.build': 'Darf hier gebaut werden?',
  'nearby.proc.buildText':
    'Das sagt der Flächennutzungsplan nicht. Ob und wie auf einem Grundstück gebaut werden darf, regelt ein Bebauungsplan – wo es keinen gibt, entscheidet die Bauaufsicht über den Bauantrag. Neue Baugebiete brauchen erst einen eigenen Bebauungsplan, bei dem Sie wieder mitreden können.',
  'nearby.proc.ask': 'Wen kann ich fragen?',
  'map.piecesOffline': 'Offline – nicht alle Kartenteile verfügbar',
  'map.piecesMissing': 'Nicht alle Kartenteile verfügbar',
  'search.streetsNeedBasemap':
    'Straßen und Hausnummern findet die Suche erst, wenn diese Seite ihre Hintergrundkarte installiert hat; Stadtteile, Orte und Flächen findet sie immer.',
  'nearby.hint':
    'Suchen Sie oben Ihre Adresse, tippen Sie auf „Mein Standort“ oder halten Sie einen Ort auf der Karte gedrückt (Rechtsklick mit der Maus).',
  'nearby.close': 'Ort entfernen',
  'nearby.plain': 'Was heißt das?',
  'nearby.plain.says': 'Was der Plan sagt',
  'nearby.plain.built': 'Was dort typisch ist',
  'nearby.plain.notMeant': 'Was es nicht heißt'
} as const;
