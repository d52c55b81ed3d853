/**
 * The exposé PDF lays out any schema-valid field length (issue 26): with every text field at its
 * schema maximum (id 64 characters, estate, B-Plan, contact and names 200), the title stays on
 * the page (shrunk, at most two lines), long values wrap and end with „…“, and no text runs
 * off the page or into the footer with the QR code and the link.
 */
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/lib/i18n';
import type { PlotFeature } from '../../src/lib/plan/plots';
import { exposeLayout, PAGE, type ExposeInput } from '../../src/lib/modes/plots/expose-pdf';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const long = (n: number, word = 'Gewerbegebiet ') =>
  word.repeat(Math.ceil(n / word.length)).slice(0, n);
const point = (name: string) => ({ name, distance_m: 1234, lon: 6.48, lat: 50.8 });

function input(plot: PlotFeature['properties'], map: boolean): ExposeInput {
  return {
    plot: { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: plot },
    t: translator('de'),
    lang: 'de',
    fnpArea: long(200, 'Gewerbliche Baufläche ') + ', Fläche DN-00012',
    surroundings: Array.from({ length: 6 }, (_, i) => ({
      label: long(120, 'Fläche für Versorgungsanlagen '),
      area: `${i},00 ha`,
      share: `${i} %`
    })),
    link: `https://fnp.example/#${'x'.repeat(1500)}`,
    qr: PNG,
    map: map ? { dataUrl: PNG, widthPx: 800, heightPx: 600, metersPerPixel: 1 } : null,
    mapNote: long(300, 'Kartengrundlage ')
  };
}

const MAX: PlotFeature['properties'] = {
  id: 'GF-' + 'X'.repeat(61),
  estate: long(200),
  area_m2: 99_999_999,
  zoning: 'GE',
  status: 'in Vorbereitung',
  availableFrom: '2027-01-01',
  priceIndication_eur_m2: 99_999,
  limits: { maxHeight_m: 500, grz: 1 },
  bplan: long(200, 'Bebauungsplan Nr. 12/345 '),
  contact: { name: long(200, 'Wirtschaftsförderung Düren '), url: `https://${'a'.repeat(190)}.de` },
  asOf: '2026-09-01',
  access: { a4: point(long(200, 'Anschlussstelle ')), hbf: point(long(200, 'Hauptbahnhof ')) }
};

describe('exposé layout with schema-maximum fields', () => {
  for (const map of [true, false])
    it(`stays on the page and out of the footer (${map ? 'with' : 'without'} map)`, () => {
      const doc = new jsPDF({ unit: 'mm', format: 'a4' });
      const placed = exposeLayout(doc, input(MAX, map));
      const right = PAGE.left + PAGE.width + 0.2;
      for (const p of placed) {
        expect(p.x, p.text).toBeGreaterThanOrEqual(PAGE.left - 0.2);
        expect(p.x + p.width, p.text).toBeLessThanOrEqual(right);
        expect(p.y, p.text).toBeLessThanOrEqual(PAGE.height - 5);
      }
      const title = placed.filter((p) => p.y < 27 && p.size >= 11 && p.text.startsWith('Exposé'));
      expect(title.length).toBeGreaterThanOrEqual(1);
      // everything above the footer ends above it; the footer holds only the link lines
      const link = placed.filter(
        (p) => p.text.startsWith('https://fnp.example') || p.y > PAGE.height - 13
      );
      const body = placed.filter(
        (p) => !link.includes(p) && p.text !== 'Link zu diesem Grundstück'
      );
      expect(Math.max(...body.map((p) => p.y))).toBeLessThanOrEqual(PAGE.footerTop);
      expect(link.length).toBeLessThanOrEqual(3);
      // long values are cut with „…“ (the CSV keeps the full text)
      expect(placed.some((p) => p.text.endsWith('…'))).toBe(true);
    });

  it('short values are shown whole, at the full title size', () => {
    const doc = new jsPDF({ unit: 'mm', format: 'a4' });
    const placed = exposeLayout(doc, {
      ...input(
        {
          ...MAX,
          id: 'GF-0001',
          estate: 'Im Rossfeld',
          bplan: 'Nr. 12',
          contact: { name: 'Stadt' }
        },
        true
      ),
      fnpArea: 'Gewerbliche Baufläche',
      surroundings: [{ label: 'Wald', area: '1,00 ha', share: '5 %' }],
      link: 'https://fnp.example/#p=GF-0001',
      mapNote: 'Karte'
    });
    expect(placed[0]).toMatchObject({ text: 'Exposé Gewerbegrundstück GF-0001', size: 16 });
    expect(placed.some((p) => p.text === 'Im Rossfeld · Stand: 1.9.2026')).toBe(true);
    expect(placed.filter((p) => p.text.endsWith('…') && p.text.length > 1)).toEqual([]);
  });
});
