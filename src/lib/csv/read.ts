/**
 * CSV as Excel writes it, read in pieces (the CLI streams a file, tests and the browser pass
 * text or bytes at once):
 * - encodings: UTF-8 with or without byte-order mark, UTF-16 LE/BE (with BOM, or recognised by
 *   their zero bytes), Windows-1252 (Excel's default for „CSV (Trennzeichen-getrennt)“ in
 *   Germany) when the bytes are not UTF-8;
 * - separators `;`, `,` and tab, detected from the header line (outside quotes);
 * - quotes per RFC 4180: a field that starts with `"` runs to the next lone `"`, `""` is a quote
 *   inside it, and it may span lines; a `"` inside an unquoted field is an ordinary character
 *   (as Excel reads it). A quote that is never closed, or text after a closing quote, is an
 *   error naming line and column — never silent loss of the rows after it;
 * - lines are CRLF, LF or CR; empty lines are skipped.
 * Every error is a `CsvError` with a German message (English second) naming line and column.
 * Core: no DOM, no node.
 */

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type CsvSeparator = ';' | ',' | '\t';

/** Longest field accepted (characters): longer means a quote was not closed, or not a CSV. */
export const MAX_FIELD_CHARS = 1 << 20;
/** Most fields in one row. */
export const MAX_FIELDS = 1000;

export class CsvError extends Error {
  constructor(
    readonly de: string,
    readonly en: string,
    readonly line: number,
    readonly column: number | null
  ) {
    super(de);
  }
}

const where = (line: number, column: number | null) =>
  column === null ? `Zeile ${line}` : `Zeile ${line}, Spalte ${column}`;
const whereEn = (line: number, column: number | null) =>
  column === null ? `line ${line}` : `line ${line}, column ${column}`;

/** One parsed record: its fields and the (1-based) line it starts on. */
export interface CsvRow {
  fields: string[];
  line: number;
}

/**
 * Bytes → text in pieces, with the encoding found from the first bytes. UTF-8 is read strictly:
 * if a piece is not UTF-8 and everything before it was ASCII, the file is Windows-1252 from
 * there on (both agree on ASCII); a file that switches after real UTF-8 is an error.
 */
export class CsvDecoder {
  encoding: CsvEncoding | null = null;
  private decoder: TextDecoder | null = null;
  private asciiSoFar = true;
  private pending: Uint8Array = new Uint8Array(0);
  /** Non-ASCII bytes at the end of the last piece that the strict UTF-8 decoder holds back. */
  private held: Uint8Array = new Uint8Array(0);
  /** Lines seen so far (for the line of an encoding error). */
  private lines = 1;

  /** Decodes the next piece of bytes (`last`: no more follow). */
  push(bytes: Uint8Array, last = false): string {
    if (this.encoding === null) {
      // The BOM and the UTF-16 test need the first few bytes.
      const head = concat(this.pending, bytes);
      if (head.length < 4 && !last) {
        this.pending = head;
        return '';
      }
      this.pending = new Uint8Array(0);
      return this.start(head, last);
    }
    return this.decode(bytes, last);
  }

  private start(head: Uint8Array, last: boolean): string {
    let skip = 0;
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
      this.encoding = 'utf-8';
      skip = 3;
    } else if (head[0] === 0xff && head[1] === 0xfe) {
      this.encoding = 'utf-16le';
      skip = 2;
    } else if (head[0] === 0xfe && head[1] === 0xff) {
      this.encoding = 'utf-16be';
      skip = 2;
    } else {
      // UTF-16 without BOM: text of mostly Latin letters has a zero byte in every other place.
      let evenZero = 0;
      let oddZero = 0;
      const n = Math.min(head.length, 512) & ~1;
      for (let i = 0; i < n; i += 2) {
        if (head[i] === 0) evenZero++;
        if (head[i + 1] === 0) oddZero++;
      }
      if (n >= 4 && oddZero > n / 4 && evenZero === 0) this.encoding = 'utf-16le';
      else if (n >= 4 && evenZero > n / 4 && oddZero === 0) this.encoding = 'utf-16be';
      else this.encoding = 'utf-8';
    }
    if (this.encoding !== 'utf-8')
      this.decoder = new TextDecoder(this.encoding, { fatal: true, ignoreBOM: true });
    else this.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return this.decode(head.subarray(skip), last);
  }

  private decode(bytes: Uint8Array, last: boolean): string {
    const decoder = this.decoder as TextDecoder;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: !last });
    } catch {
      if (
        this.encoding === 'utf-8' &&
        this.asciiSoFar &&
        !startsValidUtf8(concat(this.held, bytes))
      ) {
        this.encoding = 'windows-1252';
        this.decoder = new TextDecoder('windows-1252');
        // The bytes the strict decoder held back belong to this text too.
        return this.decode(concat(this.held, bytes), last);
      }
      const line = this.lines;
      throw new CsvError(
        `${where(line, null)}: Die Datei ist nicht einheitlich kodiert (ungültige ${this.encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'}-Bytefolge). Bitte in Excel „Speichern unter … CSV UTF-8“ wählen.`,
        `${whereEn(line, null)}: invalid ${this.encoding} byte sequence (mixed encodings).`,
        line,
        null
      );
    }
    if (this.asciiSoFar && this.encoding === 'utf-8') {
      let k = bytes.length;
      while (k > 0 && bytes.length - k < 3 && (bytes[k - 1] as number) >= 0x80) k--;
      this.held = bytes.slice(k);
    }
    if (this.asciiSoFar && this.encoding === 'utf-8')
      for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) > 0x7f) {
          this.asciiSoFar = false;
          break;
        }
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lines++;
    return text;
  }
}

