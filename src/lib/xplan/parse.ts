/**
 * Streaming XPlanGML 4.0/4.1, 5.0–5.4, 6.0/6.1 reader (saxes; runs in node, in the browser and in a Web
 * Worker). One small element tree is built per feature member and turned into a PlanFeature as
 * soon as the member closes, so memory stays proportional to the largest feature.
 */
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { failFor, ImportError, quoteDe } from './errors';
import { MemberReader } from './members';
import { emptyParsed, type ParsedXPlan } from './parsed';
import { renamerFor } from './versions';
import { rootVersion, sniffEncoding, xmlError } from './xml';
import type { XNode } from './xnode';

/** A file read piece by piece (the CLI reads from disk this way): never held whole in memory. */
export interface ByteSource {
  byteLength: number;
  /** The first bytes (4 KiB, or the whole file if smaller): for the format and encoding. */
  head: Uint8Array;
  /** The file's bytes in order, in pieces. */
  chunks(): Iterable<Uint8Array>;
}

export function isByteSource(x: unknown): x is ByteSource {
  return typeof x === 'object' && x !== null && 'chunks' in x && 'head' in x;
}

function* slices(bytes: Uint8Array): Iterable<Uint8Array> {
  for (let i = 0; i < bytes.byteLength; i += CHUNK) yield bytes.subarray(i, i + CHUNK);
}

export interface ParseOptions {
  fileName: string;
  onProgress?: (fraction: number) => void;
}

const CHUNK = 1 << 20;

/**
 * Deepest element nesting accepted. Real XPlanGML is about 15 deep (root, featureMember,
 * feature, position, MultiSurface, surfaceMember, Polygon, exterior, LinearRing, posList …);
 * the element trees of a feature are read recursively, so a bound keeps that safe.
 */
export const MAX_XML_DEPTH = 256;

