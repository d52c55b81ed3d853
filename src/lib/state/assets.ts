import { base } from '$app/paths';

/** The BeTA2007 grid (static/grids/) as an absolute URL: plan workers fetch it for DHDN plans. */
export const dhdnGridUrl = (): string => new URL(`${base}/grids/BETA2007.gsb`, location.href).href;