/** True if the first non-ASCII byte begins a well-formed UTF-8 sequence (so the text is UTF-8). */
function startsValidUtf8(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length && (b[i] as number) < 0x80) i++;
  if (i === b.length) return false;
  const lead = b[i] as number;
  const len =
    lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
          ? 4
          : 0;
  if (len === 0 || i + len > b.length) return false;
  for (let k = 1; k < len; k++) if (((b[i + k] as number) & 0xc0) !== 0x80) return false;
  return true;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * The separator of a header line: the most frequent of `;`, tab and `,` outside quotes (a tie
 * goes to `;`, then tab: German Excel). A line with none is one column (`;`).
 */
export function detectSeparator(headerLine: string): CsvSeparator {
  const count = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ';' || c === '\t' || c === ',')) count[c]++;
  }
  let best: CsvSeparator = ';';
  for (const s of [';', '\t', ','] as const) if (count[s] > count[best]) best = s;
  return best;
}

/**
 * RFC 4180 records from text pieces. `push` returns the records completed by the piece; `end`
 * the last one. The separator is detected from the first line unless given.
 */
export class CsvParser {
  separator: CsvSeparator | null;
  private buf = '';
  private line = 1;
  /** State of the record being read. */
  private fields: string[] = [];
  private field = '';
  private quoted = false;
  /** The field was quoted and its closing quote has been read. */
  private closed = false;
  private atFieldStart = true;
  private recordLine = 1;
  private quoteLine = 1;
  private fieldChars = 0;

  constructor(separator: CsvSeparator | null = null) {
    this.separator = separator;
  }

  push(text: string): CsvRow[] {
    this.buf += text;
    if (this.separator === null) {
      const nl = firstLineEnd(this.buf);
      if (nl < 0) return [];
      this.separator = detectSeparator(this.buf.slice(0, nl));
    }
    return this.run(false);
  }

  end(): CsvRow[] {
    if (this.separator === null) this.separator = detectSeparator(this.buf);
    return this.run(true);
  }

  private fail(de: string, en: string, line: number, column: number | null): never {
    throw new CsvError(
      `${where(line, column)}: ${de}`,
      `${whereEn(line, column)}: ${en}`,
      line,
      column
    );
  }

