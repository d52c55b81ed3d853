/** MapLibre 6 renders with WebGL2; without it the viewer falls back to its tables. */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
