/**
 * What the details need of the Bebauungspläne above the plan, loaded only once a plan lists
 * some (FeatureInfo imports this on demand): the page's first download stays as it was.
 */
export { plansAt } from '$lib/geo/plans-at';
export { plansAtText } from '$lib/plan/parts-text';
export { default as PartsAtPoint } from './PartsAtPoint.svelte';
