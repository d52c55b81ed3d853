/** Fetching the plan's JSON files: one error type with the reason, for a translated message. */

/** Why a file could not be loaded, for a translated message. */
export class PlanLoadError extends Error {
  constructor(
    readonly reason: 'http' | 'network' | 'json' | 'data',
    readonly file: string,
    detail: string,
    readonly status = 0,
    /** The detail in English, where there is one (a plan file's own error, reason `data`). */
    readonly detailEn: string | null = null
  ) {
    super(detail);
    this.name = 'PlanLoadError';
  }
}

export async function fetchJson(
  fetchFn: typeof fetch,
  url: string,
  file: string
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (e) {
    throw new PlanLoadError('network', file, String(e));
  }
  if (!response.ok) throw new PlanLoadError('http', file, response.statusText, response.status);
  try {
    return await response.json();
  } catch (e) {
    throw new PlanLoadError('json', file, String(e));
  }
}
