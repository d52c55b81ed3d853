/**
 * A plot list (CSV) opened in the browser: the file's bytes stream through the same reader as
 * `npm run import-plots` (geo/plots-csv.ts streamPlotsFromCsv → src/lib/csv CsvByteReader), in
 * small pieces with a pause for the page between them, so a long list never blocks the page;
 * it can be cancelled. Nothing leaves the browser.
 */
import { streamPlotsFromCsv } from '$lib/geo/plots-csv';
import type { AccessSources } from '$lib/geo/access';
import type { PlotFeature } from '$lib/plan/plots';

/** Bytes handed to the reader at once: about a dozen rows, a few milliseconds of work. */
export const PIECE_BYTES = 1024;
/** Work between two pauses (ms): well below the 50 ms of a „long task“. */
const SLICE_MS = 8;

/** Thrown when the user cancels („Abbrechen“). */
export class OpenCancelled extends Error {
  constructor() {
    super('Abgebrochen.');
  }
}

/** The next task of the event loop (a message, not a clamped timer). */
function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface OpenProgress {
  /** Data rows read (plots made) so far. */
  rows: number;
  /** Bytes of the file read so far. */
  bytes: number;
}

/**
 * The pieces of a byte stream, at most PIECE_BYTES each, with a pause for the page whenever the
 * work since the last one (the reader's, between two pieces) took SLICE_MS; stops with
 * OpenCancelled once `signal` is aborted.
 */
export async function* pacedPieces(
  stream: ReadableStream<Uint8Array>,
  signal: AbortSignal,
  onBytes: (bytes: number) => void
): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let bytes = 0;
  let since = performance.now();
  try {
    for (;;) {
      if (signal.aborted) throw new OpenCancelled();
      const { done, value } = await reader.read();
      if (done) return;
      for (let at = 0; at < value.length; at += PIECE_BYTES) {
        if (performance.now() - since >= SLICE_MS) {
          await nextTask();
          since = performance.now();
        }
        if (signal.aborted) throw new OpenCancelled();
        const piece = value.subarray(at, at + PIECE_BYTES);
        bytes += piece.length;
        onBytes(bytes);
        yield piece;
      }
    }
  } finally {
    // Cancelled or failed: stop reading the file.
    void reader.cancel().catch(() => undefined);
  }
}

/**
 * The plots of a CSV file (File or Blob) as `npm run import-plots` makes them, read piece by
 * piece. Throws the reader's PlotsImportError (German with line and column, English second) or
 * OpenCancelled.
 */
export async function plotsFromFile(
  file: Blob,
  sources: AccessSources,
  signal: AbortSignal,
  onProgress: (p: OpenProgress) => void = () => undefined
): Promise<PlotFeature[]> {
  const plots: PlotFeature[] = [];
  const progress: OpenProgress = { rows: 0, bytes: 0 };
  await streamPlotsFromCsv(
    pacedPieces(file.stream(), signal, (bytes) => {
      progress.bytes = bytes;
      onProgress(progress);
    }),
    sources,
    (p) => {
      plots.push(p);
      progress.rows = plots.length;
    }
  );
  onProgress({ ...progress });
  return plots;
}
