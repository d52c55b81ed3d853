/**
 * The one worker protocol (src/lib/worker/rpc.ts, serve.ts): supersede, cancel, restart, crash and adopt,
 * with the worker's handlers run in-process behind a fake Worker (no browser). Messages cross in
 * a task of their own, as between threads; a terminated fake drops every message either way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CancelledError,
  WorkerClient,
  WorkerError,
  type Protocol,
  type WorkerLike
} from '../../src/lib/worker/rpc';
import { serve, type Endpoint, type Handlers } from '../../src/lib/worker/serve';
import { workerFailure } from '../../src/lib/worker/failure';
import { planHandlers } from '../../src/lib/worker/plan-handlers';
import { compareHandlers } from '../../src/lib/worker/compare-handlers';
import { CompareWorker, PlanWorker } from '../../src/lib/worker/client';
import { PlanLoadError } from '../../src/lib/plan/fetch';
import { fullFilter, PlanIndex } from '../../src/lib/geo/engine';
import { syntheticPlan } from '../../src/lib/geo/synthetic';
import { previousView } from '../../src/lib/geo/previous-id';
import type { LoadedFeature } from '../../src/lib/plan/types';

const ROOT = process.cwd();

const task = () => new Promise((resolve) => setTimeout(resolve, 0));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A Worker whose scope runs `handlers` in this thread. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  /** What the page posted, by kind. */
  readonly received: string[] = [];
  private readonly scope: Endpoint;

  constructor(handlers: Handlers<Protocol>) {
    const scope: Endpoint = {
      onmessage: null,
      postMessage: (data) =>
        setTimeout(() => {
          if (!this.terminated) this.onmessage?.({ data } as MessageEvent);
        })
    };
    serve(scope, handlers, (e, call) =>
      workerFailure(e, call.kind === 'import' ? (call.args as { fileName: string }).fileName : null)
    );
    this.scope = scope;
  }

  postMessage(data: unknown) {
    if (this.terminated) return;
    this.received.push((data as { kind: string }).kind);
    setTimeout(() => {
      if (!this.terminated) this.scope.onmessage?.({ data } as MessageEvent);
    });
  }

  /** What a worker does when it fails outside a call (its script, its memory). */
  crash() {
    this.onerror?.({ message: 'out of memory' } as ErrorEvent);
  }

  terminate() {
    this.terminated = true;
  }
}

/** A spawn function for a client, with every worker it made. */
function fakes<P extends Protocol>(handlers: () => Handlers<P>) {
  const spawned: FakeWorker[] = [];
  const spawn = () => {
    const worker = new FakeWorker(handlers() as unknown as Handlers<Protocol>);
    spawned.push(worker);
    return worker;
  };
  return { spawn, spawned };
}

/** A protocol to exercise the client: state (`set`/`get`), a call held open, updates, failures. */
type Toy = {
  set: [{ value: number }, void];
  get: [void, number];
  wait: [{ gate: string }, string];
  count: [{ n: number }, string, number];
  fail: [{ how: 'plain' | 'load' | 'class' }, void];
};

/** Gates the test opens: a `wait` call answers once its gate is open. */
const gates = new Map<string, () => void>();
const gate = (name: string) => new Promise<void>((resolve) => gates.set(name, resolve));
const open = (name: string) => gates.get(name)?.();

function toyHandlers(): Handlers<Toy> {
  let value = 0;
  return {
    set: (args) => {
      value = args.value;
    },
    get: () => value,
    wait: async ({ gate: name }) => {
      await gate(name);
      return `${name} with ${value}`;
    },
    count: ({ n }, call) => {
      for (let i = 1; i <= n; i++) call.update(i / n);
      return 'counted';
    },
    fail: ({ how }) => {
      if (how === 'load') throw new PlanLoadError('http', 'x/plan.geojson', 'Not Found', 404);
      if (how === 'class') throw new RangeError('Invalid array length');
      throw new Error('no plan indexed');
    }
  };
}

