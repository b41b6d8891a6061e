import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import schema from '../../../schemas/report.schema.json' with { type: 'json' };
import type { SmokeResult } from '../../report/types.js';
import { nvidiaSmiSampler, type PowerSamplerFactory } from '../power-sampler.js';
import { readDeclaredIo } from '../onnx-model-file.js';
import { runSmokeTest } from '../run-smoke-test.js';
import { synthesizeInputs } from '../synthesize.js';
import { elementValues, toOrtTensor } from '../tensor-convert.js';
import type { SmokeOptions } from '../types.js';
import { isInputError } from '../../shared/errors.js';
import { fixture, TEST_FACTORS, testRuntime, writeFakeNvidiaSmi } from './helpers.js';

const runtime = testRuntime();
const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-smoke-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema(schema);
const validateSmoke = ajv.compile({ $ref: `${schema.$id}#/definitions/smoke` });

function smoke(model: string, options: Partial<SmokeOptions> = {}): Promise<SmokeResult> {
  return runSmokeTest({ modelPath: fixture(model), factors: TEST_FACTORS, runtime, iterations: 5, warmup: 1, powerSampler: null, ...options });
}

function check(result: SmokeResult, name: string) {
  const found = result.checks.find((c) => c.name === name);
  if (!found) throw new Error(`no check ${name} in ${JSON.stringify(result.checks)}`);
  return found;
}

function expectSchemaValid(result: SmokeResult) {
  expect(validateSmoke(JSON.parse(JSON.stringify(result))), JSON.stringify(validateSmoke.errors)).toBe(true);
}

describe('runSmokeTest on the MLP classifier', () => {
  it('passes every check on synthesised inputs and reports what ran on CPU from the profile', async () => {
    const result = await smoke('mlp-classifier.onnx', { device: 'cpu', batchSize: 3 });
    expect(result.passed).toBe(true);
    expect(result.checks.map((c) => c.name)).toEqual(['loads', 'runs', 'outputs-finite', 'output-shapes', 'output-dtypes']);
    expect(result.checks.every((c) => c.passed)).toBe(true);
    expect(result.executionProvider).toBe('cpu');
    expect(result.nodesByProvider).toHaveProperty('CPUExecutionProvider');
    expect(result.nodesByProvider!.CPUExecutionProvider).toBeGreaterThan(0);
    expect(result.inputs).toEqual([{ name: 'features', dtype: 'float32', shape: [3, 4], source: 'synthesised' }]);
    expect(result.iterations).toBe(5);
    expect(result.latencyMs.p50).toBeGreaterThan(0);
    expect(result.latencyMs.p95).toBeGreaterThanOrEqual(result.latencyMs.p50);
    expect(result.throughputPerS).toBeGreaterThan(0);
    expect(result.fallbackReason).toBeUndefined();
    expectSchemaValid(result);
  });

  it('prices an inference as an estimate and CO2e through the factors', async () => {
    const result = await smoke('mlp-classifier.onnx', { device: 'cpu', boardPowerW: 100 });
    expect(result.energyMethod).toBe('estimate');
    expect(result.energyPerInferenceJ).toBeCloseTo(100 * (result.latencyMs.mean / 1000), 12);
    expect(result.co2ePer1kInferencesG).toBeCloseTo(((result.energyPerInferenceJ * 1000) / 3.6e6) * 1.5 * 400, 12);
    expect(result.factors).toEqual(TEST_FACTORS);
  });

  it('with device auto on a machine without CUDA, falls back to CPU and says why', async () => {
    const result = await smoke('mlp-classifier.onnx', { device: 'auto' });
    expect(result.passed).toBe(true);
    expect(result.requestedDevice).toBe('auto');
    expect(result.executionProvider).toBe('cpu');
    expect(result.fallbackReason).toMatch(/CUDA execution provider unavailable/);
    expect(check(result, 'loads').message).toMatch(/ran on CPU/);
  });

  it('with device cuda on a machine without CUDA, fails the loads check with the reason', async () => {
    const result = await smoke('mlp-classifier.onnx', { device: 'cuda' });
    expect(result.passed).toBe(false);
    expect(result.executionProvider).toBe('none');
    expect(result.checks).toHaveLength(1);
    expect(check(result, 'loads').passed).toBe(false);
    expect(check(result, 'loads').message).toMatch(/device "cuda" was requested but the CUDA execution provider is unavailable/);
    expect(result.iterations).toBe(0);
    expectSchemaValid(result);
  });

  it('passes the expected-outputs check against the hand-computed reference and fails a wrong one', async () => {
    const good = await smoke('mlp-classifier.onnx', {
      device: 'cpu',
      inputsPath: fixture('mlp-classifier.inputs.json'),
      expectedPath: fixture('mlp-classifier.expected.json'),
    });
    expect(check(good, 'expected-outputs')).toMatchObject({ passed: true });
    expect(good.inputs![0]).toMatchObject({ shape: [2, 4], source: 'file' });
    expect(good.passed).toBe(true);

    const bad = await smoke('mlp-classifier.onnx', {
      device: 'cpu',
      inputsPath: fixture('mlp-classifier.inputs.json'),
      expectedPath: fixture('mlp-classifier.expected-wrong.json'),
    });
    expect(bad.passed).toBe(false);
    expect(check(bad, 'expected-outputs').passed).toBe(false);
    expect(check(bad, 'expected-outputs').message).toMatch(/"probabilities": \d of 6 values differ/);
  });

  it('gives the same outputs for the same seed (synthesised inputs are deterministic)', async () => {
    // Compute seed 9's outputs directly, then require them, exactly, from smoke runs with seed 9 and not seed 10.
    const declared = await readDeclaredIo(fixture('mlp-classifier.onnx'));
    const host = synthesizeInputs(declared.inputs, { batchSize: 2, dims: {}, seed: 9, modelPath: 'm' });
    const session = await runtime.InferenceSession.create(fixture('mlp-classifier.onnx'));
    const out = await session.run({ features: toOrtTensor(runtime, host.features!) });
    await session.release();
    const reference = join(dir, 'seed-expected.json');
    writeFileSync(reference, JSON.stringify({ atol: 0, rtol: 0, outputs: { probabilities: { shape: [2, 3], data: elementValues(out.probabilities!) } } }));
    const same = await smoke('mlp-classifier.onnx', { device: 'cpu', seed: 9, batchSize: 2, expectedPath: reference });
    expect(check(same, 'expected-outputs').passed).toBe(true);
    const other = await smoke('mlp-classifier.onnx', { device: 'cpu', seed: 10, batchSize: 2, expectedPath: reference });
    expect(check(other, 'expected-outputs').passed).toBe(false);
  });

  it('uses an injected power sampler and labels the energy as measured', async () => {
    let stopped = false;
    const sampler: PowerSamplerFactory = async () => {
      const start = Date.now();
      return {
        description: 'constant 50 W',
        stop: async () => {
          stopped = true;
          return [
            { timeMs: start - 100, powerW: 50 },
            { timeMs: Date.now() + 100, powerW: 50 },
          ];
        },
      };
    };
    const result = await smoke('mlp-classifier.onnx', { device: 'cpu', powerSampler: sampler, minSampledWindowMs: 200 });
    expect(stopped).toBe(true);
    expect(result.energyMethod).toBe('measured');
    expect(result.meanPowerW).toBeCloseTo(50, 6);
    expect(result.iterations).toBeGreaterThanOrEqual(5);
    // 50 W over the window, shared by the runs in it; the window is at least the sum of the latencies.
    expect(result.energyPerInferenceJ).toBeGreaterThanOrEqual(50 * (result.latencyMs.mean / 1000) * 0.99);
    expect(result.energyNote).toMatch(/^constant 50 W: /);
  });
});

