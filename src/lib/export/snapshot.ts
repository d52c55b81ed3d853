/**
 * Renders a map image off-screen, for exposés and print: a hidden MapLibre map of exactly the
 * requested size and pixel ratio, fitted to `bounds`, copied to a 2D canvas once idle.
 * (Agreed shared API; issue 12 owns this file, the lead keeps one copy.)
 */
export async function renderMapImage(opts: {
  style: import('maplibre-gl').StyleSpecification;
  bounds: [number, number, number, number];
  width: number;
  height: number;
  pixelRatio: number;
}): Promise<{ canvas: HTMLCanvasElement; metersPerPixel: number }> {
  const lib = await import('maplibre-gl');
  const container = document.createElement('div');
  // Off-screen but laid out, so MapLibre sizes its canvas from it.
  Object.assign(container.style, {
    position: 'fixed',
    left: '-10000px',
    top: '0',
    width: `${opts.width}px`,
    height: `${opts.height}px`,
    visibility: 'hidden'
  });
  container.setAttribute('aria-hidden', 'true');
  document.body.append(container);
  const map = new lib.Map({
    container,
    style: opts.style,
    bounds: opts.bounds,
    fitBoundsOptions: { padding: 10 },
    pixelRatio: opts.pixelRatio,
    interactive: false,
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
    fadeDuration: 0
  });
  try {
    await new Promise<void>((resolve, reject) => {
      map.once('idle', () => resolve());
      map.once('error', (e) => reject(e.error ?? new Error('map error')));
    });
    const gl = map.getCanvas();
    const canvas = document.createElement('canvas');
    canvas.width = gl.width;
    canvas.height = gl.height;
    canvas.getContext('2d')!.drawImage(gl, 0, 0);
    // Ground resolution at the centre latitude, per CSS pixel (Web Mercator, 512 px tiles).
    const lat = map.getCenter().lat;
    const metersPerPixel =
      (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
    return { canvas, metersPerPixel };
  } finally {
    map.remove();
    container.remove();
  }
}
