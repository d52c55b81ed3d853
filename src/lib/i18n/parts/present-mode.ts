/**
 * Texts of the presentation and the print panel, loaded with it (not on the first page): the module that opens it
 * imports this file, which adds them to the German table. `tests/unit/first-load-texts.test.ts`
 * checks that every file naming one of these keys loads with such a module. German first;
 * parts/present-mode.en.ts has the same keys in English.
 */
import { addTexts } from '../index';

export const de = {
  'present.keys':
    'Pfeiltasten, Bild auf/ab oder Leertaste: Szene wechseln. Pos1/Ende: erste/letzte Szene. B oder Punkt: schwarzer Bildschirm, W: weißer Bildschirm (jede Taste kehrt zurück). Escape: beenden.',
  'present.pointer': 'Zeiger',
  'present.blank': 'Bildschirm ausgeblendet. Eine beliebige Taste zeigt die Szene wieder.',
  'present.subject': 'Thema der Szene: {subject}',
  'print.pngMap': 'nur Karte',
  'print.pngSheet': 'ganzes Blatt',
  'print.pngChoice': 'Karte als PNG',
  'print.titleField': 'Titel',
  'print.subtitleField': 'Untertitel',
  'print.scaleText': 'Maßstab 1:{n} (bei {paper})',
  'print.changeTitle': 'Änderungskarte 1999 → 2025',
  'print.changeLegend': 'Änderungen (Hektar)',
  'print.changeMap': 'Änderungskarte {before} – {after}',
  'present.region': 'Präsentation',
  'present.toolbar': 'Steuerung der Präsentation',
  'present.prev': 'Vorherige Szene',
  'present.next': 'Nächste Szene',
  'present.counter': 'Szene {n} von {total}',
  'present.legend': 'Legende',
  'present.balance': 'Flächenbilanz',
  'present.edit': 'Szenen bearbeiten',
  'present.leave': 'Präsentation beenden',
  'present.noScenes':
    'Für diesen Plan gibt es noch keine Szenen. Fügen Sie die aktuelle Ansicht als Szene hinzu.',
  'present.fileError':
    'Die Datei enthält keine gültigen Szenen ({detail}). Die bisherigen Szenen bleiben erhalten.',
  'present.editor': 'Szenen bearbeiten',
  'present.add': 'Aktuelle Ansicht als Szene hinzufügen',
  'present.title': 'Titel der Szene {n}',
  'present.note': 'Notiz zur Szene {n}',
  'present.up': 'Szene {n} nach oben',
  'present.down': 'Szene {n} nach unten',
  'present.delete': 'Szene {n} löschen',
  'present.show': 'Szene {n} zeigen',
  'present.download': 'Szenen herunterladen (JSON)',
  'present.upload': 'Szenen hochladen (JSON)',
  'present.reset': 'Mitgelieferte Szenen wiederherstellen',
  'present.close': 'Schließen',
  'present.saved': 'Änderungen werden in diesem Browser gespeichert.',
  'present.unsaved':
    'Die Szenen konnten in diesem Browser nicht gespeichert werden; laden Sie sie herunter, um sie zu behalten.',
  'print.panel': 'Druck und Export',
  'print.paper': 'Papierformat',
  'print.orientation': 'Ausrichtung',
  'print.landscape': 'Querformat',
  'print.portrait': 'Hochformat',
  'print.print': 'Drucken',
  'print.pdf': 'PDF herunterladen',
  'print.png': 'Karte als PNG',
  'print.cancel': 'Abbrechen',
  'print.busy': 'Karte wird in Druckauflösung berechnet …',
  'print.done': 'Fertig: {file}',
  'print.cancelled': 'Abgebrochen.',
  'print.failed': 'Der Export ist fehlgeschlagen: {detail}',
  'print.noMap': 'Ohne Karte (WebGL fehlt) ist kein Druck der Karte möglich.',
  'print.legend': 'Legende',
  'print.subtitle': '{plan} · {date}',
  'print.planDate': 'Feststellungsbeschluss {date}',
  'print.printed': 'Gedruckt am {date}',
  'print.mapAlt': 'Karte des Plans im gedruckten Ausschnitt',
  'print.qr': 'QR-Code mit dem Link zu dieser Ansicht',
  'print.scale': 'Maßstabsleiste',
  'print.north': 'Norden ist oben',
  'print.compareTitle': 'Vergleich: {before} und {after}',
  'print.matrix':
    'Übergangsmatrix in Hektar: frühere Darstellung (Zeilen), heutige Darstellung (Spalten)',
  'print.matrixKey': 'Spalten: {list}',
  'print.delta': 'Flächenbilanz {scope}: {before}, {after} und Veränderung in Hektar',
  'print.change': 'Veränderung'
} as const;

addTexts(de);