/** A client whose fresh worker gets the last value `set` again. */
class ToyClient extends WorkerClient<Toy> {
  restored = 0;
  private value: number | null = null;
  protected override restore() {
    if (this.value === null) return;
    this.restored++;
    void this.post('set', { value: this.value }).catch(() => {});
  }
  set(value: number) {
    const done = this.request('set', { value });
    this.value = value;
    return done;
  }
}

const settle = <T>(p: Promise<T>) =>
  p.then(
    (value) => ({ value }),
    (error: unknown) => ({ error })
  );

afterEach(() => gates.clear());

describe('the worker protocol (one client over a map type)', () => {
  it('answers typed calls in the order sent, with updates before the result', async () => {
    const { spawn, spawned } = fakes(toyHandlers);
    const client = new ToyClient(spawn);
    const fractions: number[] = [];
    await client.set(4);
    const [counted, value] = await Promise.all([
      client.request('count', { n: 4 }, { update: (f) => fractions.push(f) }),
      client.request('get', undefined)
    ]);
    expect(counted).toBe('counted');
    expect(value).toBe(4);
    expect(fractions).toEqual([0.25, 0.5, 0.75, 1]);
    // The first call started the worker, and only one.
    expect(spawned.length).toBe(1);
    expect(spawned[0]!.received).toEqual(['set', 'count', 'get']);
  });

  it('words failures for the user: both languages, a load failure with its reason, no class names', async () => {
    const client = new ToyClient(fakes(toyHandlers).spawn);
    const plain = await settle(client.request('fail', { how: 'plain' }));
    expect(plain).toEqual({ error: expect.any(WorkerError) });
    // An unexpected failure is framed in German and English (issue 26), its detail kept.
    const worded = (plain as { error: WorkerError }).error;
    expect(worded.message).toBe(
      'Unerwarteter Fehler bei der Berechnung (no plan indexed). Bitte die Seite neu laden.'
    );
    expect(worded.messageEn).toMatch(/^Unexpected error in the computation \(no plan indexed\)/);
    const load = (await settle(client.request('fail', { how: 'load' }))) as { error: unknown };
    expect(load.error).toBeInstanceOf(PlanLoadError);
    expect(load.error).toMatchObject({ reason: 'http', file: 'x/plan.geojson', status: 404 });
    const cls = (await settle(client.request('fail', { how: 'class' }))) as { error: Error };
    expect(cls.error.message).toContain('(Invalid array length)');
    expect(cls.error.message).not.toMatch(/RangeError/);
  });

  it('supersede: a newer call of a kind cancels the older one, the worker keeps running', async () => {
    const { spawn, spawned } = fakes(toyHandlers);
    const client = new ToyClient(spawn);
    await client.set(1);
    const older = settle(client.request('wait', { gate: 'a' }, { supersede: {} }));
    await task();
    const newer = client.request('wait', { gate: 'b' }, { supersede: {} });
    expect(await older).toEqual({ error: expect.any(CancelledError) });
    // The worker answers the older call in order, then the newer one; only that one is heard.
    open('a');
    await task();
    open('b');
    expect(await newer).toBe('b with 1');
    expect(spawned.length).toBe(1);
    expect(spawned[0]!.terminated).toBe(false);
  });

  it('supersede: an older call running longer than restartAfter restarts the worker with its state', async () => {
    const { spawn, spawned } = fakes(toyHandlers);
    const client = new ToyClient(spawn);
    await client.set(7);
    const other = settle(client.request('get', undefined));
    const older = settle(client.request('wait', { gate: 'stuck' }, { supersede: {} }));
    await sleep(20);
    // `stuck` never opens: the first worker would never answer the newer call.
    const newer = client.request('wait', { gate: 'c' }, { supersede: { restartAfter: 10 } });
    expect(await older).toEqual({ error: expect.any(CancelledError) });
    expect(spawned.length).toBe(2);
    expect(spawned[0]!.terminated).toBe(true);
    // The fresh worker got the state first, then the newer call.
    expect(spawned[1]!.received).toEqual(['set', 'wait']);
    expect(client.restored).toBe(1);
    await task();
    await task();
    open('c');
    expect(await newer).toBe('c with 7');
    // A call of another kind answered before the restart is kept.
    expect(await other).toEqual({ value: 7 });
  });

  it('cancel: every pending call rejects with the one CancelledError; the next call starts afresh', async () => {
    const { spawn, spawned } = fakes(toyHandlers);
    const client = new ToyClient(spawn);
    await client.set(3);
    const pending = [
      settle(client.request('wait', { gate: 'x' })),
      settle(client.request('count', { n: 2 }))
    ];
    client.cancel();
    for (const p of pending) expect(await p).toEqual({ error: expect.any(CancelledError) });
    expect(spawned[0]!.terminated).toBe(true);
    expect(client.running).toBe(false);
    // Restarted by the next call, with the value set before.
    expect(await client.request('get', undefined)).toBe(3);
    expect(spawned.length).toBe(2);
  });

  it('a crashed worker: its calls fail with a worded error, the next call restarts it', async () => {
    const { spawn, spawned } = fakes(toyHandlers);
    const client = new ToyClient(spawn);
    await client.set(5);
    const pending = settle(client.request('wait', { gate: 'y' }));
    spawned[0]!.crash();
    const { error } = (await pending) as { error: WorkerError };
    expect(error).toBeInstanceOf(WorkerError);
    expect(error.message).toMatch(/Hintergrund/);
    expect(error.messageEn).toMatch(/background/);
    expect(spawned[0]!.terminated).toBe(true);
    expect(await client.request('get', undefined)).toBe(5);
    expect(spawned.length).toBe(2);
  });

  it('terminate: later calls reject at once, no worker starts', async () => {
    const { spawn, spawned } = fakes(toyHandlers);
    const client = new ToyClient(spawn);
    await client.set(1);
    client.terminate();
    expect(await settle(client.request('get', undefined))).toEqual({
      error: expect.any(CancelledError)
    });
    expect(spawned.length).toBe(1);
  });
});

