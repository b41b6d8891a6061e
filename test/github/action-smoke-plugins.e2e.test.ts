// The bundled Action's smoke step (the real onnxruntime-node, on CPU here) and user plugins named in
// the `plugins` input, end to end against the fake GitHub.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { fakeGitHubPerTest, ROOT, runBundledAction } from './action-harness.js';
import type { FakeGitHub } from './fake-github.js';

const ONNX = join(ROOT, 'test/fixtures/onnx');
const TELEMETRY = join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv');
const FACTORS = { location: 'FR', intensity: '400', pue: '1.0', timezone: 'UTC' };
// CPU keeps the verdicts the same on a machine with a GPU; the CUDA path is proved by `npm run smoke:gpu`.
const SMOKE = { device: 'cpu', 'smoke-iterations': '3' };

let server: FakeGitHub;
fakeGitHubPerTest((s) => (server = s));

/** A workspace holding the classifier model and its expected outputs, as a repository would. */
function workspaceWithModel(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'carbon-ci-smoke-ws-'));
  mkdirSync(join(workspace, 'models'));
  for (const file of ['mlp-classifier.onnx', 'mlp-classifier.inputs.json', 'mlp-classifier.expected.json', 'mlp-classifier.expected-wrong.json']) {
    copyFileSync(join(ONNX, file), join(workspace, 'models', file));
  }
  return workspace;
}

function comment(): string {
  const [only, ...others] = server.commentsOn(2);
  expect(others).toHaveLength(0);
  return only!.body;
}

function checkTitle(): string {
  expect(server.checkRuns).toHaveLength(1);
  return (server.checkRuns[0]!.output as { title: string }).title;
}

