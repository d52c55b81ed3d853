/**
 * How long one search takes on the real tiles of Düren (../shared/geo/dueren-osm-2021) with the
 * Düren plan: the index the page builds (plan areas, districts, places, every street with its
 * house numbers), then the median time per query over addresses, typos and Stadtteil + street
 * queries picked from the index. Skips when the shared tiles are absent. Not part of npm test.
 *
 *   npm run bench:search
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installBasemap } from './basemap';
import { readPlanFeatures } from '../src/lib/geo/measure';
import { indexEntries, nameIndexEntries, planEntries, search } from '../src/lib/search/engine';
import { withDistricts } from '../src/lib/search/districts';
import type { Plan } from '../src/lib/plan/types';

const SHARED = join(process.cwd(), '../shared/geo/dueren-osm-2021/tiles');
if (!existsSync(SHARED)) {
  console.log(`Übersprungen: keine Kacheln unter ${SHARED}.`);
  process.exit(0);
}

const site = mkdtempSync(join(tmpdir(), 'fnp-bench-search-'));
const log = console.log;
console.log = () => undefined;
await installBasemap(SHARED, { clip: false, site });
console.log = log;
const json = JSON.parse(readFileSync(join(site, 'basemap', 'search.json'), 'utf8'));
rmSync(site, { recursive: true, force: true });

const data = (f: string) => JSON.parse(readFileSync(join('data/dueren-2025', f), 'utf8'));
const plan = {
  features: readPlanFeatures(data('plan.geojson'), 'plan.geojson'),
  districts: data('districts.geojson'),
  places: data('places.geojson')
} as Plan;
const districts = plan.districts!.features.map((d) => ({
  name: d.properties.name,
  geometry: d.geometry
}));

let t = performance.now();
const streets = withDistricts(nameIndexEntries(json), districts);
const index = indexEntries([...withDistricts(planEntries(plan, 'de'), districts), ...streets]);
const buildMs = performance.now() - t;

const picked = streets.filter((e) => e.kind === 'street' && (e.numbers?.size ?? 0) > 0);
const queries: string[] = [];
for (let i = 0; i < picked.length; i += Math.ceil(picked.length / 40)) {
  const s = picked[i]!;
  const cut = Math.floor(s.label.length / 2);
  queries.push(
    `${s.label} ${[...s.numbers!.keys()][0]}`,
    s.label.slice(0, cut) + s.label.slice(cut + 1),
    s.district ? `${s.district} ${s.label}` : s.label,
    s.label.slice(0, 4)
  );
}

const times: number[] = [];
for (const q of queries) {
  t = performance.now();
  search(index, q);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
console.log(
  `search: ${index.length} Einträge (${picked.length} Straßen mit Hausnummern), Index ${buildMs.toFixed(0)} ms; ` +
    `${queries.length} Suchen: Median ${at(0.5).toFixed(1)} ms, 90 % ${at(0.9).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`
);