describe('runSmokeTest with nvidia-smi sampling', () => {
  it('integrates the power nvidia-smi reports during the measured runs (a stand-in nvidia-smi at 150 W)', async () => {
    const command = writeFakeNvidiaSmi(dir);
    const result = await smoke('mlp-classifier.onnx', {
      device: 'cpu',
      powerSampler: nvidiaSmiSampler({ command, intervalMs: 50, gpu: '0' }),
      minSampledWindowMs: 500,
    });
    expect(result.energyMethod).toBe('measured');
    expect(result.meanPowerW).toBeCloseTo(150, 6);
    expect(result.energyNote).toMatch(/^nvidia-smi power\.draw of GPU 0 \(Fake GPU 16GB\), every 50 ms: \d+ readings in the \d+ ms window/);
    // The window lasted at least 500 ms: 150 W × 0.5 s over the runs, at least.
    expect(result.energyPerInferenceJ * result.iterations).toBeGreaterThanOrEqual(150 * 0.5 * 0.99);
    expect(result.co2ePer1kInferencesG).toBeCloseTo(((result.energyPerInferenceJ * 1000) / 3.6e6) * 1.5 * 400, 12);
  });
});

describe('runSmokeTest on the other fixtures', () => {
  it('two inputs of different dtypes: synthesised float32 and int64, all checks pass', async () => {
    const result = await smoke('two-inputs.onnx', { device: 'cpu', batchSize: 2 });
    expect(result.passed).toBe(true);
    expect(result.inputs!.map((i) => `${i.name}:${i.dtype}[${i.shape.join(',')}]`)).toEqual(['x:float32[2,3]', 'offset:int64[2,3]']);
  });

  it('two inputs from a file: int64 given as strings too, and the sum is right', async () => {
    const expected = join(dir, 'two-inputs.expected.json');
    writeFileSync(expected, JSON.stringify({ atol: 0, rtol: 0, outputs: { y: { dtype: 'float32', shape: [1, 3], data: [[1.5, 3.5, -5]] } } }));
    const result = await smoke('two-inputs.onnx', { device: 'cpu', inputsPath: fixture('two-inputs.inputs.json'), expectedPath: expected });
    expect(check(result, 'expected-outputs').passed).toBe(true);
  });

  it('an output of NaN fails outputs-finite and only that', async () => {
    const result = await smoke('nan-output.onnx', { device: 'cpu' });
    expect(result.passed).toBe(false);
    expect(check(result, 'outputs-finite')).toMatchObject({ passed: false, message: '"y" has 4 NaN and 0 infinite of 4 values' });
    expect(result.checks.filter((c) => !c.passed).map((c) => c.name)).toEqual(['outputs-finite']);
    expectSchemaValid(result);
  });

  it('an output whose shape disagrees with its declaration fails output-shapes and only that', async () => {
    const result = await smoke('shape-mismatch.onnx', { device: 'cpu' });
    expect(result.passed).toBe(false);
    expect(check(result, 'output-shapes')).toMatchObject({ passed: false, message: '"y" is [3, 2] but the model declares [2, 3]' });
    expect(result.checks.filter((c) => !c.passed).map((c) => c.name)).toEqual(['output-shapes']);
  });

  it('float16, int32, uint8 and bool inputs are synthesised and a float16 output is checked', async () => {
    const result = await smoke('many-dtypes.onnx', { device: 'cpu', dims: { width: 5 } });
    expect(result.passed).toBe(true);
    expect(result.inputs!.map((i) => i.dtype)).toEqual(['float16', 'int32', 'uint8', 'bool']);
    expect(result.inputs!.every((i) => i.shape.join(',') === '2,5')).toBe(true);
    expect(check(result, 'outputs-finite').message).toMatch(/2 floating-point output/);
  });

  it('a model that runs but fails on the given inputs fails the runs check', async () => {
    const inputs = join(dir, 'wrong-shape.inputs.json');
    writeFileSync(inputs, JSON.stringify({ inputs: { features: { dtype: 'float32', shape: [1, 5], data: [1, 2, 3, 4, 5] } } }));
    const result = await smoke('mlp-classifier.onnx', { device: 'cpu', inputsPath: inputs });
    expect(result.passed).toBe(false);
    expect(check(result, 'runs').passed).toBe(false);
    expect(result.executionProvider).not.toBe('cuda');
    expectSchemaValid(result);
  });
});

