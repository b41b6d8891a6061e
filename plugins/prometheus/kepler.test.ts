import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectInputError, validateRecord } from 'carbon-ci/testing';
import type { DeviceRef, EnergyRecord, TelemetryRecord } from 'carbon-ci';
import { KEPLER_STEP_S, KEPLER_T0_S, KEPLER_WINDOW, keplerOpenMetrics, type KeplerFixture } from '../../test/fixtures/kepler-openmetrics.js';
import { startPrometheus, type PrometheusServer } from '../../test/prometheus/server.js';
import { readPrometheusApi, type PrometheusSourceOptions } from './index.js';
import { mergeOverlaps } from './kepler-workloads.js';

/**
 * Kepler 0.10+ through a real Prometheus (test/prometheus/server.ts) backfilled with the Kepler fixture,
 * whose generator knows each pod's energy in KEPLER_WINDOW: the reader must find exactly that.
 */

/** Below what a range query over the window's 55 one-minute steps of the pods' CPU series needs (it is refused and split), above what one step needs. */
const MAX_SAMPLES = 100;

let fixture: KeplerFixture;
let server: PrometheusServer;

beforeAll(async () => {
  fixture = keplerOpenMetrics('current');
  server = await startPrometheus({ openMetrics: fixture.openMetrics });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

async function read(options: Partial<PrometheusSourceOptions> = {}) {
  const warnings: string[] = [];
  const context = { log: { debug() {}, info() {}, warn: (m: string) => warnings.push(m) }, signal: new AbortController().signal };
  const records: TelemetryRecord[] = [];
  const window = { start: KEPLER_WINDOW.startS * 1000, end: KEPLER_WINDOW.endS * 1000 };
  for await (const batch of readPrometheusApi({ url: server.url, ...window, family: 'kepler', ...options }, context)) records.push(...batch);
  for (const record of records) expect(validateRecord(record)).toEqual([]);
  const energy = records.filter((r): r is EnergyRecord => r.type === 'energy');
  expect(energy).toHaveLength(records.length);
  const byDevice = new Map<string, { device: DeviceRef; energyJ: number; records: EnergyRecord[] }>();
  for (const r of energy) {
    expect(r.basis).toBe('counter');
    let entry = byDevice.get(r.device.id);
    if (!entry) byDevice.set(r.device.id, (entry = { device: r.device, energyJ: 0, records: [] }));
    entry.energyJ += r.energyJ;
    entry.records.push(r);
  }
  return { byDevice, warnings };
}

const close = (actual: number | undefined, expected: number) => {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

describe('prometheus source, Kepler 0.10+ (real server)', () => {
  it("gives every pod its CPU (package), memory (dram) and GPU energy, exactly as Kepler's counters say", async () => {
    const { byDevice, warnings } = await read();
    const ids = [...byDevice.keys()].sort();
    const pods = Object.keys(fixture.pods);
    const expectedIds = pods.flatMap((pod) => [`${pod} cpu`, `${pod} ram`, ...(fixture.pods[pod]!.gpuJ > 0 ? [`${pod} gpu`] : [])]).sort();
    expect(ids).toEqual(expectedIds);
    for (const pod of pods) {
      const e = fixture.pods[pod]!;
      close(byDevice.get(`${pod} cpu`)?.energyJ, e.packageJ);
      close(byDevice.get(`${pod} ram`)?.energyJ, e.dramJ);
      if (e.gpuJ > 0) close(byDevice.get(`${pod} gpu`)?.energyJ, e.gpuJ);
    }
    // Host = the node; components say what each device is; records of one device never overlap.
    expect(byDevice.get('ml/bert-0 cpu')!.device).toMatchObject({ component: 'cpu', host: 'node-7' });
    expect(byDevice.get('ml/bert-0 ram')!.device).toMatchObject({ component: 'ram', host: 'node-7' });
    expect(byDevice.get('ml/bert-0 gpu')!.device).toMatchObject({ component: 'gpu', host: 'node-7', vendor: 'nvidia' });
    expect(byDevice.get('ml/bert-0 gpu')!.device.count).toBeUndefined();
    expect(byDevice.get('shop/web-5f7 cpu')!.device).toMatchObject({ component: 'cpu', host: 'node-3' });
    for (const { records } of byDevice.values()) {
      for (let i = 1; i < records.length; i++) expect(records[i]!.startMs).toBeGreaterThanOrEqual(records[i - 1]!.endMs);
    }
    const text = warnings.join('\n');
    // node-3's Kepler restarted: each of its two pods' package and dram counters went down once.
    expect(text).toMatch(/Kepler's energy counters went down 4 times \(Kepler restarted/);
    expect(text).toMatch(/active share of CPU, memory and GPU energy only; idle energy stays at node level/);
  });

  it('counts a pod born in the window from zero, and merges its running and terminated series', async () => {
    const { byDevice } = await read({ selector: 'pod_namespace="ml",pod_name=~"bert-.*"' });
    expect([...byDevice.keys()].sort()).toEqual(['ml/bert-0 cpu', 'ml/bert-0 gpu', 'ml/bert-0 ram']);
    const bert = fixture.pods['ml/bert-0']!;
    close(byDevice.get('ml/bert-0 cpu')!.energyJ, bert.packageJ);
    // The first sample's value is energy: without it the reader would be short of it.
    // It counts from one scrape interval (15 s) before its first sample (sample 40), not from the window's start.
    const first = byDevice.get('ml/bert-0 cpu')!.records[0]!;
    expect(first.startMs).toBe((KEPLER_T0_S + 39 * KEPLER_STEP_S) * 1000);
    expect(first.endMs).toBeGreaterThan(first.startMs);
    // The container restart resets the pod's own GPU counter; the containers' counters, summed, do not lose it.
    close(byDevice.get('ml/bert-0 gpu')!.energyJ, bert.gpuJ);
  });

  it('selects exactly one pod by its Kepler labels, or a node, and says when a selector names the exporter pod', async () => {
    const one = await read({ selector: 'pod_namespace="shop",pod_name="web-5f7"' });
    expect([...one.byDevice.keys()].sort()).toEqual(['shop/web-5f7 cpu', 'shop/web-5f7 ram']);
    close(one.byDevice.get('shop/web-5f7 cpu')!.energyJ, fixture.pods['shop/web-5f7']!.packageJ);
    const node = await read({ selector: 'node_name="node-7"' });
    expect([...node.byDevice.values()].every((d) => d.device.host === 'node-7')).toBe(true);
    expect(new Set([...node.byDevice.keys()].map((id) => id.replace(/ \w+$/, '')))).toEqual(new Set(['ml/bert-0', 'kube-system/kube-proxy-7', 'gpu-operator/nvidia-dcgm-exporter-7']));
    // The scrape's `pod` label names the Kepler exporter, so a DCGM-style selector finds nothing and the error says why.
    const error = await refusal({ selector: 'pod="bert-0"' });
    expect(error.message).toMatch(/no Kepler pod energy \(kepler_pod_cpu_joules_total\{pod="bert-0"\}\)/);
    expect(error.hint).toMatch(/pod_namespace, pod_name/);
  });

  it('refuses an unknown family and raw samples with Kepler, before any query', async () => {
    expect((await refusal({ family: 'nvml' as never })).message).toMatch(/metric family "nvml" is not one carbon-ci reads/);
    expect((await refusal({ raw: true })).message).toMatch(/raw samples are read for the DCGM family only/);
  });
});

describe('Kepler on a server that refuses large queries (real server, query.max-samples)', () => {
  let small: PrometheusServer | undefined;
  afterAll(async () => {
    await small?.stop();
  });

  it('splits the per-step queries it finds too large and still finds every pod exactly', async () => {
    small = await startPrometheus({ copyFrom: server.dataDir }, [`--query.max-samples=${MAX_SAMPLES}`]);
    const fetches = vi.spyOn(globalThis, 'fetch');
    let limited: Awaited<ReturnType<typeof read>>;
    try {
      limited = await read({ url: small.url });
      const answers = await Promise.all(fetches.mock.results.map((r) => r.value as Promise<Response>));
      expect(answers.filter((a) => a.status === 422).length).toBeGreaterThan(0);
    } finally {
      fetches.mockRestore();
    }
    for (const [pod, e] of Object.entries(fixture.pods)) {
      close(limited.byDevice.get(`${pod} cpu`)?.energyJ, e.packageJ);
      close(limited.byDevice.get(`${pod} ram`)?.energyJ, e.dramJ);
      if (e.gpuJ > 0) close(limited.byDevice.get(`${pod} gpu`)?.energyJ, e.gpuJ);
    }
  }, 60_000);
});

describe('prometheus source, Kepler 0.7 (real server)', () => {
  let legacy: KeplerFixture;
  let legacyServer: PrometheusServer;
  beforeAll(async () => {
    legacy = keplerOpenMetrics('legacy');
    legacyServer = await startPrometheus({ openMetrics: legacy.openMetrics });
  }, 60_000);
  afterAll(async () => {
    await legacyServer?.stop();
  });

  it("sums each pod's containers and both modes, as Kepler 0.7 counted them, through a container and a Kepler restart", async () => {
    const { byDevice, warnings } = await read({ url: legacyServer.url });
    const pods = Object.keys(legacy.pods);
    // Every 0.7 container has a GPU counter; only the pod whose counter rose has a GPU device.
    const expectedIds = pods.flatMap((pod) => [`${pod} cpu`, `${pod} ram`, ...(legacy.pods[pod]!.gpuJ > 0 ? [`${pod} gpu`] : [])]).sort();
    expect([...byDevice.keys()].sort()).toEqual(expectedIds);
    for (const pod of pods) {
      const e = legacy.pods[pod]!;
      const cpu = byDevice.get(`${pod} cpu`)!.energyJ;
      const ram = byDevice.get(`${pod} ram`)!.energyJ;
      // Dynamic and idle (mode="idle") shares are both counted; the fixture gives idle for package and dram together.
      close(cpu + ram, e.packageJ + e.dramJ + e.idleJ);
      expect(cpu).toBeGreaterThan(e.packageJ);
      if (e.gpuJ > 0) close(byDevice.get(`${pod} gpu`)!.energyJ, e.gpuJ);
    }
    expect(byDevice.get('shop/web-5f7 cpu')!.device).toMatchObject({ component: 'cpu', host: 'node-3' });
    for (const { records } of byDevice.values()) {
      for (let i = 1; i < records.length; i++) expect(records[i]!.startMs).toBeGreaterThanOrEqual(records[i - 1]!.endMs);
    }
    const text = warnings.join('\n');
    expect(text).toMatch(/Kepler's energy counters went down \d+ times \(Kepler restarted/);
    expect(text).toMatch(/Kepler 0\.7 .*dynamic share .* and the idle share Kepler attributed to it/);
  });

  it('selects one pod by 0.7 labels', async () => {
    const { byDevice } = await read({ url: legacyServer.url, selector: 'container_namespace="ml",pod_name="bert-0"' });
    expect([...byDevice.keys()].sort()).toEqual(['ml/bert-0 cpu', 'ml/bert-0 gpu', 'ml/bert-0 ram']);
    close(byDevice.get('ml/bert-0 gpu')!.energyJ, legacy.pods['ml/bert-0']!.gpuJ);
  });
});

describe('mergeOverlaps', () => {
  it("spreads overlapping containers' records over shared intervals, keeping the sum, and passes disjoint ones through", () => {
    const device: DeviceRef = { id: 'p gpu', component: 'gpu' };
    const r = (startMs: number, endMs: number, energyJ: number): EnergyRecord => ({ type: 'energy', basis: 'counter', startMs, endMs, device, energyJ });
    const merged = mergeOverlaps([r(0, 100, 10), r(50, 150, 20)]);
    expect(merged.map((m) => [m.startMs, m.endMs, m.energyJ])).toEqual([[0, 50, 5], [50, 100, 15], [100, 150, 10]]);
    const disjoint = [r(0, 10, 1), r(10, 20, 2)];
    expect(mergeOverlaps(disjoint)).toEqual(disjoint);
  });
});

function refusal(options: Partial<PrometheusSourceOptions>) {
  return expectInputError(() => read(options));
}