  private run(last: boolean): CsvRow[] {
    const out: CsvRow[] = [];
    const sep = this.separator as string;
    const s = this.buf;
    let i = 0;
    const n = s.length;
    for (; i < n; i++) {
      const c = s[i] as string;
      if (this.quoted) {
        if (c === '"') {
          if (i + 1 >= n && !last) break; // is it "" or the end? the next piece tells
          if (s[i + 1] === '"') {
            this.add('"');
            i++;
          } else {
            this.quoted = false;
            this.closed = true;
          }
        } else {
          if (c === '\n' || (c === '\r' && s[i + 1] !== '\n')) this.line++;
          this.add(c);
        }
        continue;
      }
      if (c === sep) {
        this.endField();
        continue;
      }
      if (c === '\r' || c === '\n') {
        if (c === '\r' && i + 1 >= n && !last) break; // CR LF split between pieces
        if (c === '\r' && s[i + 1] === '\n') i++;
        this.endRecord(out);
        this.line++;
        this.recordLine = this.line;
        continue;
      }
      if (this.closed)
        this.fail(
          `Nach dem schließenden Anführungszeichen folgt „${c}“ statt eines Trennzeichens. Anführungszeichen in einem Feld werden verdoppelt ("").`,
          `"${c}" after a closing quote instead of a separator.`,
          this.line,
          this.fields.length + 1
        );
      if (c === '"' && this.atFieldStart) {
        this.quoted = true;
        this.atFieldStart = false;
        this.quoteLine = this.line;
        continue;
      }
      this.add(c);
    }
    this.buf = s.slice(i);
    if (last) {
      if (this.quoted)
        this.fail(
          `Das Anführungszeichen am Anfang von Feld ${this.fields.length + 1} wird nie geschlossen (alles danach wäre ein einziges Feld).`,
          `the quote opening field ${this.fields.length + 1} is never closed.`,
          this.quoteLine,
          this.fields.length + 1
        );
      if (!this.atFieldStart || this.fields.length > 0) this.endRecord(out);
    }
    return out;
  }

  private add(c: string) {
    this.atFieldStart = false;
    this.field += c;
    if (++this.fieldChars > MAX_FIELD_CHARS)
      this.fail(
        this.quoted
          ? `Das Feld ist länger als ${MAX_FIELD_CHARS.toLocaleString('de-DE')} Zeichen; vermutlich fehlt das schließende Anführungszeichen des in Zeile ${this.quoteLine} geöffneten Feldes.`
          : `Das Feld ist länger als ${MAX_FIELD_CHARS.toLocaleString('de-DE')} Zeichen.`,
        `field longer than ${MAX_FIELD_CHARS} characters${this.quoted ? ' (unclosed quote?)' : ''}.`,
        this.quoted ? this.quoteLine : this.line,
        this.fields.length + 1
      );
  }

  private endField() {
    this.fields.push(this.field);
    if (this.fields.length > MAX_FIELDS)
      this.fail(
        `Mehr als ${MAX_FIELDS} Spalten.`,
        `more than ${MAX_FIELDS} columns.`,
        this.recordLine,
        null
      );
    this.field = '';
    this.fieldChars = 0;
    this.closed = false;
    this.atFieldStart = true;
  }

  private endRecord(out: CsvRow[]) {
    this.endField();
    const fields = this.fields;
    this.fields = [];
    // Empty lines (and lines of only separators) are skipped, as Excel leaves them.
    if (fields.some((f) => f.trim() !== '')) out.push({ fields, line: this.recordLine });
  }
}

/** End of the first line outside quotes, or -1 if it is not complete yet. */
function firstLineEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return i;
  }
  return -1;
}

/** Bytes in any of the encodings above → records, piece by piece (bounded memory). */
export class CsvByteReader {
  private readonly decoder = new CsvDecoder();
  private readonly parser: CsvParser;

  constructor(separator: CsvSeparator | null = null) {
    this.parser = new CsvParser(separator);
  }

  get separator(): CsvSeparator | null {
    return this.parser.separator;
  }

  get encoding(): CsvEncoding | null {
    return this.decoder.encoding;
  }

  push(bytes: Uint8Array): CsvRow[] {
    return this.parser.push(this.decoder.push(bytes));
  }

  end(): CsvRow[] {
    return [...this.parser.push(this.decoder.push(new Uint8Array(0), true)), ...this.parser.end()];
  }
}

/** All records of a whole CSV (text, or bytes in any of the encodings above). */
export function parseCsv(
  input: string | Uint8Array,
  separator: CsvSeparator | null = null
): { rows: CsvRow[]; separator: CsvSeparator; encoding: CsvEncoding | null } {
  if (typeof input !== 'string') {
    const reader = new CsvByteReader(separator);
    const rows = [...reader.push(input), ...reader.end()];
    return { rows, separator: reader.separator as CsvSeparator, encoding: reader.encoding };
  }
  const parser = new CsvParser(separator);
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows = [...parser.push(text), ...parser.end()];
  return { rows, separator: parser.separator as CsvSeparator, encoding: null };
}

/** The fields of every record of a whole CSV (separator detected): for re-reading an export. */
export function csvRecords(input: string | Uint8Array, separator: CsvSeparator = ';'): string[][] {
  return parseCsv(input, separator).rows.map((r) => r.fields);
}
