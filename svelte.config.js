import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Every page is prerendered; the build/ folder can be served by any static host.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
    paths: { relative: true },
    // The data routes are not linked from the page (it fetches them), so name them here.
    prerender: { entries: ['*', '/data/index.json'] },
    csp: {
      // No host but our own: privacy by default (see README, "Datenschutz").
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self', 'data:'],
        'worker-src': ['self', 'blob:'],
        'connect-src': ['self', 'data:', 'blob:'],
        'object-src': ['none'],
        'base-uri': ['self']
      }
    }
  }
};

export default config;
