/**
 * Id of an area's 1999 state in the earlier area set (areas of two sets never share ids).
 * Its own module so that the URL parser (url-compare → transition) does not pull the
 * Flächenbilanz engine (overlay.ts) into the page's first download.
 */
export const previousId = (id: string) => `${id}@1999`;
