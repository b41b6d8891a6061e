import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEPLER_WINDOW, keplerOpenMetrics, type KeplerFixture } from '../../test/fixtures/kepler-openmetrics.js';
import { startPrometheus, type PrometheusServer } from '../../test/prometheus/server.js';

/**
 * `--prometheus-metrics kepler` end to end: the CLI and the bundled Action report Kepler's per-pod energy
 * from a real Prometheus backfilled with the Kepler fixture, and a pod whose GPU share spreads over a
 * node's 8 GPUs keeps its energy although it is above one GPU's power ceiling.
 */
let fixture: KeplerFixture;
let server: PrometheusServer;
let wide: PrometheusServer;

/** node-9: 8 GPUs; pod ml/llm-0 (running before the window) draws 4000 W of GPU share and 200 W of CPU package. */
const WIDE = { t0S: 1747000000, stepS: 15, samples: 120, gpuW: 4000, cpuW: 200 };
const UID = '9d8c7b6a-5f4e-4d3c-8b2a-190817263544';
const OLD_UID = '0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3';
function wideOpenMetrics(): string {
  const at = (i: number) => WIDE.t0S + WIDE.stepS * i;
  const lines = ['# TYPE kepler_node_gpu_watts gauge'];
  for (let g = 0; g < 8; g++) {
    for (let i = 0; i < WIDE.samples; i++) lines.push(`kepler_node_gpu_watts{gpu="${g}",gpu_uuid="GPU-0000000${g}",node_name="node-9"} 520 ${at(i)}`);
  }
  lines.push('# TYPE kepler_pod_cpu_joules counter');
  const pod = `pod_id="${UID}",pod_name="llm-0",pod_namespace="ml",state="running",node_name="node-9"`;
  for (let i = 0; i < WIDE.samples; i++) lines.push(`kepler_pod_cpu_joules_total{${pod},zone="package"} ${1000 + WIDE.cpuW * WIDE.stepS * i} ${at(i)}`);
  const oldPod = `pod_id="${OLD_UID}",pod_name="old-0",pod_namespace="ml",state="running",node_name="node-9"`;
  for (let i = 0; i < WIDE.samples; i++) lines.push(`kepler_pod_cpu_joules_total{${oldPod},zone="package"} ${10 * WIDE.stepS * i} ${at(i)}`);
  lines.push('# TYPE kepler_container_gpu_joules counter');
  const ctr = `container_id="${'ab'.repeat(32)}",container_name="trainer",pod_id="${UID}",state="running",node_name="node-9"`;
  for (let i = 0; i < WIDE.samples; i++) lines.push(`kepler_container_gpu_joules_total{${ctr}} ${5000 + WIDE.gpuW * WIDE.stepS * i} ${at(i)}`);
  // ml/old-0: an older Kepler that exports the pod's GPU power but no GPU energy counter.
  lines.push('# TYPE kepler_pod_gpu_watts gauge');
  const old = `pod_id="${OLD_UID}",pod_name="old-0",pod_namespace="ml",state="running",node_name="node-9"`;
  for (let i = 0; i < WIDE.samples; i++) lines.push(`kepler_pod_gpu_watts{${old}} 300 ${at(i)}`);
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

beforeAll(async () => {
  fixture = keplerOpenMetrics('current');
  [server, wide] = await Promise.all([startPrometheus({ openMetrics: fixture.openMetrics }), startPrometheus({ openMetrics: wideOpenMetrics() })]);
}, 60_000);

afterAll(async () => {
  await Promise.all([server?.stop(), wide?.stop()]);
});

type Device = { id: string; method: string; energyJ: number; count?: number; embodiedCo2eG: number };
type Report = { devices: Device[]; inputs: { plugin: string }; warnings: { code: string; message: string }[] };

async function cli(args: string[]) {
  const { runCli } = await import('../../src/cli/run.js');
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: { write: (c: string) => out.push(c) }, stderr: { write: (c: string) => err.push(c) }, cwd: process.cwd(), env: {} };
  const code = await runCli(['report', ...args, '--location', 'FR', '--json', '-'], io);
  return { code, err: err.join(''), report: code === 0 ? (JSON.parse(out.join('')) as Report) : undefined };
}

const close = (actual: number | undefined, expected: number) => {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
};

