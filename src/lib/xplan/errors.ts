/**
 * The one error type of the importer. `message` is German and meant for the user (it names the
 * file, the feature where there is one, and the problem); `messageEn` says the same in English.
 */

export type ImportErrorCode =
  | 'not-xml'
  | 'xml-syntax'
  | 'truncated-xml'
  | 'not-xplangml'
  | 'unsupported-version'
  | 'no-plan'
  | 'empty-plan'
  | 'unknown-crs'
  | 'missing-crs'
  | 'invalid-coordinates'
  | 'ring-too-short'
  | 'unsupported-geometry'
  | 'duplicate-id'
  | 'not-json'
  | 'not-geojson'
  | 'unknown-format'
  | 'encoding'
  | 'outside-crs-area'
  | 'dtd'
  | 'too-deep'
  | 'too-large'
  | 'invalid-id'
  | 'too-long';

export class ImportError extends Error {
  readonly messageEn: string;
  readonly code: ImportErrorCode;
  readonly file: string;
  readonly featureId: string | null;
  /** 1-based line in the source file where the problem was found, if known. */
  readonly line: number | null;

  constructor(init: {
    code: ImportErrorCode;
    file: string;
    de: string;
    en: string;
    featureId?: string | null;
    line?: number | null;
  }) {
    super(init.de);
    this.name = 'ImportError';
    this.code = init.code;
    this.file = init.file;
    this.messageEn = init.en;
    this.featureId = init.featureId ?? null;
    this.line = init.line ?? null;
  }
}

export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError;
}

/** A German quotation, „…“, for names in messages. */
export function quoteDe(s: string): string {
  return `„${s}“`;
}

/** Throws an ImportError about one file (usable in expressions: its type is never). */
export type Fail = (
  code: ImportErrorCode,
  de: string,
  en: string,
  featureId?: string | null,
  line?: number | null
) => never;

export function failFor(file: string): Fail {
  return (code, de, en, featureId = null, line = null) => {
    throw new ImportError({ code, file, de, en, featureId, line });
  };
}
