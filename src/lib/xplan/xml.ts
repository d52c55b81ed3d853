/**
 * The XML side of reading XPlanGML: the character encoding, the root element and version, and
 * German messages for what saxes reports about a broken file.
 */
import { quoteDe, type Fail } from './errors';

export const XPLAN_NS = /^http:\/\/www\.xplanung\.de\/xplangml\/(\d+)\/(\d+)$/;

/** Reads the encoding from the XML declaration (or BOM); UTF-8 by default. */
export function sniffEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // UTF-16 without BOM: "<?" or "<X" as two-byte characters.
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[3] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00) return 'utf-16be';
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 256); i++)
    head += String.fromCharCode(bytes[i] as number);
  const m = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return m ? (m[1] as string).toLowerCase() : 'utf-8';
}

/** XPlanGML versions read: 4.0, 4.1 (with the renames undone, see versions.ts), 5.0–5.4, 6.0, 6.1. */
export function isSupportedVersion(major: number, minor: number): boolean {
  return (major === 4 && minor <= 1) || (major === 5 && minor <= 4) || (major === 6 && minor <= 1);
}
const SUPPORTED_DE = 'XPlanGML 4.0, 4.1, 5.0 bis 5.4, 6.0 und 6.1';
const SUPPORTED_EN = 'XPlanGML 4.0, 4.1, 5.0 to 5.4, 6.0 and 6.1';

/** The XPlanGML version ("5.1") of a root element; throws unless XPlanAuszug of a supported version. */
export function rootVersion(
  local: string,
  uri: string,
  file: string,
  line: number,
  fail: Fail
): string {
  const m = XPLAN_NS.exec(uri);
  if (local === 'FeatureCollection' && /opengis\.net\/wfs/.test(uri))
    return fail(
      'not-xplangml',
      `Die Datei ${quoteDe(file)} ist eine WFS-Antwort (wfs:FeatureCollection, Namensraum ${quoteDe(uri)}) und kein XPlanGML-Plan: Das Wurzelelement muss „XPlanAuszug“ sein. Bitte den Plan als XPlanGML-Datei (XPlanAuszug) exportieren.`,
      `File "${file}" is a WFS response (wfs:FeatureCollection, namespace "${uri}"), not an XPlanGML plan: the root element must be "XPlanAuszug".`,
      null,
      line
    );
  if (local !== 'XPlanAuszug' || !m) {
    if (local === 'XPlanAuszug' || /xplanung\.de/.test(uri)) {
      fail(
        'unsupported-version',
        `Die Datei ${quoteDe(file)} ist in einer nicht unterstützten XPlanGML-Fassung (Wurzelelement ${quoteDe(local)}, Namensraum ${quoteDe(uri)}); unterstützt werden ${SUPPORTED_DE} mit dem Wurzelelement „XPlanAuszug“.`,
        `File "${file}" uses an unsupported XPlanGML version or root (root "${local}", namespace "${uri}"); supported: ${SUPPORTED_EN} with root "XPlanAuszug".`,
        null,
        line
      );
    }
    const ns = uri ? ` (Namensraum ${quoteDe(uri)})` : '';
    return fail(
      'not-xplangml',
      `Die Datei ${quoteDe(file)} ist kein XPlanGML: Wurzelelement ${quoteDe(local)}${ns} statt „XPlanAuszug“.`,
      `File "${file}" is not XPlanGML: root element "${local}"${uri ? ` (namespace "${uri}")` : ''} instead of "XPlanAuszug".`,
      null,
      line
    );
  }
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (!isSupportedVersion(major, minor))
    fail(
      'unsupported-version',
      `Die Datei ${quoteDe(file)} ist XPlanGML ${major}.${minor} (Namensraum ${quoteDe(uri)}); unterstützt werden ${SUPPORTED_DE}.`,
      `File "${file}" is XPlanGML ${major}.${minor} (namespace "${uri}"); supported: ${SUPPORTED_EN}.`,
      null,
      line
    );
  return `${major}.${minor}`;
}

/** Where the reader stood when saxes reported an error. */
export interface XmlErrorPlace {
  line: number;
  column: number;
  /** Whether the root element had been read. */
  sawRoot: boolean;
  /** The first characters of the file. */
  head: string;
  /** The innermost element still open, if any was being captured. */
  open: string | null;
  /** The error came from closing the parser (the end of the file). */
  atEnd: boolean;
}

/** Throws the ImportError for a saxes error: not XML, truncated, or not well-formed. */
export function xmlError(err: Error, at: XmlErrorPlace, file: string, fail: Fail): never {
  const msg = err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
  const { line, column: col, open } = at;
  if (!at.sawRoot) {
    const start = at.head.replace(/^\uFEFF/, '').trimStart();
    if (!start.startsWith('<')) {
      const shown = start.slice(0, 30).replace(/\s+/g, ' ');
      return fail(
        'not-xml',
        `Die Datei ${quoteDe(file)} ist keine XML-Datei und damit kein XPlanGML: Sie beginnt mit ${quoteDe(shown + (start.length > 30 ? '…' : ''))} statt mit einer XML-Deklaration oder einem Element.`,
        `File "${file}" is not an XML file, hence not XPlanGML: it starts with "${shown}" instead of an XML declaration or element.`,
        null,
        1
      );
    }
    return fail(
      'not-xml',
      `Die Datei ${quoteDe(file)} ist keine gültige XML-Datei und damit kein XPlanGML (Zeile ${line}, Spalte ${col}: ${translateSaxes(msg)}).`,
      `File "${file}" is not a valid XML file, hence not XPlanGML (line ${line}, column ${col}: ${msg})`,
      null,
      line
    );
  }
  if (at.atEnd && /unclosed tag|unexpected end/i.test(msg)) {
    const where = open ? ` im Element ${quoteDe(open)}` : '';
    return fail(
      'truncated-xml',
      `Die Datei ${quoteDe(file)} ist unvollständig: Sie endet in Zeile ${line}${where}, bevor alle Elemente geschlossen sind. Vermutlich wurde sie beim Kopieren oder Herunterladen abgeschnitten.`,
      `File "${file}" is truncated: it ends at line ${line}${open ? ` inside element "${open}"` : ''} before all elements are closed.`,
      null,
      line
    );
  }
  return fail(
    'xml-syntax',
    `Die Datei ${quoteDe(file)} ist kein gültiges XML (Zeile ${line}, Spalte ${col}: ${translateSaxes(msg)}).`,
    `File "${file}" is not well-formed XML (line ${line}, column ${col}: ${msg}).`,
    null,
    line
  );
}

/** German rendering of the saxes messages a user is likely to meet. */
function translateSaxes(msg: string): string {
  const table: [RegExp, string][] = [
    [/text data outside of root node/, 'Text außerhalb des Wurzelelements'],
    [/document must contain a root element/, 'kein Wurzelelement'],
    [/unexpected close tag/, 'unerwartetes schließendes Tag'],
    [/unclosed tag/, 'nicht geschlossenes Tag'],
    [/unbound namespace prefix/, 'nicht deklariertes Namensraum-Präfix'],
    [/disallowed character/, 'unzulässiges Zeichen'],
    [/unexpected end/, 'unerwartetes Dateiende'],
    [/documents may contain only one root/, 'mehr als ein Wurzelelement'],
    [/attribute without value/, 'Attribut ohne Wert'],
    [/unquoted attribute value/, 'Attributwert ohne Anführungszeichen']
  ];
  for (const [re, de] of table) if (re.test(msg)) return `${de} – ${msg}`;
  return msg;
}
