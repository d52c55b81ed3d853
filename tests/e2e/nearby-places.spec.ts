/**
 * Every circle the map draws for places.geojson (stations, A 4 junctions, facilities, bus stops)
 * is explained: its kind has an entry in the legend, also where the map shows no name for it.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { gotoViewer, waitForMap } from './helpers';

const places = JSON.parse(readFileSync('data/dueren-2025/places.geojson', 'utf8')) as {
  features: { properties: { kind?: string; name: string }; geometry: { coordinates: number[] } }[];
};

/** Kinds and names of the places circles MapLibre has drawn, with whether a label shows. */
async function drawn(page: Page) {
  return page.evaluate(() => {
    const map = window.fnpViewer!.map;
    const labelled = new Set(
      map.queryRenderedFeatures({ layers: ['places-label'] }).map((f) => f.properties.name)
    );
    return map
      .queryRenderedFeatures({ layers: ['places-circle'] })
      .filter(
        (f) =>
          Number((f.layer.paint as Record<string, unknown> | undefined)?.['circle-opacity'] ?? 1) >
          0
      )
      .map((f) => ({
        kind: String(f.properties.kind),
        name: String(f.properties.name),
        labelled: labelled.has(f.properties.name)
      }));
  });
}

const legendKind = (kind: string) => (kind === 'gebaeude' ? 'einrichtung' : kind);

for (const view of ['whole', 'station'] as const) {
  test(`each circle on the map has a legend entry (${view})`, async ({ page }) => {
    test.setTimeout(120_000);
    const station =
      places.features.find((f) => f.properties.kind === 'bahnhof') ?? places.features[0]!;
    const [lon, lat] = station.geometry.coordinates;
    await gotoViewer(page, view === 'whole' ? '' : `#map=14.5/${lat}/${lon}`);
    await waitForMap(page);
    const circles = await drawn(page);
    expect(circles.length).toBeGreaterThan(0);
    const legend = page.getByRole('region', { name: 'Punkte auf der Karte' });
    await expect(legend).toBeVisible();
    for (const kind of new Set(circles.map((c) => legendKind(c.kind)))) {
      const entry = legend.locator(`li[data-kind="${kind}"]`);
      await expect(entry).toBeVisible();
      await expect(entry).toHaveText(/\p{L}{3,}/u);
    }
    // Unlabelled circles exist on this map (junctions crowded out, stops before zoom 15):
    // the legend is what explains them.
    console.log(
      view,
      circles.length,
      'circles,',
      circles.filter((c) => !c.labelled).length,
      'unlabelled'
    );
  });
}