describe('the smoke test in mode report', () => {
  it('runs the model beside the telemetry and puts its verdict in the report, comment, check and outputs', { timeout: 120_000 }, async () => {
    const workspace = workspaceWithModel();
    const run = await runBundledAction({
      server,
      workspace,
      inputs: { ...FACTORS, ...SMOKE, telemetry: TELEMETRY, model: 'models/mlp-classifier.onnx', 'model-inputs': 'models/mlp-classifier.inputs.json', 'model-expected': 'models/mlp-classifier.expected.json' },
    });
    expect(run.code, run.stdout).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Report;
    expect(report.smoke).toMatchObject({ passed: true, model: 'models/mlp-classifier.onnx', executionProvider: 'cpu', requestedDevice: 'cpu', iterations: 3 });
    expect(report.smoke!.energyPerInferenceJ).toBeGreaterThan(0);
    // Priced with the report's own factors: 400 g/kWh and PUE 1.
    expect(report.smoke!.co2ePer1kInferencesG).toBeCloseTo((report.smoke!.energyPerInferenceJ * 1000 * 400) / 3.6e6, 9);
    expect(report.totals.energyJ).toBeCloseTo(357_000, 6);
    expect(run.outputs['smoke-passed']).toBe('true');
    expect(run.outputs['budget-status']).toBe('pass');
    expect(comment()).toContain('#### Smoke test: ✅ passed');
    expect(comment()).toContain('`models/mlp-classifier.onnx`');
    expect(checkTitle()).toContain('smoke test passed on cpu');
    expect(server.checkRuns[0]).toMatchObject({ conclusion: 'success' });
  });

  it('makes a report with no telemetry when only a model is named', { timeout: 120_000 }, async () => {
    const run = await runBundledAction({ server, workspace: workspaceWithModel(), inputs: { ...FACTORS, ...SMOKE, model: 'models/mlp-classifier.onnx' } });
    expect(run.code, run.stdout).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Report;
    expect(report.devices).toEqual([]);
    expect(report.totals.energyJ).toBe(0);
    expect(report.smoke?.passed).toBe(true);
    expect(comment()).toContain('no telemetry given');
    expect(checkTitle()).toMatch(/^no telemetry given · smoke test passed on cpu/);
  });

  it('fails the check and the job when the outputs do not match, after posting everything', { timeout: 120_000 }, async () => {
    const run = await runBundledAction({
      server,
      workspace: workspaceWithModel(),
      inputs: { ...FACTORS, ...SMOKE, telemetry: TELEMETRY, model: 'models/mlp-classifier.onnx', 'model-inputs': 'models/mlp-classifier.inputs.json', 'model-expected': 'models/mlp-classifier.expected-wrong.json' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs['smoke-passed']).toBe('false');
    expect(run.outputs['budget-status']).toBe('fail');
    expect(server.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expect(checkTitle()).toContain('smoke test failed');
    expect(comment()).toContain('#### Smoke test: ❌ failed');
    expect(run.commands.find((c) => c.kind === 'error')?.message).toMatch(/smoke/i);
  });

  it('only warns, with a neutral check, when fail-on-smoke is off', { timeout: 120_000 }, async () => {
    const run = await runBundledAction({
      server,
      workspace: workspaceWithModel(),
      inputs: { ...FACTORS, ...SMOKE, telemetry: TELEMETRY, model: 'models/mlp-classifier.onnx', 'model-inputs': 'models/mlp-classifier.inputs.json', 'model-expected': 'models/mlp-classifier.expected-wrong.json', 'fail-on-smoke': 'false' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['budget-status']).toBe('warn');
    expect(server.checkRuns[0]).toMatchObject({ conclusion: 'neutral' });
    expect(checkTitle()).toContain('smoke test failed (warning)');
    expect(run.commands.some((c) => c.kind === 'warning' && c.message.includes('fail-on-smoke is off'))).toBe(true);
  });

  it('publishes the report and then fails as a configuration error when the model is missing', { timeout: 120_000 }, async () => {
    const run = await runBundledAction({ server, workspace: workspaceWithModel(), inputs: { ...FACTORS, ...SMOKE, telemetry: TELEMETRY, model: 'models/missing.onnx' } });
    expect(run.code).toBe(1);
    const error = run.commands.find((c) => c.kind === 'error')!.message;
    expect(error).toContain('configuration error');
    expect(error).toContain('models/missing.onnx');
    expect(comment()).toContain('#### Smoke test: ❌ failed');
    expect(comment()).toContain('could not start');
    expect(server.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
  });
});

describe('user plugins in the plugins input', () => {
  it('loads a plugin module from the workspace, with its options, and reads its format', { timeout: 60_000 }, async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'carbon-ci-plugin-ws-'));
    cpSync(join(ROOT, 'examples/custom-plugin'), join(workspace, 'tools/power-plugin'), { recursive: true });
    const run = await runBundledAction({
      server,
      workspace,
      inputs: {
        ...FACTORS,
        telemetry: 'tools/power-plugin/power.jsonl',
        plugins: 'tools/power-plugin/index.mjs',
        'plugin-options': 'power-jsonl.host=rack7\nmodel=NVIDIA H100 80GB HBM3',
      },
    });
    expect(run.code, run.stdout).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Report;
    expect(report.devices.length).toBeGreaterThan(0);
    expect(report.devices.every((d) => d.id.startsWith('rack7:'))).toBe(true);
    expect(report.devices[0]!.model).toBe('NVIDIA H100 80GB HBM3');
    expect(report.totals.energyJ).toBeGreaterThan(0);
  });

  it('names the plugin module that cannot be loaded, as a configuration error', { timeout: 60_000 }, async () => {
    const run = await runBundledAction({ server, inputs: { ...FACTORS, telemetry: TELEMETRY, plugins: 'tools/nowhere.mjs' } });
    expect(run.code).toBe(1);
    const error = run.commands.find((c) => c.kind === 'error')!.message;
    expect(error).toContain('configuration error');
    expect(error).toContain('tools/nowhere.mjs');
  });
});
