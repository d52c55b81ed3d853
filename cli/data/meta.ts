/** plan.json of the Düren model: title, dates, notice, sources, attributions, conventions. */
import type { PlanMeta } from '../../src/lib/plan/types';
import { EXT } from './layout';
import { SKETCH_ATTRIBUTION } from './sketch';
import { STOPS_ATTRIBUTION } from './stops';
import { BUSINESS_CONTACT } from './business-contact';

export function meta(
  figures: Record<string, unknown>,
  { ags: AGS, seed: SEED }: { ags: string; seed: number }
): PlanMeta {
  return {
    id: 'dueren-2025',
    title: 'Flächennutzungsplan 2025 der Stadt Düren (Modell)',
    municipality: 'Stadt Düren',
    ags: AGS,
    dates: { aufstellungsbeschluss: '2017-01-26', feststellungsbeschluss: '2024-12-11' },
    model: true,
    notice: {
      de: 'Modelldaten – nicht rechtsverbindlich. Die Stadtgrenze ist amtlich (BKG VG250); die Flächen sind ein Modell, gezeichnet nach den veröffentlichten Kennzahlen des am 11.12.2024 beschlossenen Flächennutzungsplans (Wohnbauflächen, neue Wohn- und Gewerbeflächen, benannte Gewerbegebiete). Die Lage folgt einer groben Skizze der tatsächlichen Flächennutzung aus OpenStreetMap (© OpenStreetMap-Mitwirkende, ODbL 1.0); Zuschnitt und neue Flächen sind geschätzt. Maßgeblich ist allein der Plan der Stadt Düren; seine amtliche XPlanGML-Fassung kann dieses Modell ersetzen.',
      en: 'Model data – not legally binding. The city boundary is official (BKG VG250); the areas are a model drawn to the published figures of the land-use plan adopted on 11 Dec 2024 (residential areas, new residential and commercial areas, named estates). The layout follows a coarse sketch of real land cover from OpenStreetMap (© OpenStreetMap contributors, ODbL 1.0); shapes and new areas are estimates. Only the City of Düren’s plan is authoritative; its official XPlanGML can replace this model.'
    },
    // The procedure in plain words for residents (src/lib/features/nearby/procedure.ts). A model
    // entry: written from the published dates, not from the city's own wording.
    procedure: {
      model: true,
      status: {
        de: 'Der Rat der Stadt Düren hat den neuen Flächennutzungsplan am 11.12.2024 beschlossen. Begonnen hatte das Verfahren am 26.01.2017. Gültig wird der Plan, wenn die Bezirksregierung Köln ihn genehmigt und die Stadt die Genehmigung öffentlich bekannt gemacht hat.',
        en: 'The Düren city council adopted the new land-use plan on 11 Dec 2024. The procedure had started on 26 Jan 2017. The plan takes effect once the Cologne district government has approved it and the city has published the approval.'
      },
      binding: {
        de: 'Verbindlich ist allein der Plan der Stadt Düren mit Begründung, nicht dieses Modell. Die Stadt stellt ihn auf ihrer Internetseite bereit; einsehen kann man ihn auch im Rathaus.',
        en: 'Only the City of Düren’s plan with its explanatory report is binding, not this model. The city publishes it on its website; it can also be inspected at the town hall.'
      },
      contact: {
        name: 'Stadt Düren, Stadtplanung',
        url: 'https://www.dueren.de'
      }
    },
    sourceCrs: 'EPSG:4326',
    sources: [
      {
        title: 'dn-news.de: Stadtrat beschließt neuen Flächennutzungsplan',
        url: 'https://www.dn-news.de',
        date: '2024-12-11'
      },
      {
        title: 'Stadt Düren: Flächennutzungsplan, Stadtteile, Innovationsquartier',
        url: 'https://www.dueren.de'
      },
      { title: 'Innovationsquartier Düren', url: 'https://www.iq-dueren.de' },
      {
        title: 'Wikipedia / Destatis: Düren (Fläche, Einwohner, Gemeindeschlüssel)',
        url: 'https://de.wikipedia.org/wiki/D%C3%BCren'
      },
      {
        title: 'BKG: Verwaltungsgebiete 1:250 000 (VG250)',
        url: 'https://gdz.bkg.bund.de'
      },
      {
        title:
          'OpenStreetMap (Stand 2021): grobe Skizze der Flächennutzung, Straßen, Bahnen und der Rur in Düren',
        url: 'https://www.openstreetmap.org/copyright'
      },
      {
        title: 'db-hafas-stations: Bahnhöfe und Haltestellen',
        url: 'https://github.com/derhuerst/db-hafas-stations'
      }
    ],
    attributions: [
      {
        subject: 'Stadtgrenze',
        text: '© GeoBasis-DE / BKG (Daten verändert)',
        licence: 'dl-de/by-2-0',
        url: 'https://www.govdata.de/dl-de/by-2-0'
      },
      {
        subject: 'Flächen, Stadtteile (schematisch), Orte, Innovationsquartier',
        text: `Eigenes Modell des FNP-Viewer-Projekts nach veröffentlichten Angaben; die Lage folgt einer Skizze nach OpenStreetMap, ${SKETCH_ATTRIBUTION}. Die Modelldaten des Viewers (alle außer der Stadtgrenze) stehen deshalb unter der ODbL 1.0.`,
        licence: 'ODbL 1.0',
        url: 'https://opendatacommons.org/licenses/odbl/1-0/'
      },
      {
        subject: 'Bahnhöfe und Haltestellen',
        text: STOPS_ATTRIBUTION,
        licence: 'CC BY 4.0 / ODbL 1.0',
        url: 'https://creativecommons.org/licenses/by/4.0/'
      }
    ],
    layers: {
      boundary: 'boundary.geojson',
      districts: 'districts.geojson',
      places: 'places.geojson',
      innovationsquartier: 'innovationsquartier.geojson'
    },
    generator: { command: 'npm run data:build', script: 'cli/build-data.ts', seed: SEED },
    conventions: {
      status:
        'neu ⇔ category is a building category (wohnen, gemischt, gewerbe, industrie, sonder) and previous is not one (open land, traffic or not designated); everything else is bestand, including land returned to farming (previous gewerbe, category landwirtschaft) and existing built-up areas redesignated between building categories (e.g. previous gemischt, now wohnen).',
      extensions: `An estate's planned extension is a separate feature named "<estate>${EXT}"; the estate's own name covers only the existing part.`,
      newAreas:
        'Each new area (Neuausweisung) is one feature; existing estates consist of plot features.',
      area_m2:
        'Each plan feature carries area_m2: its ellipsoidal (WGS84) area in m², computed from the written geometry (coordinates rounded to 7 decimals), rounded to 0.01 m².',
      places:
        'places.geojson kind: bahnhof (rail station; the Hauptbahnhof has main: true), haltestelle (bus stop), anschlussstelle (A4 junction, position approximate), einrichtung (building of note). Stations and stops come from db-hafas-stations (source property).',
      minimumSize:
        'Building areas (W, M, G, GI, S) are at least 0.5 ha; smaller remnants join a neighbour.'
    },
    figures,
    businessContact: BUSINESS_CONTACT
  };
}
