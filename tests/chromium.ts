/**
 * How tests and benches start Debian's chromium: WebGL2 on SwiftShader (so MapLibre really
 * renders), no sandbox (root in CI), no background traffic. Never a downloaded browser.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];