/** A plan as GeoJSON text, as a file opened from disk holds it. */
function planText(features: LoadedFeature[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: f.properties,
      geometry: f.geometry
    }))
  });
}

describe('the plan worker over the protocol (handlers in-process)', () => {
  const shown = syntheticPlan({ n: 2600, seed: 3 });
  const openedPlan = syntheticPlan({ n: 300, seed: 9, parcels: true });
  const text = planText(openedPlan);
  const whole = (features: LoadedFeature[]) =>
    new PlanIndex(features).balance(null, fullFilter()).total;

  it('a plan sent in parts is complete before a balance is answered', async () => {
    const { spawn, spawned } = fakes(() => planHandlers());
    const page = new PlanWorker(spawn);
    void page.index(shown);
    // Asked at once: it must not land between the parts (2,600 areas go in two).
    const balance = await page.balance(null, fullFilter());
    expect(spawned[0]!.received).toEqual(['index', 'index', 'balance']);
    expect(balance.total.count).toBe(shown.length);
    expect(balance.total.area_m2).toBeCloseTo(whole(shown).area_m2, 3);
  });

  it('adopt: an opened plan’s worker becomes the page’s plan worker; a restart loads it again by URL', async () => {
    const requested: string[] = [];
    // Blob URLs as the page makes them for the opened plan's GeoJSON.
    const blobs = new Map<string, Blob>();
    const fetchFn = (async (url: string) => {
      requested.push(url);
      const blob = blobs.get(url);
      return blob ? new Response(blob) : new Response('', { status: 404 });
    }) as unknown as typeof fetch;
    const { spawn, spawned } = fakes(() => planHandlers(fetchFn));
    const page = new PlanWorker(spawn);
    await page.index(shown);
    const opener = new PlanWorker(spawn);
    const fractions: number[] = [];
    const result = await opener.open('parzellen.geojson', new Blob([text]), 'grid:none', (f) =>
      fractions.push(f)
    );
    expect(result.count).toBe(openedPlan.length);
    expect(fractions.at(-1)).toBe(1);

    blobs.set('blob:parzellen', result.geojson);
    page.adoptOpened(opener, { url: 'blob:parzellen', file: 'parzellen.geojson' });
    // The page's own worker stopped; the opener gave its worker away (and cannot stop it).
    expect(spawned[0]!.terminated).toBe(true);
    expect(spawned[1]!.terminated).toBe(false);
    expect(await settle(opener.areaAt(0, 0))).toEqual({ error: expect.any(CancelledError) });
    opener.terminate();
    expect(spawned[1]!.terminated).toBe(false);

    // The Flächenbilanz is the opened plan's at once, from the worker that imported it.
    const balance = await page.balance(null, fullFilter());
    expect(balance.total.count).toBe(openedPlan.length);
    const features = await page.features();
    expect(features.length).toBe(openedPlan.length);
    expect(spawned.length).toBe(2);
    expect(requested).toEqual(['grid:none']);

    // A restart (a long query superseded) loads the opened plan again from its URL.
    page.restart();
    const again = await page.balance(null, fullFilter());
    expect(requested).toEqual(['grid:none', 'blob:parzellen']);
    expect(spawned.length).toBe(3);
    expect(spawned[2]!.received.slice(0, 2)).toEqual(['load', 'balance']);
    expect(again.total).toEqual(balance.total);
  });

  it('an import failure is worded on the page, naming the file', async () => {
    const opener = new PlanWorker(fakes(() => planHandlers()).spawn);
    const { error } = (await settle(
      opener.open(
        'kaputt.geojson',
        new Blob(['{"type":"FeatureCollection","features":[']),
        'grid:none',
        () => {}
      )
    )) as { error: WorkerError };
    expect(error).toBeInstanceOf(WorkerError);
    expect(error.message).toContain('kaputt.geojson');
    expect(error.messageEn).toContain('kaputt.geojson');
  });
});