describe('carbon-ci report --prometheus-metrics kepler (real server)', () => {
  it("reports the selected pod's CPU, memory and GPU energy as Kepler counted it, and says idle energy is not in it", async () => {
    const window = ['--start', String(KEPLER_WINDOW.startS), '--end', String(KEPLER_WINDOW.endS)];
    const run = await cli(['--prometheus-url', server.url, '--prometheus-metrics', 'kepler', '--prometheus-selector', 'pod_namespace="ml",pod_name=~"bert-.*"', ...window]);
    expect(run.code, run.err).toBe(0);
    const report = run.report!;
    expect(report.inputs.plugin).toBe('prometheus');
    expect(report.devices.map((d) => d.id).sort()).toEqual(['ml/bert-0 cpu', 'ml/bert-0 gpu', 'ml/bert-0 ram']);
    const bert = fixture.pods['ml/bert-0']!;
    const byId = (id: string) => report.devices.find((d) => d.id === id)!;
    close(byId('ml/bert-0 cpu').energyJ, bert.packageJ);
    close(byId('ml/bert-0 ram').energyJ, bert.dramJ);
    close(byId('ml/bert-0 gpu').energyJ, bert.gpuJ);
    for (const d of report.devices) expect(d.method).toBe('counter');
    expect(report.warnings.map((w) => w.message).join('\n')).toMatch(/active share of CPU, memory and GPU energy only; idle energy stays at node level/);
    // The other node's pods, through a Kepler restart: what its counters say, the restart's interval lost.
    const shop = await cli(['--prometheus-url', server.url, '--prometheus-metrics', 'kepler', '--prometheus-selector', 'node_name="node-3"', ...window]);
    expect(shop.code, shop.err).toBe(0);
    close(shop.report!.devices.find((d) => d.id === 'shop/web-5f7 cpu')?.energyJ, fixture.pods['shop/web-5f7']!.packageJ);
    expect(shop.report!.warnings.map((w) => w.message).join('\n')).toMatch(/Kepler's energy counters went down 4 times/);
  });

  it("keeps a pod's GPU share above one GPU's ceiling when its node has 8 GPUs, without charging their embodied emissions", async () => {
    const run = await cli(['--prometheus-url', wide.url, '--prometheus-metrics', 'kepler', '--start', String(WIDE.t0S), '--end', String(WIDE.t0S + WIDE.stepS * (WIDE.samples - 1))]);
    expect(run.code, run.err).toBe(0);
    const gpu = run.report!.devices.find((d) => d.id === 'ml/llm-0 gpu')!;
    expect(gpu.count).toBe(8);
    close(gpu.energyJ, WIDE.gpuW * WIDE.stepS * (WIDE.samples - 1));
    // Kepler does not say which of the node's GPUs the pod used: no model, so no embodied share is made up.
    expect(gpu.embodiedCo2eG).toBe(0);
    close(run.report!.devices.find((d) => d.id === 'ml/llm-0 cpu')?.energyJ, WIDE.cpuW * WIDE.stepS * (WIDE.samples - 1));
    const messages = run.report!.warnings.map((w) => w.message).join('\n');
    expect(messages).not.toMatch(/implausible|ceiling/i);
    // The pod of a Kepler with GPU watts only (before GPU joules): its GPU power integrated over the samples, as a power log is.
    expect(run.report!.devices.map((d) => d.id).sort()).toEqual(['ml/llm-0 cpu', 'ml/llm-0 gpu', 'ml/old-0 cpu', 'ml/old-0 gpu']);
    const old = run.report!.devices.find((d) => d.id === 'ml/old-0 gpu')!;
    expect(old.method).toBe('power-integral');
    close(old.energyJ, 300 * WIDE.stepS * (WIDE.samples - 1));
    expect(old.count).toBe(8);
  });

  it('refuses an unknown family and --prometheus-metrics without --prometheus-url', async () => {
    const bad = await cli(['--prometheus-url', server.url, '--prometheus-metrics', 'nvml', '--start', '1', '--end', '2']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/dcgm, kepler/);
    const stray = await cli(['examples/nvidia-smi-8xA100.csv', '--prometheus-metrics', 'kepler']);
    expect(stray.code).toBe(2);
    expect(stray.err).toMatch(/--prometheus-metrics and --prometheus-raw only apply with --prometheus-url/);
  });
});

describe('the Action with prometheus-metrics: kepler (real server)', () => {
  it("reports the selected pod from Kepler's series, and refuses a family it does not know", async () => {
    const { runBundledAction } = await import('../../test/github/action-harness.js');
    const { FakeGitHub } = await import('../../test/github/fake-github.js');
    const github = new FakeGitHub();
    await github.start();
    try {
      const inputs = {
        'prometheus-url': server.url,
        'prometheus-metrics': 'kepler',
        'prometheus-selector': 'pod_namespace="shop",pod_name="web-5f7"',
        'prometheus-start': String(KEPLER_WINDOW.startS),
        'prometheus-end': String(KEPLER_WINDOW.endS),
        location: 'FR',
      };
      const run = await runBundledAction({ server: github, inputs });
      expect(run.code, run.stdout).toBe(0);
      const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Report;
      expect(report.devices.map((d) => d.id).sort()).toEqual(['shop/web-5f7 cpu', 'shop/web-5f7 ram']);
      close(report.devices.find((d) => d.id === 'shop/web-5f7 ram')!.energyJ, fixture.pods['shop/web-5f7']!.dramJ);
      const bad = await runBundledAction({ server: github, inputs: { ...inputs, 'prometheus-metrics': 'nvml' } });
      expect(bad.code).toBe(1);
      expect(bad.commands.find((c) => c.kind === 'error')!.message).toContain('input "prometheus-metrics" is not dcgm or kepler, got "nvml"');
      expect(github.violations).toEqual([]);
    } finally {
      await github.stop();
    }
  }, 120_000);
});
