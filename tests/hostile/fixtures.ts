/**
 * Hostile-input fixtures, generated at test time (nothing big is committed): each is a file
 * name, its bytes, and what the importer must say about it.
 */

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>\n`;
const ROOT_OPEN = `<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/1" xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="A">`;
/** The plan object every XPlanGML file needs (a file without one is a refused fragment). */
const PLAN = '<gml:featureMember><xplan:FP_Plan gml:id="PLAN"/></gml:featureMember>';
const SRS = 'EPSG:25832';
/** A 100 m square near Düren in EPSG:25832, as a posList. */
export const SQUARE =
  '322424.966 5630611.617 322524.966 5630611.617 322524.966 5630711.617 322424.966 5630711.617 322424.966 5630611.617';

export function member(id: string, posList: string, opts: { name?: string; dim?: string } = {}) {
  const dim = opts.dim ? ` srsDimension="${opts.dim}"` : '';
  const name = opts.name !== undefined ? `<xplan:name>${opts.name}</xplan:name>` : '';
  return `<gml:featureMember><xplan:FP_Landwirtschaft gml:id="${id}">${name}<xplan:position><gml:Polygon srsName="${SRS}"><gml:exterior><gml:LinearRing><gml:posList${dim}>${posList}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position><xplan:flaechenschluss>true</xplan:flaechenschluss></xplan:FP_Landwirtschaft></gml:featureMember>`;
}

export function gml(body: string, prolog = ''): string {
  return `${HEAD}${prolog}${ROOT_OPEN}${PLAN}${body}</xplan:XPlanAuszug>\n`;
}

const enc = (s: string) => new TextEncoder().encode(s);

export interface Hostile {
  name: string;
  bytes: Uint8Array;
  /** Expected error message (German), or null if the file must import. */
  message: RegExp | null;
}

/** A ring of n vertices on a circle of ~300 m around the square's corner (EPSG:25832). */
export function bigRing(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    parts.push(
      `${(322500 + 300 * Math.cos(a)).toFixed(3)} ${(5630700 + 300 * Math.sin(a)).toFixed(3)}`
    );
  }
  parts.push(parts[0]!);
  return parts.join(' ');
}

