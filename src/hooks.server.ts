import type { Handle } from '@sveltejs/kit';

/**
 * Runs while the pages are prerendered. The page also preloads its two web fonts (Noto Sans
 * latin 400 and 700, from the page's own stylesheet): the first paint then has its final fonts.
 * Without it the fonts arrived after the first paint and the whole page was laid out and painted
 * a second time, which on a software renderer held back the map by a few hundred milliseconds
 * (README „Ladezeit“).
 */
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    // Every browser we support reads woff2; the woff files are only the stylesheet's fallback.
    preload: ({ type, path }) =>
      type === 'js' || type === 'css' || (type === 'font' && path.endsWith('.woff2'))
  });
