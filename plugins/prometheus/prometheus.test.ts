import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectInputError, validateRecord } from 'carbon-ci/testing';
import type { EnergyCounterRecord, EnergyRecord, PowerRecord, TelemetryRecord } from 'carbon-ci';
import { freePort, startPrometheus, type PrometheusServer } from '../../test/prometheus/server.js';
import { readPrometheusApi, type PrometheusSourceOptions } from './index.js';

/**
 * These tests run a real Prometheus server (test/prometheus/server.ts) on a TSDB backfilled from
 * OpenMetrics by promtool.
 */

const T0 = 1747000000; // 2025-05-11T21:46:40Z
const STEP_S = 15;
const SAMPLES = 480; // two hours
const UUID0 = 'GPU-5f2d1a7e-0c1b-4b8e-9d3f-2a6c7e9b1d04';
const UUID1 = 'GPU-0a9c3e51-77d2-4f60-8b1e-c4d5f6a7b8c9';
const UUID2 = 'GPU-93b0c6d2-1e4f-4a57-8c69-0d7e2f1a3b5c';
const BLANK = '140737488355328';
const power0 = (i: number) => (i >= 120 && i < 360 ? 600 + (i % 7) : 70 + (i % 3));
const power1 = (i: number) => 300 + (i % 5);
const power2 = (i: number) => 250 + (i % 11) * 10;
/** GPU 2's exporter is down for these samples (10 minutes): nothing is scraped, but its counter keeps counting. */
const silent2 = (i: number) => i >= 300 && i < 340;
/** GPU 2's driver reloads just after sample 199: its counter restarts from zero. */
const RESET2 = 200;
/** Energy (J) of the trapezoid between samples i - 1 and i. */
const trapezoidJ = (power: (i: number) => number, i: number) => ((power(i - 1) + power(i)) / 2) * STEP_S;
const energyJ = (power: (i: number) => number, from: number, to: number) => {
  let joules = 0;
  for (let i = from + 1; i <= to; i++) joules += trapezoidJ(power, i);
  return joules;
};

/**
 * node-7: two H100s scraped every 15 s; GPU 0's series gain pod labels while a job runs; GPU 1 has no
 * energy counter and one blank power value. node-8: GPU 2 with a counter that resets once, a blank
 * counter value, and a 10-minute exporter outage.
 */
