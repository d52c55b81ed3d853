// Issue 14: the URL hash caps say what they shortened, and how.
import { describe, expect, it } from 'vitest';
import {
  MAX_HASH_LENGTH,
  MAX_OTHER_LENGTH,
  MAX_URL_REGION_VERTICES,
  parseHash,
  serializeHash,
  defaultHashState
} from '../../src/lib/state/url';
import { simplifyRing } from '../../src/lib/geo/simplify-ring';
import { cappedText } from '../../src/lib/state/hash-notices';
import { ellipsoidalArea } from '../../src/lib/geo/area';

/** A circle of `n` positions (open ring) around Düren's centre, radius ~1 km. */
function circle(n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    out.push([
      Number((6.48 + 0.0142 * Math.cos(a)).toFixed(6)),
      Number((50.8 + 0.009 * Math.sin(a)).toFixed(6))
    ]);
  }
  return out;
}

const hashOf = (ring: [number, number][]) =>
  `#scope=region&region=p:${ring.map((p) => p.join(',')).join(';')}`;

const area = (ring: [number, number][]) =>
  ellipsoidalArea({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] });

describe('simplifyRing', () => {
  it('keeps at most the limit, in order, only input vertices, and the shape (area within 0.1 %)', () => {
    const ring = circle(50_000);
    const simple = simplifyRing(ring, 2000);
    expect(simple.length).toBeLessThanOrEqual(2000);
    expect(simple.length).toBeGreaterThan(1900);
    const index = new Map(ring.map((p, i) => [p.join(','), i]));
    const at = simple.map((p) => index.get(p.join(',')));
    expect(at.every((i) => i !== undefined)).toBe(true);
    expect([...at].sort((a, b) => a! - b!)).toEqual(at);
    expect(Math.abs(area(simple) - area(ring)) / area(ring)).toBeLessThan(0.001);
  });

  it('keeps a closed ring closed and counts the closing position', () => {
    const ring = circle(5000);
    const simple = simplifyRing([...ring, ring[0]!], 100);
    expect(simple.length).toBeLessThanOrEqual(100);
    expect(simple[0]).toEqual(simple[simple.length - 1]);
  });

  it('keeps the corners of a square drawn with many points', () => {
    const sq: [number, number][] = [];
    const side = 1000;
    for (let i = 0; i < side; i++) sq.push([6.4 + (0.01 * i) / side, 50.8]);
    for (let i = 0; i < side; i++) sq.push([6.41, 50.8 + (0.01 * i) / side]);
    for (let i = 0; i < side; i++) sq.push([6.41 - (0.01 * i) / side, 50.81]);
    for (let i = 0; i < side; i++) sq.push([6.4, 50.81 - (0.01 * i) / side]);
    const simple = simplifyRing(sq, 10).map((p) => p.join(','));
    for (const corner of ['6.4,50.8', '6.41,50.8', '6.41,50.81', '6.4,50.81'])
      expect(simple).toContain(corner);
  });

  it('returns a small ring unchanged', () => {
    const ring = circle(10);
    expect(simplifyRing(ring, 2000)).toEqual(ring);
  });
});

describe('URL hash caps', () => {
  it('a region of 25,000 points is simplified to the limit, and the notice says from what to what', () => {
    const ring = circle(25_000);
    const read = parseHash(hashOf(ring));
    expect(read.warnings).toEqual([]);
    expect(read.tooLong).toBeUndefined();
    const region = read.state.region;
    expect(region?.kind).toBe('polygon');
    const kept = region?.kind === 'polygon' ? region.ring.length : 0;
    expect(kept).toBeLessThanOrEqual(MAX_URL_REGION_VERTICES);
    expect(read.capped).toEqual({ regionVertices: { from: 25_000, to: kept } });
    const text = cappedText(read.capped!);
    expect(text.de).toBe(
      `Die Fläche im Link hatte 25.000 Punkte; sie wurde auf ${kept.toLocaleString('de-DE')} Punkte vereinfacht. Die Flächenbilanz gilt für die vereinfachte Fläche.`
    );
    expect(text.en).toContain('had 25,000 points');
    // the simplified region is what the page writes back: a link of the limit's size
    expect(parseHash(serializeHash(read.state)).capped).toBeUndefined();
  });

  it('a region at the limit is taken as it is, without a notice', () => {
    const ring = circle(MAX_URL_REGION_VERTICES);
    const read = parseHash(hashOf(ring));
    expect(read.capped).toBeUndefined();
    expect(read.state.region).toEqual({ kind: 'polygon', ring });
  });

  it('a hash over the URL limit, or other keys over their share, are refused whole with both lengths', () => {
    const huge = '#district=' + 'x'.repeat(MAX_HASH_LENGTH);
    expect(parseHash(huge)).toEqual({
      state: defaultHashState(),
      warnings: [],
      tooLong: { length: huge.length, max: MAX_HASH_LENGTH }
    });
    const others = '#sel=a&zz=' + 'y'.repeat(MAX_OTHER_LENGTH);
    expect(parseHash(others).tooLong).toEqual({ length: others.length, max: MAX_OTHER_LENGTH });
    expect(parseHash(others).state).toEqual(defaultHashState());
  });

  it('a region with one bad point among 20,000 is refused (warning), not simplified', () => {
    const ring = circle(20_000);
    const hash = hashOf(ring).replace(';6.', ';x.');
    const read = parseHash(hash);
    expect(read.state.region).toBeNull();
    expect(read.warnings).toContain('region');
    expect(read.capped).toBeUndefined();
  });
});
