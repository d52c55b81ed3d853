/**
 * What the search box needs once someone uses it: its index of the plan and of the basemap's
 * street names, and the ranking. Loaded on the first focus or input of the box (Search.svelte),
 * not with the page.
 */
export { planEntries } from './plan-entries';
export { indexEntries, search } from './rank';
export { nameIndexEntries } from './name-index';
export { withDistricts } from './districts';
