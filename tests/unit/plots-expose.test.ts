import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlots } from '../../src/lib/plan/plots-read';
import { csvRecords } from '../../src/lib/csv';
import { plotsCsv, PLOTS_CSV_HEADER } from '../../src/lib/features/plots/export';
import { breakUrl } from '../../src/lib/features/plots/expose-pdf';
import { enquiryMailto, telHref } from '../../src/lib/features/plots/enquiry';
import { distanceText, sizeText } from '../../src/lib/features/plots/plot-format';
import { interiorPoint, pointInGeometry } from '../../src/lib/geo/access';

const plots = parsePlots(JSON.parse(readFileSync('data/dueren-2025/plots.geojson', 'utf8')));

describe('CSV for the scout', () => {
  it('adds centroid lat/lon, link, FNP category, road distances and contact; parses back', () => {
    const sample = plots.slice(0, 3);
    const rows = csvRecords(
      plotsCsv(sample, {
        link: (id) => `https://example.org/viewer/#mode=plots&plot=${id}`,
        fnp: () => 'Gewerbliche Baufläche (G)',
        restriction: (c) => `R:${c}`,
        utility: (c) => `U:${c}`
      })
    );
    const col = (name: (typeof PLOTS_CSV_HEADER)[number]) => rows[0]!.indexOf(name);
    rows.slice(1).forEach((r, i) => {
      const f = sample[i]!;
      const lat = Number(r[col('Breite (WGS84)')]!.replace(',', '.'));
      const lon = Number(r[col('Länge (WGS84)')]!.replace(',', '.'));
      expect(pointInGeometry(lon, lat, f.geometry)).toBe(true);
      expect([lon, lat].map((v) => v.toFixed(5))).toEqual(
        interiorPoint(f.geometry).map((v) => v.toFixed(5))
      );
      expect(r[col('Link')]).toBe(`https://example.org/viewer/#mode=plots&plot=${f.properties.id}`);
      expect(r[col('Darstellung im FNP')]).toBe('Gewerbliche Baufläche (G)');
      expect(r[col('Telefon')]).toBe('02421 25-0');
      expect(r[col('E-Mail')]).toBe(f.properties.contact.email);
      expect(r[col('Kontakt ist Modelleintrag')]).toBe('ja');
      expect(r[col('Gewerbesteuer-Hebesatz (%)')]).toBe('490 (Modellwert)');
      expect(r[col('Erschließung')]).toContain('U:strom');
    });
  });
});

describe('exposé link and units', () => {
  const width = (s: string) => s.length; // one unit per character
  it('breaks a URL only after / ? & # = , +', () => {
    const url =
      'https://example.org/fnp-viewer/#mode=plots&pmin=20000&pmax=50000&pzone=GE,GI&pmerk=GF-0004,GF-0005%2BGF-0006&plot=GF-0004';
    const lines = breakUrl(url, 30, width);
    expect(lines.join('')).toBe(url);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(30);
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/[/?&#=,+]$/);
    // a part longer than a line is the only thing cut
    expect(breakUrl('https://x.org/' + 'a'.repeat(50), 20, width).join('')).toBe(
      'https://x.org/' + 'a'.repeat(50)
    );
  });

  it('units as on screen: 3,9 km, 850 m, 2,83 ha, 4.250 m²', () => {
    expect(distanceText(3900, 'de')).toBe('3,9 km');
    expect(distanceText(850, 'de')).toBe('850 m');
    expect(sizeText(28_345, 'de')).toBe('2,83 ha');
    expect(sizeText(4250, 'de')).toBe('4.250 m²');
  });
});

describe('Anfrage senden', () => {
  it('mailto with the plot ids and the exposé link in the body', () => {
    const [a, b] = [plots[0]!.properties, plots[1]!.properties];
    const href = enquiryMailto(a.contact, [a, b], 'https://example.org/#mode=plots&pmerk=X,Y', {
      subject: (ids) => `Anfrage ${ids}`,
      body: (list, link) => `Liste:\n${list}\nLink: ${link}`,
      size: (m2) => `${m2} m²`
    })!;
    expect(href.startsWith(`mailto:${a.contact.email}?subject=`)).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe(`Anfrage ${a.id}, ${b.id}`);
    const body = url.searchParams.get('body')!;
    expect(body).toContain(a.id);
    expect(body).toContain(b.id);
    expect(body).toContain('Link: https://example.org/#mode=plots&pmerk=X,Y');
    expect(body).toContain('\r\n');
    expect(
      enquiryMailto({ name: 'ohne Mail' }, [a], 'x', {
        subject: String,
        body: String,
        size: String
      })
    ).toBeNull();
  });

  it('tel: link from a written number', () => {
    expect(telHref('+49 2421 25-0')).toBe('tel:+49242125-0');
  });
});
