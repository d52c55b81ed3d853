/**
 * XPlanArchiv: a ZIP with the plan's XPlanGML file and its attachments (Begründung,
 * Umweltbericht, scanned plan with world file …), read in memory with fflate (pure JS: the
 * browser's Web Worker and the CLI alike). Bounded: at most MAX_ENTRIES entries and
 * MAX_UNZIPPED bytes unpacked, so a ZIP bomb is refused before it is inflated.
 */
import { unzipSync } from 'fflate';
import { ImportError, quoteDe as q } from './errors';

export const MAX_ENTRIES = 2000;
export const MAX_UNZIPPED = 1_000_000_000;

export interface ArchiveEntry {
  /** Path inside the archive, e.g. "Begruendung.pdf". */
  name: string;
  bytes: number;
  kind: 'xplangml' | 'raster' | 'georef' | 'document' | 'other';
}

export interface XPlanArchive {
  /** The XPlanGML files (name and bytes), in archive order. */
  plans: { name: string; data: Uint8Array }[];
  /** Everything else, listed (not kept): attachments the viewer can offer to open. */
  attachments: ArchiveEntry[];
  /** The bytes of the attachments that a plan may draw (raster plans, world files). */
  files: Map<string, Uint8Array>;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function kindOf(name: string): ArchiveEntry['kind'] {
  const n = name.toLowerCase();
  if (/\.(gml|xml)$/.test(n)) return 'xplangml';
  if (/\.(png|jpe?g|tiff?)$/.test(n)) return 'raster';
  if (/\.(pgw|jgw|tfw|wld|pngw|jpgw|tifw)$/.test(n)) return 'georef';
  if (/\.(pdf|docx?|odt|txt|html?)$/.test(n)) return 'document';
  return 'other';
}

/** Unpacks an XPlanArchiv; throws ImportError (German message) for a broken or oversized ZIP. */
export function readXPlanArchive(bytes: Uint8Array, fileName: string): XPlanArchive {
  let entries = 0;
  let total = 0;
  const listed: ArchiveEntry[] = [];
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(bytes, {
      filter: (f) => {
        if (f.name.endsWith('/')) return false;
        entries++;
        total += f.originalSize;
        if (entries > MAX_ENTRIES || total > MAX_UNZIPPED)
          throw new ImportError({
            code: 'too-large',
            file: fileName,
            de: `Die Datei ${q(fileName)} ist ein ZIP-Archiv mit mehr als ${MAX_ENTRIES.toLocaleString('de-DE')} Dateien oder mehr als ${(MAX_UNZIPPED / 1e9).toLocaleString('de-DE')} GB entpackt; es wird nicht gelesen.`,
            en: `File "${fileName}" is a ZIP archive with more than ${MAX_ENTRIES} files or more than ${MAX_UNZIPPED / 1e9} GB unpacked; it is not read.`
          });
        const kind = kindOf(f.name);
        if (kind !== 'xplangml' && kind !== 'raster' && kind !== 'georef') {
          listed.push({ name: f.name, bytes: f.originalSize, kind });
          return false;
        }
        return true;
      }
    });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError({
      code: 'unknown-format',
      file: fileName,
      de: `Die Datei ${q(fileName)} ist ein ZIP-Archiv, das sich nicht entpacken lässt (beschädigt oder unvollständig).`,
      en: `File "${fileName}" is a ZIP archive that cannot be unpacked (damaged or incomplete).`
    });
  }
  const plans: XPlanArchive['plans'] = [];
  const files = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(unpacked)) {
    const kind = kindOf(name);
    if (kind === 'xplangml') plans.push({ name, data });
    else {
      files.set(name, data);
      listed.push({ name, bytes: data.byteLength, kind });
    }
  }
  if (plans.length === 0)
    throw new ImportError({
      code: 'no-plan',
      file: fileName,
      de: `Die Datei ${q(fileName)} ist ein ZIP-Archiv ohne XPlanGML-Datei (.gml); darin: ${
        listed
          .map((a) => a.name)
          .slice(0, 8)
          .join(', ') || 'nichts'
      }.`,
      en: `File "${fileName}" is a ZIP archive without an XPlanGML file (.gml); it holds: ${
        listed
          .map((a) => a.name)
          .slice(0, 8)
          .join(', ') || 'nothing'
      }.`
    });
  return { plans, attachments: listed, files };
}

/**
 * One file of an XPlanArchiv (an attachment the user opens, e.g. Begruendung.pdf): only that
 * entry is inflated; null where the archive has no entry of that name or cannot be read.
 */
export function readArchiveEntry(bytes: Uint8Array, name: string): Uint8Array | null {
  try {
    return unzipSync(bytes, { filter: (f) => f.name === name })[name] ?? null;
  } catch {
    return null;
  }
}

/**
 * The MIME type of an attachment or raster image by its name ("application/pdf"). HTML is
 * deliberately unknown (octet-stream, so it is saved, never run as a page of this site).
 */
export function mimeTypeOf(name: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return MIME[ext] ?? 'application/octet-stream';
}
const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  txt: 'text/plain',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text'
};
