/**
 * The exposé lays out any value the plots schema accepts (issue 26, goal 6): with every text
 * field at its schema maximum (id 64, other texts 200, Gemarkung 60 characters) and a Merkliste
 * of MAX_SAVED plots, no text leaves the page, no two words overlap and no text runs into the QR
 * code; long values end in „…“ while the CSV keeps them whole. Measured on the PDF itself with
 * poppler's `pdftotext -bbox`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/lib/plan/categories';
import {
  ACCESS_KINDS,
  MAX_SAVED,
  type PlotFeature,
  type PlotProperties
} from '../../src/lib/plan/plots';
import { parsePlots, readPlotProperties } from '../../src/lib/plan/plots-read';
import { translator } from '../../src/lib/i18n';
import { qrDataUrl } from '../../src/lib/export/qr';
import { csvRecords } from '../../src/lib/csv';
import { exposePdf, type ExposeInput } from '../../src/lib/features/plots/expose-pdf';
import { plotsCsv } from '../../src/lib/features/plots/export';

const MM = 72 / 25.4;
const [PAGE_W, PAGE_H] = [210 * MM, 297 * MM];
/** Where the exposé's text may go: its margins (15 mm left and right), 5 mm top and bottom. */
const BODY = { left: 14.5 * MM, right: 195.5 * MM, top: 5 * MM, bottom: 292 * MM };
const QR = { x0: 169 * MM, y0: 259 * MM, x1: 195 * MM, y1: 285 * MM };

/** Wide letters, as a city's text could be: the longest a line can get per character. */
const wide = (n: number, words = true) =>
  Array.from({ length: n }, (_, i) => (words && i % 12 === 11 ? ' ' : 'WMÄ'[i % 3])).join('');

function maxPlot(i: number): PlotFeature {
  const id = `GF-${i}-${wide(64 - 4 - String(i).length, false)}`;
  const raw = {
    id,
    estate: wide(200),
    area_m2: 99_999_999,
    zoning: 'GI',
    status: 'in Vorbereitung',
    availableFrom: '2031-12-31',
    asOf: '2026-12-07',
    priceIndication_eur_m2: 99_999,
    limits: { maxHeight_m: 499.5, grz: 0.85, gfz: 9.99 },
    bplan: wide(200),
    contact: {
      name: wide(200),
      role: wide(200),
      phone: `+49 ${'2421 '.repeat(39)}`.slice(0, 200).trim(),
      email: `${'w'.repeat(190)}@duer.de`,
      url: `https://${'w'.repeat(192)}`,
      model: true
    },
    access: Object.fromEntries(
      ACCESS_KINDS.map((k) => [k, { name: wide(200), distance_m: 999_999, lon: 6.48, lat: 50.8 }])
    ),
    road: Object.fromEntries(
      ACCESS_KINDS.map((k) => [k, { distance_m: 999_999, time_s: 999_999 }])
    ),
    cadastre: { gemarkung: wide(60), flur: 999, flurstueck: '99999/9999' },
    utilities: { glasfaser: true, strom: true, gas: true, fernwaerme: true },
    restrictions: ['laerm', 'stoerfall', 'kampfmittel', 'versickerung', 'gruendach', 'bedingt'],
    divisibleFrom_m2: 99_999_999,
    tradeTax: { percent: 2000, model: true, source: wide(200) }
  };
  const props = readPlotProperties(raw);
  if (typeof props === 'string') throw new Error(`fixture not schema-valid: ${props}`);
  const x = 6.45 + i * 0.01;
  return {
    type: 'Feature',
    properties: props as PlotProperties,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, 50.8],
          [x + 0.004, 50.8],
          [x + 0.004, 50.803],
          [x, 50.803],
          [x, 50.8]
        ]
      ]
    }
  };
}

/** A plain PNG (RGB, one colour per row band) as a data URL: the map image's stand-in. */
function pngDataUrl(w: number, h: number): string {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) raw.set([200, 220 - (y % 60), 180], y * (w * 3 + 1) + 1 + x * 3);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0))
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

interface Word {
  page: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Every word of the PDF with its box (points, origin top left), by poppler. */
function words(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const out: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) {
      page++;
      const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(line)!;
      expect([Number(w), Number(h)]).toEqual([
        expect.closeTo(PAGE_W, 0),
        expect.closeTo(PAGE_H, 0)
      ]);
    }
    const m =
      /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*)<\/word>/.exec(
        line
      );
    if (m) out.push({ page, text: m[5]!, x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]! });
  }
  return out;
}

/** Overlap of two boxes beyond `slack` points each way (touching words are fine). */
const overlaps = (a: Word | typeof QR, b: Word | typeof QR, slack = 0.4) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > slack &&
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > slack;

/** Where the pages are rendered as PNG for review (pdftoppm), if set. */
const SHOTS = process.env.E2E_SHOTS;
const tmp = mkdtempSync(join(tmpdir(), 'fnp-expose-'));

