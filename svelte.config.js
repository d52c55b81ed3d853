import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Online basemaps (OpenFreeMap, basemap.de Web Vektor), used only after consent. */
const BASEMAP_HOSTS = ['https://tiles.openfreemap.org', 'https://sgx.geodatenzentrum.de'];

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Every page is prerendered; the build/ folder can be served by any static host.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
    paths: { relative: true },
    // The page's own small stylesheets go into the page: on HTTP/1.1 every extra file waits for
    // one of six connections, and scripts wait for stylesheets (README „Ladezeit“).
    inlineStyleThreshold: 32 * 1024,
    // The data routes are not linked from the page (it fetches them), so name them here.
    prerender: {
      entries: ['*', '/data/index.json'],
      // data/<plan>/raster/<image> and data/<plan>/anlagen/<document> have pages only where an
      // imported plan has a raster plan or attachments (cli/import.ts); without one that route
      // is rightly unseen. Any other unseen route fails.
      handleUnseenRoutes: ({ routes, message }) => {
        const optional = ['/data/[plan]/raster/[file]', '/data/[plan]/anlagen/[file]'];
        if (routes.every((r) => optional.includes(r))) return;
        throw new Error(message);
      }
    },
    // Registered by src/lib/components/UpdateNotice.svelte, which offers new versions.
    serviceWorker: { register: false },
    csp: {
      // No host but our own and the two basemap operators, which the page contacts only after
      // the user's consent (src/lib/map/basemap/sources.ts): privacy by default.
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:', ...BASEMAP_HOSTS],
        'font-src': ['self', 'data:'],
        'worker-src': ['self', 'blob:'],
        'connect-src': ['self', 'data:', 'blob:', ...BASEMAP_HOSTS],
        'manifest-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self']
      }
    }
  }
};

export default config;
