/**
 * The benchmarks' XPlanGML files.
 *
 * - `writeBenchGml`: 100 m squares near Düren (EPSG:25832, a clean Flächenschluss) until the file
 *   has about `mb` MB. Returns the number of areas written.
 * - `writeCopiesGml`: the feature members of a real plan (XPlanGML text, e.g. the Grasleben FNP
 *   from ../shared/xplan) repeated until the file has about `mb` MB, every copy with its own
 *   gml:ids (and xlink:hrefs), shifted by whole plan extents: side by side (`side`, rows of 20),
 *   one above the other (`column`, columns of 20), not at all (`overlap`: each copy lies on top
 *   of the first, so every area overlaps its copies exactly), or by a few metres (`shifted`: 7 m
 *   east and 5 m north of the copy before, so areas overlap their copies in part). Returns the
 *   number of copies.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export function writeBenchGml(file: string, mb: number): number {
  const fd = openSync(file, 'w');
  writeSync(
    fd,
    '<?xml version="1.0" encoding="UTF-8"?>\n<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/1" xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="A">\n<gml:featureMember><xplan:FP_Plan gml:id="PLAN"><xplan:name>Benchmark</xplan:name></xplan:FP_Plan></gml:featureMember>\n'
  );
  let size = 0;
  let n = 0;
  const cols = 400;
  while (size < mb * 1e6) {
    const parts: string[] = [];
    for (let k = 0; k < 1000; k++, n++) {
      const x = 300000 + (n % cols) * 100;
      const y = 5600000 + Math.floor(n / cols) * 100;
      const ring = `${x} ${y} ${x + 100} ${y} ${x + 100} ${y + 100} ${x} ${y + 100} ${x} ${y}`;
      parts.push(
        `<gml:featureMember><xplan:FP_Landwirtschaft gml:id="GML_${n}"><xplan:name>Fläche ${n}</xplan:name><xplan:position><gml:Polygon srsName="EPSG:25832" gml:id="GML_${n}_G"><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">${ring}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position><xplan:flaechenschluss>true</xplan:flaechenschluss></xplan:FP_Landwirtschaft></gml:featureMember>\n`
      );
    }
    const chunk = parts.join('');
    writeSync(fd, chunk);
    size += chunk.length;
  }
  writeSync(fd, '</xplan:XPlanAuszug>\n');
  closeSync(fd);
  return n;
}

export type CopyLayout = 'side' | 'column' | 'overlap' | 'shifted';

/** A decimal number moved by a whole offset, written with the decimals it had. */
function shift(value: string, by: number): string {
  if (by === 0) return value;
  const dot = value.indexOf('.');
  const decimals = dot < 0 ? 0 : value.length - dot - 1;
  return (Number(value) + by).toFixed(decimals);
}

/** Coordinates (x y pairs, 2D) in posList, pos and envelope corners, moved by (dx, dy). */
const COORDS = /(<gml:(posList|pos|lowerCorner|upperCorner)\b[^>]*>)([^<]*)(<\/gml:\2>)/g;

function moveCopy(members: string, k: number, dx: number, dy: number): string {
  if (k === 0) return members;
  let text = members
    .replace(/gml:id="([^"]*)"/g, (_, id: string) => `gml:id="${id}-k${k}"`)
    .replace(/xlink:href="#([^"]*)"/g, (_, id: string) => `xlink:href="#${id}-k${k}"`);
  if (dx !== 0 || dy !== 0)
    text = text.replace(COORDS, (_, open: string, _name, body: string, close: string) => {
      const nums = body.trim().split(/\s+/);
      for (let i = 0; i + 1 < nums.length; i += 2) {
        nums[i] = shift(nums[i] as string, dx);
        nums[i + 1] = shift(nums[i + 1] as string, dy);
      }
      return `${open}${nums.join(' ')}${close}`;
    });
  return text;
}

export function writeCopiesGml(file: string, mb: number, plan: string, layout: CopyLayout): number {
  const first = plan.indexOf('<gml:featureMember');
  const last = plan.lastIndexOf('</gml:featureMember>') + '</gml:featureMember>'.length;
  if (first < 0 || last < first) throw new Error('no gml:featureMember in the plan');
  const head = plan.slice(0, first);
  const members = plan.slice(first, last) + '\n';
  const tail = plan.slice(last);
  // The plan's extent from the root envelope, rounded up to whole kilometres.
  const lower = /<gml:lowerCorner>\s*([\d.]+)\s+([\d.]+)/.exec(head);
  const upper = /<gml:upperCorner>\s*([\d.]+)\s+([\d.]+)/.exec(head);
  if (!lower || !upper) throw new Error('no root envelope');
  const width = Math.ceil((Number(upper[1]) - Number(lower[1])) / 1000 + 1) * 1000;
  const height = Math.ceil((Number(upper[2]) - Number(lower[2])) / 1000 + 1) * 1000;
  const fd = openSync(file, 'w');
  writeSync(fd, head);
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  // Where copy k lies: rows of 20 copies (columns of 20 copies), within the CRS's area of use at
  // 200 MB too; `shifted`: 7 m east and 5 m north of the copy before, so areas overlap their
  // copies in part (real clipping, unlike `overlap`, where copies lie exactly on each other).
  const OFFSETS: Record<CopyLayout, (k: number) => [number, number]> = {
    side: (k) => [(k % 20) * width, Math.floor(k / 20) * height],
    column: (k) => [Math.floor(k / 20) * width, (k % 20) * height],
    overlap: () => [0, 0],
    shifted: (k) => [k * 7, k * 5]
  };
  const offset = OFFSETS[layout];
  let k = 0;
  while (size < mb * 1e6) {
    const [dx, dy] = offset(k);
    const copy = moveCopy(members, k, dx, dy);
    writeSync(fd, copy);
    size += Buffer.byteLength(copy);
    k++;
  }
  writeSync(fd, tail);
  closeSync(fd);
  return k;
}