describe('the compare worker over the protocol (handlers in-process)', () => {
  it('after cancel the next call starts a fresh worker that gets both area sets again', async () => {
    const { spawn, spawned } = fakes(compareHandlers);
    const after = syntheticPlan({ n: 200, seed: 4 });
    const before = previousView(after);
    const client = new CompareWorker(spawn);
    await client.set(before, after);
    const first = await client.balance(null, fullFilter());
    const overlay = settle(client.overlay(() => {}));
    client.cancel();
    expect(await overlay).toEqual({ error: expect.any(CancelledError) });
    const again = await client.balance(null, fullFilter());
    expect(spawned.length).toBe(2);
    expect(spawned[1]!.received).toEqual(['set', 'balance']);
    expect(again).toEqual(first);
    expect(first.after.total.count).toBe(after.length);
  });

  it('a DHDN plan is opened through the BeTA2007 grid the worker fetches once', async () => {
    const grid = readFileSync(join(ROOT, 'static', 'grids', 'BETA2007.gsb'));
    const requested: string[] = [];
    const fetchFn = (async (url: string) => {
      requested.push(url);
      return url === 'grid:beta2007' ? new Response(grid) : new Response('', { status: 404 });
    }) as unknown as typeof fetch;
    const opener = new PlanWorker(fakes(() => planHandlers(fetchFn)).spawn);
    const gml = readFileSync(join(ROOT, 'tests', 'fixtures', 'xplan', 'crs', 'EPSG_31467.gml'));
    const first = await opener.open('gk3.gml', new Blob([gml]), 'grid:beta2007', () => {});
    expect(first.report.notes.map((n) => n.de).join(' ')).toContain('BeTA2007');
    await opener.open('gk3.gml', new Blob([gml]), 'grid:beta2007', () => {});
    expect(requested).toEqual(['grid:beta2007']);
    opener.terminate();
  });

  it('an opened Bebauungsplan brings its Baugrenzen and Baulinien for the map', async () => {
    const opener = new PlanWorker(fakes(() => planHandlers()).spawn);
    const gml = readFileSync(
      join(ROOT, 'tests', 'fixtures', 'xplan', 'bplan-5.4-nutzungsschablone.gml')
    );
    const result = await opener.open('bplan.gml', new Blob([gml]), 'grid:none', () => {});
    expect(result.lines.length).toBeGreaterThan(0);
    expect(result.lines.map((l) => l.properties.category)).toContain('baugrenze');
    expect(result.lines.every((l) => l.geometry.type === 'MultiLineString')).toBe(true);
    opener.terminate();
  });
});
