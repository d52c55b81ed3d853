import { RegionError } from '../geo/region';
import { PlanLoadError } from '../plan/fetch';
import { PlanDataError } from '../plan/validate';
import { isImportError } from '../xplan/errors';
import type { WorkerFailure } from './rpc';
import { unexpectedText } from './errors';

/**
 * A failed call worded for the page (both workers): never an internal class name
 * ("PlanDataError: …", "RangeError: …"). An unexpected failure while reading the opened file
 * `file` is worded on the page (the worker does not carry the UI texts).
 */
export function workerFailure(e: unknown, file: string | null = null): WorkerFailure {
  if (isImportError(e)) return { message: e.message, messageEn: e.messageEn };
  if (e instanceof PlanLoadError)
    return {
      message: e.message,
      messageEn: e.detailEn ?? e.message,
      load: { reason: e.reason, file: e.file, status: e.status }
    };
  if (e instanceof RegionError || e instanceof PlanDataError)
    return { message: e.message, messageEn: e.messageEn };
  if (file !== null) return { message: '', messageEn: '', unexpected: file };
  return unexpectedText(e);
}