describe('runSmokeTest refuses unusable input', () => {
  async function inputError(promise: Promise<unknown>) {
    try {
      await promise;
    } catch (error) {
      if (isInputError(error)) return error;
      throw error;
    }
    throw new Error('expected an InputError');
  }

  it('a truncated model and a text file named .onnx, naming the file and why', async () => {
    const truncated = await inputError(smoke('truncated.onnx'));
    expect(truncated.file).toBe(fixture('truncated.onnx'));
    expect(truncated.message).toMatch(/truncated/);
    const text = await inputError(smoke('not-a-model.onnx'));
    expect(text.file).toBe(fixture('not-a-model.onnx'));
    expect(text.message).toMatch(/not an ONNX model/);
    expect((await inputError(smoke('does-not-exist.onnx'))).message).toMatch(/model file not found/);
  });

  it('an inputs file that misses or invents an input, or has the wrong dtype', async () => {
    const missing = join(dir, 'missing.inputs.json');
    writeFileSync(missing, JSON.stringify({ inputs: { x: { dtype: 'float32', shape: [1, 3], data: [1, 2, 3] } } }));
    expect((await inputError(smoke('two-inputs.onnx', { inputsPath: missing }))).message).toMatch(/no tensor for the model's input "offset"/);
    const extra = join(dir, 'extra.inputs.json');
    writeFileSync(
      extra,
      JSON.stringify({ inputs: { features: { dtype: 'float32', shape: [1, 4], data: [1, 2, 3, 4] }, bogus: { dtype: 'float32', shape: [1], data: [1] } } }),
    );
    expect((await inputError(smoke('mlp-classifier.onnx', { inputsPath: extra }))).message).toMatch(/"bogus" is not an input of the model/);
    const dtype = join(dir, 'dtype.inputs.json');
    writeFileSync(dtype, JSON.stringify({ inputs: { features: { dtype: 'float64', shape: [1, 4], data: [1, 2, 3, 4] } } }));
    expect((await inputError(smoke('mlp-classifier.onnx', { inputsPath: dtype }))).message).toMatch(/is float64 but the model declares float32/);
  });

  it('nonsense iteration counts and devices', async () => {
    expect((await inputError(smoke('mlp-classifier.onnx', { iterations: 0 }))).message).toMatch(/iterations must be a whole number of at least 1/);
    expect((await inputError(smoke('mlp-classifier.onnx', { device: 'tpu' as never }))).message).toMatch(/unknown device/);
  });
});
