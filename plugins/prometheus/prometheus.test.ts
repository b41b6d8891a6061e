import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInputError } from 'carbon-ci';
import type { EnergyCounterRecord, PowerRecord, TelemetryRecord } from 'carbon-ci';
import { readPrometheusApi, type PrometheusSourceOptions } from './index.js';

/**
 * These tests run a real Prometheus server (the Debian package `prometheus`, which also ships
 * `promtool`) on a loopback port, with a TSDB backfilled from OpenMetrics by promtool.
 */
const validate = new Ajv({ strict: false }).compile(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../schemas/telemetry-record.schema.json', import.meta.url)), 'utf8')),
);

const T0 = 1747000000; // 2025-05-11T21:46:40Z
const STEP_S = 15;
const SAMPLES = 480; // two hours
const UUID0 = 'GPU-5f2d1a7e-0c1b-4b8e-9d3f-2a6c7e9b1d04';
const UUID1 = 'GPU-0a9c3e51-77d2-4f60-8b1e-c4d5f6a7b8c9';
const power0 = (i: number) => (i >= 120 && i < 360 ? 600 + (i % 7) : 70 + (i % 3));
const power1 = (i: number) => 300 + (i % 5);

/** Two H100s scraped every 15 s; GPU 0's series gains pod labels while a job runs; one blank on GPU 1. */
function openMetrics(): string {
  const base = (uuid: string, gpu: number) => `gpu="${gpu}",UUID="${uuid}",device="nvidia${gpu}",modelName="NVIDIA H100 80GB HBM3",Hostname="node-7"`;
  const labels0 = (i: number) => (i >= 120 && i < 360 ? `${base(UUID0, 0)},container="trainer",namespace="ml",pod="bert-0"` : base(UUID0, 0));
  const lines = ['# TYPE DCGM_FI_DEV_POWER_USAGE gauge'];
  for (let i = 0; i < SAMPLES; i++) lines.push(`DCGM_FI_DEV_POWER_USAGE{${labels0(i)}} ${power0(i)} ${T0 + STEP_S * i}`);
  for (let i = 0; i < SAMPLES; i++) {
    lines.push(`DCGM_FI_DEV_POWER_USAGE{${base(UUID1, 1)}} ${i === 10 ? '140737488355328' : power1(i)} ${T0 + STEP_S * i}`);
  }
  lines.push('# TYPE DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION counter');
  let mJ = 5_000_000_000;
  for (let i = 0; i < SAMPLES; i++) {
    if (i > 0) mJ += ((power0(i - 1) + power0(i)) / 2) * STEP_S * 1000;
    lines.push(`DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{${labels0(i)}} ${mJ} ${T0 + STEP_S * i}`);
  }
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function requireBinary(name: string): void {
  const found = spawnSync(name, ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    throw new Error(`${name} is not installed; these tests need a real Prometheus server: apt-get install -y prometheus`);
  }
}

let dir: string;
let server: ChildProcess | undefined;
let url: string;
let serverLog = '';

beforeAll(async () => {
  requireBinary('prometheus');
  requireBinary('promtool');
  dir = mkdtempSync(join(tmpdir(), 'carbon-ci-prometheus-'));
  writeFileSync(join(dir, 'dcgm.om'), openMetrics());
  const backfill = spawnSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', join(dir, 'dcgm.om'), join(dir, 'data')], { encoding: 'utf8' });
  if (backfill.status !== 0) throw new Error(`promtool backfill failed: ${backfill.stderr}${backfill.stdout}`);
  writeFileSync(join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 15s\nscrape_configs: []\n');
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(
    'prometheus',
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      '--storage.tsdb.retention.time=100y',
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout!.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`prometheus exited with ${server.exitCode}:\n${serverLog.slice(-2000)}`);
    try {
      if ((await fetch(`${url}/-/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`prometheus did not become ready:\n${serverLog.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}, 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function read(options: Partial<PrometheusSourceOptions> = {}) {
  const warnings: string[] = [];
  const context = { log: { debug() {}, info() {}, warn: (m: string) => warnings.push(m) }, signal: new AbortController().signal };
  const records: TelemetryRecord[] = [];
  for await (const batch of readPrometheusApi({ url, start: T0 * 1000, end: (T0 + STEP_S * SAMPLES) * 1000, ...options }, context)) {
    records.push(...batch);
  }
  for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  const power = records.filter((r): r is PowerRecord => r.type === 'power');
  const counters = records.filter((r): r is EnergyCounterRecord => r.type === 'energy-counter');
  return { records, power, counters, warnings };
}

async function refusal(options: Partial<PrometheusSourceOptions>) {
  try {
    await read(options);
  } catch (error) {
    expect(isInputError(error), String(error)).toBe(true);
    return error as Error & { hint?: string };
  }
  throw new Error('read without an error');
}

describe('prometheus source (real server)', () => {
  it('fetches every raw sample of the window in slices, per GPU in time order, once each', async () => {
    const { power, counters, warnings } = await read({ chunkS: 1800 });
    const gpu0 = power.filter((r) => r.device.id === UUID0);
    const gpu1 = power.filter((r) => r.device.id === UUID1);
    expect(gpu0.map((r) => r.timeMs)).toEqual(Array.from({ length: SAMPLES }, (_, i) => (T0 + STEP_S * i) * 1000));
    expect(gpu0.map((r) => r.powerW)).toEqual(Array.from({ length: SAMPLES }, (_, i) => power0(i)));
    expect(gpu1).toHaveLength(SAMPLES - 1);
    expect(gpu1.some((r) => r.timeMs === (T0 + STEP_S * 10) * 1000)).toBe(false);
    expect(warnings.join('\n')).toMatch(/dropped 1 samples holding a DCGM blank/);
    expect(new Set(gpu0.map((r) => r.device)).size).toBe(1);
    expect(gpu0[0]!.device).toMatchObject({ uuid: UUID0, host: 'node-7', index: 0, model: 'NVIDIA H100 80GB HBM3', vendor: 'nvidia' });
    expect(counters).toHaveLength(SAMPLES);
    const deltaJ = counters.at(-1)!.counterJ - counters[0]!.counterJ;
    let expectedJ = 0;
    for (let i = 1; i < SAMPLES; i++) expectedJ += ((power0(i - 1) + power0(i)) / 2) * STEP_S;
    expect(deltaJ).toBeCloseTo(expectedJ, 3);
  });

  it('gives the same samples whatever the slice length', async () => {
    const small = await read({ chunkS: 700, metrics: ['power'] });
    const large = await read({ chunkS: 86_400, metrics: ['power'] });
    const samples = (records: TelemetryRecord[]) =>
      records.map((r) => `${r.device.id} ${(r as PowerRecord).timeMs} ${(r as PowerRecord).powerW}`).sort();
    expect(samples(small.records)).toEqual(samples(large.records));
    expect(small.records.length).toBe(2 * SAMPLES - 1);
  });

  it('reads a window given as ISO times in a zone, and only that window', async () => {
    const { power } = await read({ start: '2025-05-11T23:46:40', end: '2025-05-11T23:56:40', timeZone: 'Europe/Berlin', metrics: ['power'] });
    expect(power.filter((r) => r.device.id === UUID0)).toHaveLength(41);
    expect(Math.min(...power.map((r) => r.timeMs))).toBe(T0 * 1000);
  });

  it('picks the series of a selector only: one GPU by its label, the job by its pod, and says when nothing matches', async () => {
    const gpu1 = await read({ selector: 'gpu="1"' });
    expect(new Set(gpu1.records.map((r) => (r.type === 'power' || r.type === 'energy-counter' ? r.device.id : '')))).toEqual(new Set([UUID1]));
    const job = await read({ selector: 'namespace="ml",pod=~"bert-.*"' });
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

describe('carbon-ci report --prometheus-url (real server)', () => {
  it('reports the same energy as reading the series directly, through the CLI', async () => {
    const { runCli } = await import('../../src/cli/run.js');
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: { write: (c: string) => out.push(c) }, stderr: { write: (c: string) => err.push(c) }, cwd: process.cwd(), env: {} };
    const argv = ['report', '--prometheus-url', url, '--start', String(T0), '--end', String(T0 + STEP_S * SAMPLES), '--location', 'FR', '--json', '-'];
    const code = await runCli(argv, io);
    expect(code, err.join('')).toBe(0);
    const report = JSON.parse(out.join('')) as { devices: { id: string; method: string; energyJ: number }[]; inputs: { plugin: string } };
    expect(report.inputs.plugin).toBe('prometheus');
    expect(report.devices.map((d) => d.id).sort()).toEqual([UUID0, UUID1].sort());
    const { records } = await read();
    const { integrateReference } = await import('../../src/energy/test/reference.js');
    const reference = integrateReference(records.map((r) => ({ ...r, origin: { file: url } })));
    for (const device of report.devices) {
      const expected = reference.devices.find((d) => d.device.id === device.id)!;
      expect(device.method).toBe(expected.method);
      expect(device.energyJ).toBeCloseTo(expected.energyJ, 6);
    }
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
    const { runBundledAction } = await import('../../test/github/action-harness.js');
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
      const noStart = await runBundledAction({ server, inputs: { 'prometheus-url': url, location: 'FR' } });
      expect(noStart.code).toBe(1);
      expect(noStart.commands.find((c) => c.kind === 'error')!.message).toContain('input "prometheus-url" needs the job\'s start');
      const stray = await runBundledAction({ server, inputs: { telemetry: 'x.csv', 'prometheus-selector': 'gpu="1"' } });
      expect(stray.commands.find((c) => c.kind === 'error')!.message).toContain('input "prometheus-selector" only applies with `prometheus-url`');
      expect(server.violations).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