export function parseXPlanGML(
  input: string | Uint8Array | ByteSource,
  options: ParseOptions
): ParsedXPlan {
  const file = options.fileName;
  const onProgress = options.onProgress;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const fail = failFor(file);

  const result = emptyParsed(typeof input === 'string' ? input.length : input.byteLength);
  const members = new MemberReader(file, result);

  let sawRoot = false;
  let depth = 0;
  /** 4.x names → 5.x/6.x names (versions.ts); null for files that need none. */
  let rename: ((local: string) => string) | null = null;
  /** Stack of captured nodes; empty while not inside a feature or root boundedBy. */
  const stack: XNode[] = [];
  let captureDepth = -1;
  let featureContainerDepth = -1;

  // No DTD is ever read: entities (XXE, "billion laughs") would reach files, URLs or memory.
  parser.on('doctype', () =>
    fail(
      'dtd',
      `Die Datei ${quoteDe(file)} enthält eine Dokumenttyp-Deklaration (<!DOCTYPE …>, Zeile ${parser.line}). DTDs und Entitäten werden aus Sicherheitsgründen nicht verarbeitet; XPlanGML braucht keine. Bitte die Datei ohne DOCTYPE speichern.`,
      `File "${file}" contains a document type declaration (<!DOCTYPE …>, line ${parser.line}). DTDs and entities are not processed for security reasons; XPlanGML needs none.`,
      null,
      parser.line
    )
  );

  parser.on('opentag', (tag: SaxesTagNS) => {
    if (depth + 1 > MAX_XML_DEPTH)
      fail(
        'too-deep',
        `Die Datei ${quoteDe(file)} ist zu tief verschachtelt: In Zeile ${parser.line} liegen mehr als ${MAX_XML_DEPTH} Elemente ineinander (XPlanGML braucht etwa 15). Die Datei wird nicht gelesen.`,
        `File "${file}" is nested too deeply: more than ${MAX_XML_DEPTH} elements inside each other at line ${parser.line} (XPlanGML needs about 15).`,
        null,
        parser.line
      );
    if (!sawRoot) {
      sawRoot = true;
      result.version = rootVersion(tag.local, tag.uri, file, parser.line, fail);
      rename = renamerFor(result.version);
      depth = 1;
      return;
    }
    depth++;
    if (captureDepth < 0) {
      // Direct children of the root: boundedBy (captured), featureMember(s) (container).
      if (depth === 2 && tag.local === 'boundedBy') captureDepth = depth;
      else if (depth === 2 && (tag.local === 'featureMember' || tag.local === 'featureMembers')) {
        featureContainerDepth = depth;
        return;
      } else if (featureContainerDepth > 0 && depth === featureContainerDepth + 1)
        captureDepth = depth;
      else return;
    }
    const attrs: Record<string, string> = {};
    const attributes = tag.attributes;
    for (const key in attributes) {
      const a = attributes[key] as SaxesAttributeNS;
      attrs[a.local] = a.value;
    }
    const node: XNode = {
      name: rename ? rename(tag.local) : tag.local,
      uri: tag.uri,
      attrs,
      children: [],
      text: '',
      line: parser.line
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    stack.push(node);
  });

  parser.on('text', (t: string) => {
    const top = stack[stack.length - 1];
    // Only leaves carry values; whitespace between child elements is not kept.
    if (top && top.children.length === 0) top.text += t;
  });

  parser.on('closetag', () => {
    if (captureDepth > 0) {
      const node = stack.pop();
      if (depth === captureDepth && node) {
        captureDepth = -1;
        if (depth === 2 && node.name === 'boundedBy') {
          members.rootSrsName = node.children[0]?.attrs.srsName ?? null;
        } else {
          members.read(node);
        }
      }
    }
    if (depth === featureContainerDepth) featureContainerDepth = -1;
    depth--;
  });

  let head = '';
  let lastError: Error | null = null;
  parser.on('error', (err: Error) => {
    lastError = err;
    throw err;
  });

  const run = (fn: () => void, atEnd: boolean) => {
    try {
      fn();
    } catch (e) {
      if (e instanceof ImportError) throw e;
      if (e === lastError && e instanceof Error)
        xmlError(
          e,
          {
            line: parser.line,
            column: parser.column,
            sawRoot,
            head,
            open: stack[stack.length - 1]?.name ?? null,
            atEnd
          },
          file,
          fail
        );
      throw e;
    }
  };

  if (typeof input === 'string') {
    head = input.slice(0, 200);
    const total = input.length;
    for (let i = 0; i < total; i += CHUNK) {
      const part = input.slice(i, i + CHUNK);
      run(() => parser.write(part), false);
      onProgress?.(Math.min(1, (i + part.length) / total));
    }
  } else {
    const source = isByteSource(input) ? input : null;
    const encoding = sniffEncoding(source ? source.head : (input as Uint8Array));
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      return fail(
        'encoding',
        `Die Datei ${quoteDe(file)} verwendet die Zeichenkodierung ${quoteDe(encoding)}, die nicht unterstützt wird.`,
        `File "${file}" uses the unsupported character encoding "${encoding}".`
      );
    }
    const total = input.byteLength;
    let done = 0;
    for (const piece of source ? source.chunks() : slices(input as Uint8Array)) {
      const end = done + piece.byteLength;
      let text: string;
      try {
        text = decoder.decode(piece, { stream: end < total });
      } catch {
        return fail(
          'encoding',
          `Die Datei ${quoteDe(file)} ist nicht in der angegebenen Zeichenkodierung ${quoteDe(encoding)} gespeichert (ungültige Bytefolge nach etwa ${done} Bytes).`,
          `File "${file}" is not valid ${encoding} (invalid byte sequence after about ${done} bytes).`
        );
      }
      if (done === 0) head = text.slice(0, 200);
      done = end;
      run(() => parser.write(text), false);
      onProgress?.(total > 0 ? done / total : 1);
    }
  }
  run(() => parser.close(), true);
  members.finish();
  if (!sawRoot)
    fail(
      'not-xml',
      `Die Datei ${quoteDe(file)} ist leer oder enthält kein XML-Element und ist damit kein XPlanGML.`,
      `File "${file}" is empty or contains no XML element, hence not XPlanGML.`
    );
  return result;
}
