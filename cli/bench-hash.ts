/**
 * How long reading a URL hash takes (parseHash, the step that runs on every hash change),
 * median of 15 runs per case, in one process (not part of npm test).
 *
 *   npm run bench:hash
 */
import { parseHash, MAX_OTHER_LENGTH } from '../src/lib/state/url';

function circle(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    parts.push(
      `${(6.48 + 0.0142 * Math.cos(a)).toFixed(6)},${(50.8 + 0.009 * Math.sin(a)).toFixed(6)}`
    );
  }
  return `#scope=region&region=p:${parts.join(';')}`;
}

const cases: [string, string][] = [
  ['region-2000', circle(2000)],
  ['region-25000', circle(25_000)],
  ['region-25000-again', circle(25_000)],
  ['region-too-long', circle(30_000)],
  ['others-at-limit', `#district=${'x'.repeat(MAX_OTHER_LENGTH - 20)}`],
  ['garbage-150kB', `#${'&%zz=%%'.repeat(150_000 / 7)}`],
  ['hide-50000', `#hide=${Array(50_000).fill('wald').join(',')}`]
];

for (const [name, hash] of cases) {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    parseHash(hash);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(
    `bench hash case=${name} chars=${hash.length} median_ms=${(times[7] as number).toFixed(1)} max_ms=${(times[14] as number).toFixed(1)}\n`
  );
}