function openMetrics(): string {
  const base = (uuid: string, gpu: number, host = 'node-7') => `gpu="${gpu}",UUID="${uuid}",device="nvidia${gpu}",modelName="NVIDIA H100 80GB HBM3",Hostname="${host}"`;
  const labels0 = (i: number) => (i >= 120 && i < 360 ? `${base(UUID0, 0)},container="trainer",namespace="ml",pod="bert-0"` : base(UUID0, 0));
  const labels2 = base(UUID2, 0, 'node-8');
  const lines = ['# TYPE DCGM_FI_DEV_POWER_USAGE gauge'];
  for (let i = 0; i < SAMPLES; i++) lines.push(`DCGM_FI_DEV_POWER_USAGE{${labels0(i)}} ${power0(i)} ${T0 + STEP_S * i}`);
  for (let i = 0; i < SAMPLES; i++) {
    lines.push(`DCGM_FI_DEV_POWER_USAGE{${base(UUID1, 1)}} ${i === 10 ? BLANK : power1(i)} ${T0 + STEP_S * i}`);
  }
  for (let i = 0; i < SAMPLES; i++) if (!silent2(i)) lines.push(`DCGM_FI_DEV_POWER_USAGE{${labels2}} ${power2(i)} ${T0 + STEP_S * i}`);
  lines.push('# TYPE DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION counter');
  let mJ = 5_000_000_000;
  for (let i = 0; i < SAMPLES; i++) {
    if (i > 0) mJ += trapezoidJ(power0, i) * 1000;
    lines.push(`DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{${labels0(i)}} ${mJ} ${T0 + STEP_S * i}`);
  }
  mJ = 7_000_000_000;
  for (let i = 0; i < SAMPLES; i++) {
    if (i === RESET2) mJ = 0;
    if (i > 0) mJ += trapezoidJ(power2, i) * 1000;
    if (!silent2(i)) lines.push(`DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{${labels2}} ${i === 50 ? BLANK : mJ} ${T0 + STEP_S * i}`);
  }
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

let server: PrometheusServer;
let url: string;

beforeAll(async () => {
  server = await startPrometheus({ openMetrics: openMetrics() });
  url = server.url;
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

async function read(options: Partial<PrometheusSourceOptions> = {}) {
  const warnings: string[] = [];
  const context = { log: { debug() {}, info() {}, warn: (m: string) => warnings.push(m) }, signal: new AbortController().signal };
  const records: TelemetryRecord[] = [];
  for await (const batch of readPrometheusApi({ url, start: T0 * 1000, end: (T0 + STEP_S * SAMPLES) * 1000, ...options }, context)) {
    records.push(...batch);
  }
  for (const record of records) expect(validateRecord(record)).toEqual([]);
  const power = records.filter((r): r is PowerRecord => r.type === 'power');
  const counters = records.filter((r): r is EnergyCounterRecord => r.type === 'energy-counter');
  const counted = records.filter((r): r is EnergyRecord => r.type === 'energy');
  return { records, power, counters, counted, warnings };
}

function refusal(options: Partial<PrometheusSourceOptions>) {
  return expectInputError(() => read(options));
}

describe('prometheus source, raw samples (real server)', () => {
  it('fetches every raw sample of the window in slices, per GPU in time order, once each', async () => {
    const { power, counters: allCounters, counted, warnings } = await read({ chunkS: 1800, raw: true });
    expect(counted).toEqual([]);
    const counters = allCounters.filter((r) => r.device.id === UUID0);
    const gpu0 = power.filter((r) => r.device.id === UUID0);
    const gpu1 = power.filter((r) => r.device.id === UUID1);
    expect(gpu0.map((r) => r.timeMs)).toEqual(Array.from({ length: SAMPLES }, (_, i) => (T0 + STEP_S * i) * 1000));
    expect(gpu0.map((r) => r.powerW)).toEqual(Array.from({ length: SAMPLES }, (_, i) => power0(i)));
    expect(gpu1).toHaveLength(SAMPLES - 1);
    expect(gpu1.some((r) => r.timeMs === (T0 + STEP_S * 10) * 1000)).toBe(false);
    expect(warnings.join('\n')).toMatch(/dropped 2 samples holding a DCGM blank/);
    expect(new Set(gpu0.map((r) => r.device)).size).toBe(1);
    expect(gpu0[0]!.device).toMatchObject({ uuid: UUID0, host: 'node-7', index: 0, model: 'NVIDIA H100 80GB HBM3', vendor: 'nvidia' });
    expect(counters).toHaveLength(SAMPLES);
    const deltaJ = counters.at(-1)!.counterJ - counters[0]!.counterJ;
    expect(deltaJ).toBeCloseTo(energyJ(power0, 0, SAMPLES - 1), 3);
  });

  it('gives the same samples whatever the slice length', async () => {
    const small = await read({ chunkS: 700, metrics: ['power'], selector: 'Hostname="node-7"' });
    const large = await read({ chunkS: 86_400, metrics: ['power'], selector: 'Hostname="node-7"' });
    const samples = (records: TelemetryRecord[]) =>
      records.map((r) => `${r.device.id} ${(r as PowerRecord).timeMs} ${(r as PowerRecord).powerW}`).sort();
    expect(samples(small.records)).toEqual(samples(large.records));
    expect(small.records.length).toBe(2 * SAMPLES - 1);
  });

  it('reads a window given as ISO times in a zone, and only that window', async () => {
    const { power } = await read({ start: '2025-05-11T23:46:40', end: '2025-05-11T23:56:40', timeZone: 'Europe/Berlin', metrics: ['power'], raw: true });
    expect(power.filter((r) => r.device.id === UUID0)).toHaveLength(41);
    expect(Math.min(...power.map((r) => r.timeMs))).toBe(T0 * 1000);
  });

  it('picks the series of a selector only: one GPU by its label, the job by its pod, and says when nothing matches', async () => {
    const gpu1 = await read({ selector: 'gpu="1"', raw: true });
    expect(new Set(gpu1.records.map((r) => (r.type === 'power' || r.type === 'energy-counter' ? r.device.id : '')))).toEqual(new Set([UUID1]));
    const job = await read({ selector: 'namespace="ml",pod=~"bert-.*"', raw: true });
    // GPU 0's series carries the pod labels from sample 120 to 359 only: the job's samples, no others.
    expect(job.power).toHaveLength(240);
    expect(job.power.every((r) => r.device.id === UUID0 && r.timeMs >= (T0 + STEP_S * 120) * 1000 && r.timeMs < (T0 + STEP_S * 360) * 1000)).toBe(true);
    const none = await refusal({ selector: 'Hostname="node-99"' });
    expect(none.message).toMatch(/has no DCGM_FI_DEV_POWER_USAGE or DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION samples matching \{Hostname="node-99"\}/);
    expect(none.hint).toMatch(/check the selector/);
  });

  it('refuses a malformed selector before any query, naming the bad matcher', async () => {
    for (const selector of ['Hostname=node-7', 'pod=~"bert-(["', '', 'a="b",,c="d"']) {
      const error = await refusal({ selector, url: 'http://127.0.0.1:1' });
      expect(error.message).toMatch(/Prometheus selector/);
      expect(error.hint).toMatch(/label matchers as PromQL does/);
    }
  });

  it('refuses a window without samples, an unreachable server and a bad URL, with a fix', async () => {
    expect((await refusal({ start: '2020-01-01T00:00:00Z', end: '2020-01-01T01:00:00Z' })).hint).toMatch(/scrapes the DCGM exporter/);
    const closed = `http://127.0.0.1:${await freePort()}`;
    expect((await refusal({ url: closed })).message).toMatch(/cannot query Prometheus/);
    expect((await refusal({ url: 'not a url' })).hint).toMatch(/http:\/\//);
    expect((await refusal({ url: `${url}/nonexistent-prefix` })).message).toMatch(/Prometheus/);
  });
});

describe('prometheus source, reduced on the server (real server)', () => {
  it('gives each counter GPU its energy per step, exact from its first sample to its last, and raw power only for GPUs without a counter', async () => {
    const { counted, counters, power, warnings } = await read();
    expect(counters).toEqual([]);
    expect(new Set(power.map((r) => r.device.id))).toEqual(new Set([UUID1]));
    expect(power).toHaveLength(SAMPLES - 1);
    const gpu0 = counted.filter((r) => r.device.id === UUID0);
    // Two hours in one-minute steps: about 120 records, not 480 samples.
    expect(gpu0.length).toBeGreaterThan(100);
    expect(gpu0.length).toBeLessThanOrEqual(122);
    expect(gpu0.every((r) => r.basis === 'counter')).toBe(true);
    expect(gpu0[0]!.startMs).toBe(T0 * 1000);
    expect(gpu0.at(-1)!.endMs).toBe((T0 + STEP_S * (SAMPLES - 1)) * 1000);
    for (let i = 1; i < gpu0.length; i++) expect(gpu0[i]!.startMs).toBe(gpu0[i - 1]!.endMs);
    expect(gpu0.reduce((sum, r) => sum + r.energyJ, 0)).toBeCloseTo(energyJ(power0, 0, SAMPLES - 1), 6);
    // Steps end on whole UTC minutes, so that hours are priced by their own energy.
    expect(gpu0.slice(0, -1).every((r) => r.endMs % 60_000 === 0)).toBe(true);
    const gpu2 = counted.filter((r) => r.device.id === UUID2);
    expect(gpu2.reduce((sum, r) => sum + r.energyJ, 0)).toBeCloseTo(energyJ(power2, 0, SAMPLES - 1), 6);
    expect(warnings.join('\n')).toMatch(/dropped 2 samples holding a DCGM blank/);
  });

  it('takes a job\'s GPU by its pod labels: the energy of exactly the samples that carry them', async () => {
    const { counted, power } = await read({ selector: 'namespace="ml",pod=~"bert-.*"' });
    expect(power).toEqual([]);
    expect(new Set(counted.map((r) => r.device.id))).toEqual(new Set([UUID0]));
    expect(counted[0]!.startMs).toBe((T0 + STEP_S * 120) * 1000);
    expect(counted.at(-1)!.endMs).toBe((T0 + STEP_S * 359) * 1000);
    expect(counted.reduce((sum, r) => sum + r.energyJ, 0)).toBeCloseTo(energyJ(power0, 120, 359), 6);
  });

  it('selects one node\'s GPUs exactly, and reads a window that starts and ends between steps', async () => {
    const start = T0 + 37;
    const end = T0 + 4000;
    const { counted, power } = await read({ selector: 'Hostname="node-7"', start: start * 1000, end: end * 1000 });
    expect(new Set(counted.map((r) => r.device.id))).toEqual(new Set([UUID0]));
    expect(new Set(power.map((r) => r.device.id))).toEqual(new Set([UUID1]));
    const first = Math.ceil(37 / STEP_S);
    const last = Math.floor(4000 / STEP_S);
    expect(counted[0]!.startMs).toBe((T0 + STEP_S * first) * 1000);
    expect(counted.at(-1)!.endMs).toBe((T0 + STEP_S * last) * 1000);
    expect(counted.reduce((sum, r) => sum + r.energyJ, 0)).toBeCloseTo(energyJ(power0, first, last), 6);
    expect(power.map((r) => r.timeMs)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => (T0 + STEP_S * (first + i)) * 1000).filter((t) => t !== (T0 + STEP_S * 10) * 1000));
  });
});

describe('carbon-ci report --prometheus-url (real server)', () => {
  it('reports, from the server\'s reduction, the energy of every raw sample, and counts what the counter saw through an outage', async () => {
    const { runCli } = await import('../../src/cli/run.js');
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: { write: (c: string) => out.push(c) }, stderr: { write: (c: string) => err.push(c) }, cwd: process.cwd(), env: {} };
    const argv = ['report', '--prometheus-url', url, '--start', String(T0), '--end', String(T0 + STEP_S * SAMPLES), '--location', 'FR', '--json', '-'];
    const code = await runCli(argv, io);
    expect(code, err.join('')).toBe(0);
    type Device = { id: string; method: string; energyJ: number; coverage: number; startMs?: number };
    const report = JSON.parse(out.join('')) as { devices: Device[]; inputs: { plugin: string }; warnings: { code: string; message: string }[] };
    expect(report.inputs.plugin).toBe('prometheus');
    expect(report.devices.map((d) => d.id).sort()).toEqual([UUID0, UUID1, UUID2].sort());
    const { records } = await read({ raw: true });
    const { integrateReference } = await import('../../src/energy/test/reference.js');
    const reference = integrateReference(records.map((r) => ({ ...r, origin: { file: url } })));
    const byId = (list: Device[], id: string) => list.find((d) => d.id === id)!;
    // node-7: the counter (GPU 0) and the power samples (GPU 1) give what every raw sample gives.
    for (const id of [UUID0, UUID1]) {
      const expected = reference.devices.find((d) => d.device.id === id)!;
      expect(byId(report.devices, id).method).toBe(expected.method);
      expect(byId(report.devices, id).energyJ).toBeCloseTo(expected.energyJ, 6);
      expect(byId(report.devices, id).coverage).toBeCloseTo(expected.coverage, 9);
    }
    expect(byId(report.devices, UUID0).energyJ).toBeCloseTo(energyJ(power0, 0, SAMPLES - 1), 6);
    expect(byId(report.devices, UUID1).method).toBe('power-integral');
    // GPU 2: its counter kept counting through the exporter's outage and counted from zero after the
    // reset, so all of its energy is there; the raw samples leave the outage out as a gap.
    const gpu2 = byId(report.devices, UUID2);
    expect(gpu2.method).toBe('counter');
    expect(gpu2.energyJ).toBeCloseTo(energyJ(power2, 0, SAMPLES - 1), 6);
    expect(gpu2.coverage).toBe(1);
    expect(reference.devices.find((d) => d.device.id === UUID2)!.energyJ).toBeLessThan(gpu2.energyJ - energyJ(power2, 299, 340) + 1);
    const messages = report.warnings.map((w) => w.message).join('\n');
    expect(messages).not.toMatch(/No time zone given/);
    expect(messages).toMatch(/energy counters went down 1 time \(a reset/);
    expect(messages).toMatch(/exporter of 1 GPU was silent for 9 min in all \(whole 1 min steps without a sample\)/);
  });

  it('keeps the report of the files when the Prometheus server fails, and says what is missing', async () => {
    const { runCli } = await import('../../src/cli/run.js');
    const closed = `http://127.0.0.1:${await freePort()}`;
    const run = async (files: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const io = { stdout: { write: (c: string) => out.push(c) }, stderr: { write: (c: string) => err.push(c) }, cwd: process.cwd(), env: {} };
      const argv = ['report', ...files, '--prometheus-url', closed, '--start', String(T0), '--end', String(T0 + 600), '--location', 'FR', '--timezone', 'UTC', '--json', '-'];
      return { code: await runCli(argv, io), out: out.join(''), err: err.join('') };
    };
    const withFile = await run(['examples/nvidia-smi-8xA100.csv']);
    expect(withFile.code, withFile.err).toBe(0);
    const report = JSON.parse(withFile.out) as { devices: unknown[]; warnings: { code: string; message: string }[] };
    expect(report.devices).toHaveLength(8);
    const failed = report.warnings.find((w) => w.code === 'source-failed')!;
    expect(failed.message).toMatch(/^prometheus \(http:\/\/127\.0\.0\.1:\d+\/?\) failed: cannot query Prometheus .* \(fix: check the URL.*\)\. The report covers the other telemetry/);
    const alone = await run([]);
    expect(alone.code).toBe(2);
    expect(alone.err).toMatch(/cannot query Prometheus/);
  });

  it('refuses --prometheus-url without a window, saying what to add', async () => {
    const { runCli } = await import('../../src/cli/run.js');
    const err: string[] = [];
    const io = { stdout: { write: () => true }, stderr: { write: (c: string) => err.push(c) }, cwd: process.cwd(), env: {} };
    expect(await runCli(['report', '--prometheus-url', url], io)).toBe(2);
    expect(err.join('')).toContain('--prometheus-url needs the job window');
  });
});

describe('the Action with prometheus-url (real server)', () => {
  it("reports the selected node's GPUs from the server alone, and refuses a window without a start", async () => {
    const { runBundledAction, RUN_ID, RUNNER_NAME } = await import('../../test/github/action-harness.js');
    const { FakeGitHub } = await import('../../test/github/fake-github.js');
    const server = new FakeGitHub();
    await server.start();
    try {
      const inputs = {
        'prometheus-url': url,
        'prometheus-selector': 'gpu="1"',
        'prometheus-start': String(T0),
        'prometheus-end': String(T0 + STEP_S * SAMPLES),
        location: 'FR',
      };
      const run = await runBundledAction({ server, inputs });
      expect(run.code, run.stdout).toBe(0);
      const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as { devices: { id: string }[]; inputs: { plugin: string } };
      expect(report.inputs.plugin).toBe('prometheus');
      expect(report.devices.map((d) => d.id)).toEqual([UUID1]);
      // Without prometheus-start or measure, the window starts when the job did, as the API says.
      const noStart = await runBundledAction({ server, inputs: { 'prometheus-url': url, location: 'FR' } });
      expect(noStart.code).toBe(1);
      expect(noStart.commands.find((c) => c.kind === 'error')!.message).toContain('input "prometheus-url" needs the job\'s start, and the API did not give it');
      server.jobs.set(`${RUN_ID}/1`, [
        { name: 'lint', status: 'completed', startedAt: new Date((T0 - 3600) * 1000).toISOString(), runnerName: 'cpu-runner-1' },
        { name: 'train', status: 'in_progress', startedAt: new Date((T0 + 3600) * 1000).toISOString(), runnerName: RUNNER_NAME },
        { name: 'eval', status: 'in_progress', startedAt: new Date(T0 * 1000).toISOString(), runnerName: 'gpu-runner-8' },
      ]);
      const fromJob = await runBundledAction({ server, inputs: { 'prometheus-url': url, 'prometheus-selector': 'gpu="1"', 'prometheus-end': String(T0 + STEP_S * SAMPLES), location: 'FR' } });
      expect(fromJob.code, fromJob.stdout).toBe(0);
      const fromJobReport = JSON.parse(readFileSync(fromJob.outputs['report-path']!, 'utf8')) as { devices: { id: string; start: string }[] };
      expect(fromJobReport.devices).toHaveLength(1);
      expect(Date.parse(fromJobReport.devices[0]!.start)).toBe((T0 + 3600) * 1000);
      const stray = await runBundledAction({ server, inputs: { telemetry: 'x.csv', 'prometheus-selector': 'gpu="1"' } });
      expect(stray.commands.find((c) => c.kind === 'error')!.message).toContain('input "prometheus-selector" only applies with `prometheus-url`');
      // measure: true where nothing can be sampled: the post step still reports the server's GPUs.
      const empty = mkdtempSync(join(tmpdir(), 'carbon-ci-nothing-'));
      const env = { PATH: empty, CARBON_CI_POWERCAP_ROOT: empty, CARBON_CI_HWMON_ROOT: empty, CARBON_CI_PROC_ROOT: empty };
      const measuring = { ...inputs, measure: 'true' };
      const main = await runBundledAction({ server, inputs: measuring, env });
      expect(main.code, main.stdout).toBe(0);
      const post = await runBundledAction({ server, inputs: measuring, env, tempDir: main.tempDir, state: main.state });
      expect(post.code, post.stdout).toBe(0);
      const measured = JSON.parse(readFileSync(post.outputs['report-path']!, 'utf8')) as { devices: { id: string }[] };
      expect(measured.devices.map((d) => d.id)).toEqual([UUID1]);
      rmSync(empty, { recursive: true, force: true });
      expect(server.violations).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 120_000);
});

describe('a server that refuses large queries (real server, query.max-samples)', () => {
  let small: PrometheusServer | undefined;
  afterAll(async () => {
    await small?.stop();
  });

  it('splits raw slices it finds too large, reduces within the limit, and names the limit when nothing fits', async () => {
    // An hour of node-7's power is 480 samples; 118 one-minute steps of four counter series are 472 points.
    small = await startPrometheus({ copyFrom: server.dataDir }, ['--query.max-samples=300']);
    const limited = (options: Partial<PrometheusSourceOptions>) => read({ url: small!.url, ...options });
    const refusals = vi.spyOn(globalThis, 'fetch');
    const counted = async (request: Promise<unknown>) => {
      refusals.mockClear();
      await request;
      const answers = await Promise.all(refusals.mock.results.map((r) => r.value as Promise<Response>));
      return answers.filter((a) => a.status === 422).length;
    };
    const whole = await read({ raw: true, selector: 'Hostname="node-7"' });
    let split: Awaited<ReturnType<typeof read>> | undefined;
    expect(await counted((async () => (split = await limited({ raw: true, selector: 'Hostname="node-7"' })))())).toBeGreaterThan(0);
    const key = (r: TelemetryRecord) => JSON.stringify(r);
    expect(split!.records.map(key).sort()).toEqual(whole.records.map(key).sort());
    let reduced: Awaited<ReturnType<typeof read>> | undefined;
    const exact = () => {
      for (const [uuid, power] of [[UUID0, power0], [UUID2, power2]] as const) {
        expect(reduced!.counted.filter((r) => r.device.id === uuid).reduce((sum, r) => sum + r.energyJ, 0)).toBeCloseTo(energyJ(power, 0, SAMPLES - 1), 6);
      }
      expect(reduced!.power.filter((r) => r.device.id === UUID1)).toHaveLength(SAMPLES - 1);
    };
    // The reduction fits where the raw samples did not …
    expect(await counted((async () => (reduced = await limited({})))())).toBe(0);
    exact();
    // … and below that, its range queries are split too.
    await small.stop();
    small = await startPrometheus({ copyFrom: server.dataDir }, ['--query.max-samples=150']);
    expect(await counted((async () => (reduced = await limited({})))())).toBeGreaterThan(0);
    exact();
    refusals.mockRestore();
    await small.stop();
    small = await startPrometheus({ copyFrom: server.dataDir }, ['--query.max-samples=1']);
    const error = await refusal({ url: small.url });
    expect(error.message).toMatch(/refused the query .* as too large: .*too many samples/);
    expect(error.hint).toMatch(/narrow the window or the selector/);
  }, 120_000);
});