export function hostileFixtures(): Hostile[] {
  const ok = gml(member('GML_OK', SQUARE));
  const list: Hostile[] = [];
  const add = (name: string, data: string | Uint8Array, message: RegExp | null) =>
    list.push({ name, bytes: typeof data === 'string' ? enc(data) : data, message });
  const DTD = /aus Sicherheitsgründen nicht verarbeitet/;

  add(
    'xxe-file.gml',
    gml(
      member('X', SQUARE, { name: '&xxe;' }),
      '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    ),
    DTD
  );
  add(
    'xxe-http.gml',
    gml(
      member('X', SQUARE, { name: '&xxe;' }),
      '<!DOCTYPE x [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]>\n'
    ),
    DTD
  );
  add(
    'xxe-parameter.gml',
    gml(
      member('X', SQUARE),
      '<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>\n'
    ),
    DTD
  );
  add(
    'external-dtd.gml',
    gml(member('X', SQUARE), '<!DOCTYPE XPlanAuszug SYSTEM "http://127.0.0.1:9/x.dtd">\n'),
    DTD
  );
  let laughs = '<!ENTITY l0 "ha">';
  for (let i = 1; i <= 9; i++) laughs += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
  add(
    'billion-laughs.gml',
    gml(member('X', SQUARE, { name: '&l9;' }), `<!DOCTYPE x [${laughs}]>\n`),
    DTD
  );
  add(
    'quadratic-blowup.gml',
    gml(
      member('X', SQUARE, { name: '&a;'.repeat(20_000) }),
      `<!DOCTYPE x [<!ENTITY a "${'a'.repeat(50_000)}">]>\n`
    ),
    DTD
  );
  add(
    'deep-20000.gml',
    gml(`<gml:featureMember>${'<a>'.repeat(20_000)}${'</a>'.repeat(20_000)}</gml:featureMember>`),
    /zu tief verschachtelt.*mehr als 256 Elemente/
  );
  add(
    'latin1-labelled-utf8.gml',
    new Uint8Array([
      ...enc(gml(member('X', SQUARE, { name: 'Gr' })).slice(0, -30)),
      0xfc,
      ...enc(gml('').slice(-30))
    ]),
    /nicht in der angegebenen Zeichenkodierung „utf-8“/
  );
  add(
    'zip-renamed.gml',
    new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]),
    /ein ZIP-Archiv/
  );
  add(
    'png-renamed.gml',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    /ein PNG-Bild/
  );
  add(
    'nan.gml',
    gml(member('GML_NAN', SQUARE.replace('322524.966', 'NaN'))),
    /„GML_NAN“.*Koordinate „NaN“ ist keine Zahl/
  );
  add(
    'infinity.gml',
    gml(member('GML_INF', SQUARE.replace('322524.966', 'INF'))),
    /„GML_INF“.*Koordinate „INF“ ist keine Zahl/
  );
  add(
    '1e308.gml',
    gml(member('GML_BIG', SQUARE.replace(/322524\.966/g, '1e308'))),
    /„GML_BIG“.*(nicht umrechnen|außerhalb des Gültigkeitsbereichs)/
  );
  add(
    'hex.gml',
    gml(member('GML_HEX', SQUARE.replace('322524.966', '0x4EB58'))),
    /„GML_HEX“.*Koordinate „0x4EB58“ ist keine Zahl/
  );
  add(
    'odd-poslist.gml',
    gml(member('GML_ODD', `${SQUARE} 322424.966`)),
    /„GML_ODD“.*ungerade Anzahl von Koordinatenwerten \(11\)/
  );
  add(
    'srsdimension-huge.gml',
    gml(member('GML_DIM', SQUARE, { dim: '99999999999' })),
    /„GML_DIM“.*srsDimension „99999999999“ ist ungültig/
  );
  add(
    'srsdimension-2.5.gml',
    gml(member('GML_DIM', SQUARE, { dim: '2.5' })),
    /„GML_DIM“.*srsDimension „2\.5“ ist ungültig/
  );
  add(
    'long-name.gml',
    gml(member('GML_LONG', SQUARE, { name: 'x'.repeat(10_000) })),
    /„GML_LONG“.*Namen mit 10000 Zeichen; erlaubt sind höchstens 1000/
  );
  add(
    'asia-25832.gml',
    gml(member('GML_ASIA', SQUARE.replace(/322/g, '8322'))),
    /„GML_ASIA“.*außerhalb des Gültigkeitsbereichs von EPSG:25832/
  );
  add(
    'duplicate-id.gml',
    gml(member('GML_D', SQUARE) + member('GML_D', SQUARE)),
    /Kennung \(gml:id\) „GML_D“ mehrfach/
  );
  // GeoJSON
  const square = [
    [6.48, 50.8],
    [6.481, 50.8],
    [6.481, 50.801],
    [6.48, 50.801],
    [6.48, 50.8]
  ];
  const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  const feat = (properties: unknown, coordinates: unknown = [square]) => ({
    type: 'Feature',
    properties,
    geometry: { type: 'Polygon', coordinates }
  });
  add(
    'lon200.geojson',
    fc([
      feat({ id: 'far' }, [
        [
          [200, 100],
          [201, 100],
          [201, 101],
          [200, 100]
        ]
      ])
    ]),
    /„far“.*außerhalb des Gültigkeitsbereichs von EPSG:4326/
  );
  add('empty-id.geojson', fc([feat({ id: '' })]), /Die Kennung \(id\) ist leer/);
  add(
    'duplicate-id.geojson',
    fc([feat({ id: 'a' }), feat({ id: 'a' })]),
    /Kennung \(id\) „a“ mehrfach/
  );
  let deep: unknown = [6.48, 50.8];
  for (let i = 0; i < 5000; i++) deep = [deep];
  add(
    'nested-5000.geojson',
    `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"deep"},"geometry":{"type":"Polygon","coordinates":${'['.repeat(5000)}6.48,50.8${']'.repeat(5000)}}}]}`,
    /„deep“.*ungültige Koordinate/
  );
  // Accepted, safely
  add(
    'utf16-bom.gml',
    new Uint8Array([0xff, 0xfe, ...utf16le(ok.replace('UTF-8', 'UTF-16'))]),
    null
  );
  add('utf16-no-bom.gml', utf16le(ok.replace('UTF-8', 'UTF-16')), null);
  add('bom-crlf.gml', new Uint8Array([0xef, 0xbb, 0xbf, ...enc(ok.replace(/\n/g, '\r\n'))]), null);
  add(
    'bom-crlf.geojson',
    new Uint8Array([0xef, 0xbb, 0xbf, ...enc(fc([feat({ id: 'b' })]).replace(/,/g, ',\r\n'))]),
    null
  );
  add(
    'proto-keys.geojson',
    `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"p","__proto__":{"polluted":1},"codes":{"__proto__":"x","constructor":"y","allgArtDerBaulNutzung":"1000"}},"geometry":{"type":"Polygon","coordinates":${JSON.stringify([square])}}}]}`,
    null
  );
  add(
    'html-everywhere.gml',
    gml(member('GML_&lt;b&gt;', SQUARE, { name: '&lt;img src=x onerror=alert(1)&gt;' })),
    null
  );
  add('ring-100000.gml', gml(member('GML_BIGRING', bigRing(100_000))), null);
  return list;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >> 8;
  }
  return out;
}