async function build(
  entries: PlotFeature[],
  link: string,
  lang: 'de' | 'en',
  file: string,
  fnpArea = `Gewerbliche Baufläche (G), Fläche ${wide(40, false)}`
) {
  const t = translator(lang);
  const legend = CATEGORIES.slice(0, 8).map((c) => ({
    label: `${c.label[lang]} (${c.symbol})`,
    color: c.color
  }));
  const map = { dataUrl: pngDataUrl(300, 155), widthPx: 1200, heightPx: 620, metersPerPixel: 0.9 };
  const input: ExposeInput = {
    entries: await Promise.all(
      entries.map(async (plot) => {
        const own = `${link.split('#')[0]}#mode=plots&plot=${encodeURIComponent(plot.properties.id)}`;
        return {
          plot,
          fnpArea,
          link: own,
          qr: await qrDataUrl(own),
          map,
          legend
        };
      })
    ),
    t,
    lang,
    link,
    contact: entries[0]!.properties.contact,
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [6.4, 50.75],
          [6.55, 50.75],
          [6.55, 50.85],
          [6.4, 50.85],
          [6.4, 50.75]
        ]
      ]
    },
    mapNote: t('plots.exposeMapNote'),
    roadsNote: t('plots.exposeRoadsNote'),
    distanceNote: t('plots.roadSpeeds', { speeds: 'motorway 100 km/h, primary 70 km/h' })
  };
  const blob = await exposePdf(input);
  const path = join(tmp, file);
  writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
  return path;
}

function checkLayout(pdf: string) {
  const list = words(pdf);
  expect(list.length).toBeGreaterThan(100);
  for (const w of list) {
    const where = `page ${w.page} „${w.text}“ at ${[w.x0, w.y0, w.x1, w.y1].map((v) => (v / MM).toFixed(1))} mm`;
    expect(w.x0, where).toBeGreaterThanOrEqual(BODY.left);
    expect(w.x1, where).toBeLessThanOrEqual(BODY.right);
    expect(w.y0, where).toBeGreaterThanOrEqual(BODY.top);
    expect(w.y1, where).toBeLessThanOrEqual(BODY.bottom);
  }
  const pages = Math.max(...list.map((w) => w.page));
  for (let p = 1; p <= pages; p++) {
    const on = list.filter((w) => w.page === p);
    const words = on.map((w) => w.text).join(' ');
    const qrPage = /Link zu diesem Grundstück|Link to this plot/.test(words);
    for (let i = 0; i < on.length; i++) {
      for (let j = i + 1; j < on.length; j++)
        expect(
          overlaps(on[i]!, on[j]!),
          `page ${p}: „${on[i]!.text}“ over „${on[j]!.text}“ at ${(on[i]!.y0 / MM).toFixed(1)} mm`
        ).toBe(false);
      if (qrPage)
        expect(overlaps(on[i]!, QR, 0), `page ${p}: „${on[i]!.text}“ in the QR code`).toBe(false);
    }
  }
  return list;
}

function render(pdf: string, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SHOTS, name)]);
}

describe('exposé with schema-maximum values', () => {
  const plots = Array.from({ length: MAX_SAVED }, (_, i) => maxPlot(i + 1));
  const listLink = `https://example.org/fnp-viewer/#mode=plots&pmin=1&pmax=99999999&pzone=GE,GI,MI,MU,MK,SO&pmerk=${plots.map((p) => encodeURIComponent(p.properties.id)).join(',')}`;

  it('a Merkliste of five: nothing leaves the page, nothing overlaps, long values end in „…“', async () => {
    const pdf = await build(plots, listLink, 'de', 'merkliste.pdf');
    const list = checkLayout(pdf);
    render(pdf, 'expose-max-merkliste');
    const text = list.map((w) => w.text).join(' ');
    expect(text).toContain('…');
    // every plot has its page with its title, its QR code's page has the link under it
    expect(text.match(/Exposé Gewerbegrundstück GF-/g)?.length).toBe(MAX_SAVED);
    expect(text.match(/Link zu diesem Grundstück/g)?.length).toBe(MAX_SAVED);
    expect(text).toContain('Link zu dieser Merkliste');
  }, 60_000);

  it('one plot in English, with a link of a 2,000-point region: the link is cut, not the page', async () => {
    const region = Array.from({ length: 2000 }, (_, i) => `6.${4000 + i},50.${8000 + i}`).join(';');
    const pdf = await build(plots.slice(0, 1), `${listLink}&region=p:${region}`, 'en', 'one.pdf');
    const list = checkLayout(pdf);
    render(pdf, 'expose-max-one-en');
    expect(list.map((w) => w.text).join(' ')).toContain('Exposé business plot');
  }, 60_000);

  it('the shipped plots keep one page each (nothing pushed over for ordinary values)', async () => {
    const shipped = parsePlots(JSON.parse(readFileSync('data/dueren-2025/plots.geojson', 'utf8')));
    const three = shipped.slice(0, 3);
    const pdf = await build(
      three,
      'https://example.org/fnp-viewer/#mode=plots',
      'de',
      'shipped.pdf',
      'Gewerbliche Baufläche (G), Fläche DN-00012'
    );
    checkLayout(pdf);
    const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1];
    render(pdf, 'expose-shipped');
    expect(Number(pages)).toBe(1 + three.length);
  }, 60_000);

  it('the CSV keeps every value whole', () => {
    const rows = csvRecords(
      plotsCsv(plots, {
        link: (id) => `https://example.org/#plot=${id}`,
        fnp: () => 'G',
        restriction: String,
        utility: String
      })
    );
    const flat = rows.flat();
    const p = plots[0]!.properties;
    for (const value of [p.id, p.estate, p.contact.name, p.contact.email!, p.bplan!])
      expect(flat.some((cell) => cell.includes(value))).toBe(true);
  });
});
