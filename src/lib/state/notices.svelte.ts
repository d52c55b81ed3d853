import { getContext, setContext } from 'svelte';
import type { Bilingual } from '../i18n';

/** One message on the page: its text in every language (a language switch applies). */
export interface Notice {
  id: number;
  text: Bilingual;
  kind: 'warning' | 'error';
}

/**
 * The page's messages (components/Notices.svelte shows them), shown until dismissed. Runtime
 * state, never in the address: one per page (routes/+page.svelte), passed by context
 * (`setNotices` / `getNotices`) or handed to the owners that report (plan runtime, presenter,
 * basemap).
 */
export class Notices {
  list = $state<Notice[]>([]);
  private nextId = 1;

  /** Shows a message until dismissed; the same German text is shown once. */
  notify(text: Bilingual, kind: Notice['kind'] = 'warning') {
    if (this.list.some((n) => n.text.de === text.de)) return;
    this.list.push({ id: this.nextId++, text, kind });
  }

  dismiss(id: number) {
    this.list = this.list.filter((n) => n.id !== id);
  }
}

const KEY = Symbol('notices');
export const setNotices = (notices: Notices) => setContext(KEY, notices);
export const getNotices = () => getContext<Notices>(KEY);
