import { getContext, setContext } from 'svelte';

/**
 * Where „Mein Standort“ was found on this page (the nearby panel's „Wo bin ich?“): never in the
 * URL, so a shared link does not name it. One per page (routes/+page.svelte), passed by context,
 * so it outlives the panel (a mode switch, the phone's sheet).
 */
export class MyLocation {
  at = $state.raw<{ lon: number; lat: number } | null>(null);
}

const KEY = Symbol('my-location');
export const setMyLocation = (location: MyLocation) => setContext(KEY, location);
export const getMyLocation = () => getContext<MyLocation>(KEY);
