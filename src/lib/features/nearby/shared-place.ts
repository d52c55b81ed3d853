/**
 * How the chosen place is named. The own location is named „Mein Standort“ only on the device
 * that asked for it: in the URL its label is empty, and a link made with „Link teilen“ names it
 * „geteilter Ort“ (with the street or address when the place came from the search).
 */
import { bilingual, type Translate } from '../../i18n';
import type { PointOfInterest } from '../../state/url';

/** Where „Mein Standort“ was on this page (my-location.svelte.ts), or null. */
type Mine = { lon: number; lat: number } | null;

const same = (a: { lon: number; lat: number }, b: { lon: number; lat: number }) =>
  Math.abs(a.lon - b.lon) < 2e-6 && Math.abs(a.lat - b.lat) < 2e-6;

/** "Mein Standort", "My location" (links made before the label was left out of the URL). */
const MY_LOCATION = Object.values(bilingual('nearby.myLocation'));
const SHARED = Object.values(bilingual('nearby.shared'));

export function isMine(mine: Mine, poi: PointOfInterest): boolean {
  return mine !== null && same(mine, poi);
}

/** The street or address of a place, when its label is one (a search result, a shared link). */
export function streetOf(mine: Mine, poi: PointOfInterest | null): string | null {
  if (!poi?.label || isMine(mine, poi) || MY_LOCATION.includes(poi.label)) return null;
  for (const s of SHARED) {
    if (poi.label === s) return null;
    if (poi.label.startsWith(`${s} – `)) return poi.label.slice(s.length + 3) || null;
  }
  return poi.label;
}

/** The label a shared link carries: „geteilter Ort“ or „geteilter Ort – Effertzgasse 5“. */
export function sharedLabel(t: Translate, street: string | null): string {
  return street ? `${t('nearby.shared')} – ${street}` : t('nearby.shared');
}

/** What the answer calls the place. */
export function placeName(mine: Mine, poi: PointOfInterest, t: Translate): string {
  if (isMine(mine, poi)) return t('nearby.myLocation');
  if (poi.label && MY_LOCATION.includes(poi.label)) return t('nearby.shared');
  return poi.label ?? t('nearby.pointed');
}
