/**
 * What a worker says when a request cannot be answered for a reason of its own (not the user's
 * input): German and English, never an internal text („no plan indexed“) or a class name. The
 * workers carry no UI texts, so these few are here.
 */

import { errorDetail } from '../i18n';

/** A request arrived before (or after losing) the plan it needs. */
export class NotLoadedError extends Error {
  readonly messageEn: string;
  constructor() {
    super('Der Plan ist im Hintergrund nicht (mehr) geladen. Bitte die Seite neu laden.');
    this.messageEn = 'The plan is not loaded in the background (any more). Please reload the page.';
  }
}

/** German and English text of an error nobody expected (a bug): its message, no class name. */
export function unexpectedText(e: unknown): { message: string; messageEn: string } {
  if (e instanceof NotLoadedError) return { message: e.message, messageEn: e.messageEn };
  const detail = errorDetail(e);
  return {
    message: `Unerwarteter Fehler bei der Berechnung (${detail}). Bitte die Seite neu laden.`,
    messageEn: `Unexpected error in the computation (${detail}). Please reload the page.`
  };
}
