/**
 * MapLibre 6 renders with WebGL2; without it the viewer falls back to its tables. The map's
 * own constructor tells: it throws when the browser gives it no WebGL2 context. (A separate
 * test context before the map would cost as much again: on a software renderer, creating a
 * WebGL2 context takes a large part of a second.)
 */
export function isWebGLFailure(e: unknown): boolean {
  return e instanceof Error && (e.name === 'GPUInitializationError' || /WebGL/i.test(e.message));
}
