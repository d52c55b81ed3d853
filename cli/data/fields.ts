/**
 * Raster fields over the city (metres), made from the sketch: distance to a set of zones.
 * They steer the seed spacing (small blocks where Düren is built, fields outside) and find
 * the fringe of the real settlement and estates.
 */
import type { MP, Pt } from './geo';

export interface Field {
  at(p: Pt): number;
}

/** Distance (m) from each raster cell to the nearest of `polys` (0 inside); chamfer metric. */
export function distanceField(
  box: [number, number, number, number],
  polys: MP[],
  cell = 20
): Field {
  const [x0, y0, x1, y1] = box;
  const nx = Math.ceil((x1 - x0) / cell) + 1;
  const ny = Math.ceil((y1 - y0) / cell) + 1;
  const d = new Float32Array(nx * ny).fill(1e9);
  // Scan-line fill of every polygon (even-odd over all its rings, so holes stay empty).
  for (const mp of polys)
    for (const poly of mp)
      for (let j = 0; j < ny; j++) {
        const y = y0 + (j + 0.5) * cell;
        const xs: number[] = [];
        for (const ring of poly)
          for (let i = 0; i + 1 < ring.length; i++) {
            const a = ring[i] as number[];
            const b = ring[i + 1] as number[];
            const ya = a[1] as number;
            const yb = b[1] as number;
            if (ya > y !== yb > y)
              xs.push(
                (a[0] as number) + (((b[0] as number) - (a[0] as number)) * (y - ya)) / (yb - ya)
              );
          }
        xs.sort((p, q) => p - q);
        for (let k = 0; k + 1 < xs.length; k += 2) {
          const i0 = Math.max(0, Math.ceil(((xs[k] as number) - x0) / cell - 0.5));
          const i1 = Math.min(nx - 1, Math.floor(((xs[k + 1] as number) - x0) / cell - 0.5));
          for (let i = i0; i <= i1; i++) d[j * nx + i] = 0;
        }
      }
  const diag = cell * Math.SQRT2;
  const relax = (i: number, j: number, di: number, dj: number, w: number): void => {
    const ii = i + di;
    const jj = j + dj;
    if (ii < 0 || jj < 0 || ii >= nx || jj >= ny) return;
    const v = (d[jj * nx + ii] as number) + w;
    if (v < (d[j * nx + i] as number)) d[j * nx + i] = v;
  };
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      relax(i, j, -1, 0, cell);
      relax(i, j, 0, -1, cell);
      relax(i, j, -1, -1, diag);
      relax(i, j, 1, -1, diag);
    }
  for (let j = ny - 1; j >= 0; j--)
    for (let i = nx - 1; i >= 0; i--) {
      relax(i, j, 1, 0, cell);
      relax(i, j, 0, 1, cell);
      relax(i, j, 1, 1, diag);
      relax(i, j, -1, 1, diag);
    }
  return {
    at([x, y]: Pt): number {
      const i = Math.min(nx - 1, Math.max(0, Math.floor((x - x0) / cell)));
      const j = Math.min(ny - 1, Math.max(0, Math.floor((y - y0) / cell)));
      return d[j * nx + i] as number;
    }
  };
}

/** Smallest field value over the outer-ring vertices of a shape. */
export function minOverVertices(field: Field, mp: MP): number {
  let best = Infinity;
  for (const poly of mp)
    for (const p of poly[0] ?? [])
      best = Math.min(best, field.at([p[0] as number, p[1] as number]));
  return best;
}

/** Desired seed spacing (m): urban blocks where Düren is built, large fields far from it. */
export function spacingFrom(built: Field): (p: Pt) => number {
  return (p) => {
    const b = Math.max(0, Math.min(1, 1 - built.at(p) / 450));
    return 340 + (95 - 340) * b;
  };
}
