/**
 * The Flächenbilanz per Baugebiet as page and print sheet show it (export/baugebiete.ts), on the
 * project's own BPlan fixture: WA 80 m × 60 m with GRZ 0,4, GE 100 m × 60 m with GRZ 0,8.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baugebietTable } from '../../src/lib/export/baugebiete';
import { translator } from '../../src/lib/i18n';
import { importPlan } from '../../src/lib/xplan/index';
import type { PlanProperties } from '../../src/lib/plan/types';

const FILE = 'bplan-5.4-nutzungsschablone.gml';
const plan = importPlan(new Uint8Array(readFileSync(resolve('tests/fixtures/xplan', FILE))), FILE);

describe('baugebietTable', () => {
  it('gives area, share, weighted GRZ and buildable ground per Baugebiet, with a total', () => {
    const table = baugebietTable(plan.features, translator('de'), 'de')!;
    expect(table.head).toEqual([
      'Baugebiet',
      'Fläche',
      'Anteil am Plan',
      'GRZ',
      'davon überbaubar (GRZ)'
    ]);
    const plan_m2 = plan.features
      .filter((f) => !f.properties.overlay)
      .reduce((s, f) => s + f.properties.area_m2!, 0);
    const pct = (m2: number) =>
      `${(Math.round((m2 / plan_m2) * 1000) / 10).toFixed(1).replace('.', ',')}\u00a0%`;
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Allgemeines Wohngebiet (WA)', '0,48 ha', pct(4800), '0,40', '0,19 ha'],
      ['Gewerbegebiet (GE)', '0,60 ha', pct(6000), '0,80', '0,48 ha']
    ]);
    // 1920 + 4800 m² of 10 800 m²: the weighted GRZ 0,62.
    expect(table.total).toEqual(['Summe', '1,08 ha', pct(10_800), '0,62', '0,67 ha']);
  });

  it('says „–“ where no area fixes a GRZ and „mind.“ where only some do; English too', () => {
    const props = (
      id: string,
      category: PlanProperties['category'],
      area_m2: number,
      grz?: number
    ) => ({
      properties: {
        id,
        category,
        status: 'bestand' as const,
        previous: null,
        district: null,
        name: null,
        xplanClass: 'BP_BaugebietsTeilFlaeche',
        area_m2,
        ...(grz === undefined ? {} : { bau: { GRZ: grz } })
      }
    });
    const features = [
      props('a', 'mi', 10_000, 0.6),
      props('b', 'mi', 10_000),
      props('c', 'gi', 5000)
    ];
    const en = baugebietTable(features, translator('en'), 'en')!;
    expect(en.head[4]).toBe('of which buildable (GRZ)');
    expect(en.rows.map((r) => r.cells.slice(3))).toEqual([
      ['–', 'at least 0.60 ha'],
      ['–', '–']
    ]);
    expect(en.total.slice(1)).toEqual(['2.50 ha', '100.0%', '–', 'at least 0.60 ha']);
    // An FNP has no Baugebiete: no table.
    expect(
      baugebietTable(
        [
          {
            properties: {
              ...props('w', 'wohnen', 1000).properties,
              xplanClass: 'FP_BebauungsFlaeche'
            }
          }
        ],
        translator('de'),
        'de'
      )
    ).toBeNull();
  });
});
