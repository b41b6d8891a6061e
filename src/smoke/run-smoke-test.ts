import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { lookupGpu } from '../footprint/index.js';
import type { SmokeCheck, SmokeInput, SmokeResult } from '../report/types.js';
import { InputError } from '../shared/errors.js';
import { checkExpectedOutputs, checkOutputDtypes, checkOutputShapes, checkOutputsFinite } from './checks.js';
import { co2ePer1kInferencesG, estimatedEnergy, measuredEnergy, type InferenceEnergy } from './energy.js';
import { latencyStats } from './latency.js';
import { readDeclaredIo } from './onnx-model-file.js';
import { commandOnPath } from '../shared/path-lookup.js';
import { nvidiaSmiSampler, type PowerSampler } from './power-sampler.js';
import { providersFromProfile, readProfile } from './provider-profile.js';
import { loadOnnxRuntime, type OrtRuntime } from './runtime-loader.js';
import { openSession } from './session.js';
import { DEFAULT_SEED, synthesizeInputs } from './synthesize.js';
import { toOrtTensor } from './tensor-convert.js';
import { readExpectedFile, readInputsFile } from './tensor-json.js';
import type { DeclaredValue, ExpectedOutputs, HostTensor, SmokeDevice, SmokeOptions } from './types.js';

export const DEFAULT_ITERATIONS = 20;
export const DEFAULT_WARMUP = 3;
const DEFAULT_MIN_SAMPLED_WINDOW_MS = 2000;

interface Prepared {
  options: SmokeOptions;
  device: SmokeDevice;
  iterations: number;
  warmup: number;
  batchSize: number;
  declared: { inputs: DeclaredValue[]; outputs: DeclaredValue[] };
  givenInputs?: Record<string, HostTensor>;
  expected?: ExpectedOutputs;
}

/**
 * Loads the model with onnxruntime-node, runs it once with profiling to learn which execution
 * provider ran its nodes and to check its outputs, then times `iterations` runs after `warmup`,
 * and prices one inference (one `session.run`) in joules and grams of CO2e.
 * Throws InputError for unusable input (unreadable model, malformed JSON, wrong input names);
 * a model that does not load or run, or answers wrongly, is a result with failed checks.
 */
export async function runSmokeTest(options: SmokeOptions): Promise<SmokeResult> {
  const prepared = await prepare(options);
  const ort = options.runtime ?? (await loadRuntime(prepared)).runtime;
  quietNativeLog(ort);
  const profileDir = await mkdtemp(join(tmpdir(), 'carbon-ci-smoke-'));
  let session: InferenceSession | undefined;
  try {
    const opened = await openSession(ort, options.modelPath, prepared.device, join(profileDir, 'profile'));
    if (!opened.ok) {
      return notRun(prepared, 'none', [{ name: 'loads', passed: false, message: opened.reason }], 0);
    }
    session = opened.session;
    const checks: SmokeCheck[] = [
      {
        name: 'loads',
        passed: true,
        message: `loaded in ${opened.loadMs.toFixed(0)} ms with execution providers [${opened.providers.join(', ')}]${opened.fallbackReason ? `; ${opened.fallbackReason}` : ''}`,
      },
    ];
    const { feeds, inputs, inputSizes } = buildFeeds(ort, session, prepared);

    let outputs: Record<string, Tensor>;
    try {
      outputs = (await session.run(feeds)) as Record<string, Tensor>;
    } catch (error) {
      checks.push({ name: 'runs', passed: false, message: `onnxruntime failed to run the model: ${(error as Error).message.split('\n')[0]}` });
      session.endProfiling();
      const usage = providersFromProfile(await readProfile(profileDir));
      return { ...notRun(prepared, usage.executionProvider ?? 'none', checks, opened.loadMs), inputs, ...fallback(opened) };
    }
    checks.push({ name: 'runs', passed: true, message: `ran on inputs ${describeInputs(inputs)}` });
    session.endProfiling();
    const usage = providersFromProfile(await readProfile(profileDir));
    const executionProvider = usage.executionProvider ?? (opened.providers[0] === 'cuda' ? 'cuda' : 'cpu');

    checks.push(
      checkOutputsFinite(outputs),
      checkOutputShapes(outputs, prepared.declared.outputs, inputSizes),
      checkOutputDtypes(outputs, prepared.declared.outputs),
    );
    if (prepared.expected) checks.push(checkExpectedOutputs(outputs, prepared.expected));

    const timing = await measure(session, feeds, prepared, executionProvider);
    const latencyMs = latencyStats(timing.durationsMs);
    const energy = timing.energy ?? estimate(prepared, executionProvider, latencyMs.mean, timing.deviceName);
    return {
      passed: checks.every((c) => c.passed),
      model: options.modelPath,
      executionProvider,
      requestedDevice: prepared.device,
      ...fallback(opened),
      checks,
      loadMs: opened.loadMs,
      latencyMs,
      throughputPerS: timing.durationsMs.length / (timing.totalMs / 1000),
      iterations: timing.durationsMs.length,
      warmup: prepared.warmup,
      batchSize: prepared.batchSize,
      inputs,
      nodesByProvider: usage.nodesByProvider,
      energyPerInferenceJ: energy.energyPerInferenceJ,
      energyMethod: energy.method,
      meanPowerW: energy.meanPowerW,
      energyNote: energy.note,
      co2ePer1kInferencesG: co2ePer1kInferencesG(energy.energyPerInferenceJ, options.factors),
      factors: options.factors,
    };
  } finally {
    await session?.release();
    await rm(profileDir, { recursive: true, force: true });
  }
}

async function prepare(options: SmokeOptions): Promise<Prepared> {
  const device = options.device ?? 'auto';
  if (!['auto', 'cuda', 'cpu'].includes(device)) {
    throw new InputError(`unknown device "${String(device)}"`, { hint: 'use auto, cuda or cpu' });
  }
  const iterations = wholeNumber(options.iterations ?? DEFAULT_ITERATIONS, 1, 'iterations');
  const warmup = wholeNumber(options.warmup ?? DEFAULT_WARMUP, 0, 'warm-up runs');
  const batchSize = wholeNumber(options.batchSize ?? 1, 1, 'batch size');
  for (const [name, size] of Object.entries(options.dims ?? {})) wholeNumber(size, 1, `dimension "${name}"`);
  if (options.boardPowerW !== undefined && !(options.boardPowerW > 0 && options.boardPowerW < 20_000)) {
    throw new InputError(`board power ${options.boardPowerW} W is out of range`, { hint: 'give the device power in watts, e.g. 70 for a T4' });
  }
  const declared = await readDeclaredIo(options.modelPath);
  const prepared: Prepared = { options, device, iterations, warmup, batchSize, declared };
  if (options.inputsPath) prepared.givenInputs = await readInputsFile(options.inputsPath);
  if (options.expectedPath) prepared.expected = await readExpectedFile(options.expectedPath);
  return prepared;
}

async function loadRuntime(prepared: Prepared) {
  const load = prepared.options.runtimeLoad ?? {};
  const withCuda =
    load.withCuda ?? (prepared.device !== 'cpu' && process.platform === 'linux' && process.arch === 'x64' && commandOnPath('nvidia-smi'));
  return loadOnnxRuntime({ ...load, withCuda, log: load.log ?? prepared.options.log });
}

/**
 * onnxruntime prints its own errors to stderr (a failed CUDA provider load among them) from native
 * code; they reach us as exceptions anyway. Set once per process, before the first session.
 */
function quietNativeLog(ort: OrtRuntime): void {
  const debug = process.env.CARBON_CI_DEBUG;
  if (!debug || debug === '0') ort.env.logLevel = 'fatal';
}

function wholeNumber(value: number, min: number, what: string): number {
  if (!Number.isInteger(value) || value < min) throw new InputError(`${what} must be a whole number of at least ${min}, not ${value}`);
  return value;
}

function buildFeeds(ort: OrtRuntime, session: InferenceSession, prepared: Prepared) {
  const declaredInputs = session.inputNames.map(
    (name) => prepared.declared.inputs.find((d) => d.name === name) ?? fromRuntimeMetadata(session.inputMetadata.find((m) => m.name === name), name),
  );
  const source: SmokeInput['source'] = prepared.givenInputs ? 'file' : 'synthesised';
  const tensors = prepared.givenInputs
    ? checkGivenInputs(prepared.givenInputs, declaredInputs, prepared.options.inputsPath!)
    : synthesizeInputs(declaredInputs, {
        batchSize: prepared.batchSize,
        dims: prepared.options.dims ?? {},
        seed: prepared.options.seed ?? DEFAULT_SEED,
        modelPath: prepared.options.modelPath,
      });
  const feeds: Record<string, Tensor> = {};
  const inputs: SmokeInput[] = [];
  const inputSizes = new Map<string, number>();
  for (const value of declaredInputs) {
    const host = tensors[value.name]!;
    feeds[value.name] = toOrtTensor(ort, host);
    inputs.push({ name: value.name, dtype: host.dtype, shape: host.shape, source });
    value.dims?.forEach((dim, axis) => {
      if (typeof dim === 'string' && !inputSizes.has(dim) && host.shape[axis] !== undefined) inputSizes.set(dim, host.shape[axis]);
    });
  }
  return { feeds, inputs, inputSizes };
}

function checkGivenInputs(given: Record<string, HostTensor>, declared: DeclaredValue[], file: string): Record<string, HostTensor> {
  const names = declared.map((d) => `"${d.name}"`).join(', ');
  for (const value of declared) {
    const tensor = given[value.name];
    if (!tensor) throw new InputError(`no tensor for the model's input "${value.name}"`, { file, hint: `the model's inputs are ${names}` });
    if (value.dtype && tensor.dtype !== value.dtype) {
      throw new InputError(`inputs.${value.name} is ${tensor.dtype} but the model declares ${value.dtype}`, { file });
    }
  }
  for (const name of Object.keys(given)) {
    if (!declared.some((d) => d.name === name)) {
      throw new InputError(`"${name}" is not an input of the model`, { file, hint: `the model's inputs are ${names}` });
    }
  }
  return given;
}

function fromRuntimeMetadata(metadata: InferenceSession.ValueMetadata | undefined, name: string): DeclaredValue {
  if (!metadata?.isTensor) return { name, dtype: null, dims: null };
  const dims = metadata.shape.map((d) => (typeof d === 'number' ? (d >= 0 ? d : null) : d === '' ? null : d));
  return { name, dtype: metadata.type as DeclaredValue['dtype'], dims };
}

interface Timing {
  durationsMs: number[];
  totalMs: number;
  energy?: InferenceEnergy;
  deviceName?: string;
}

async function measure(session: InferenceSession, feeds: Record<string, Tensor>, prepared: Prepared, provider: 'cuda' | 'cpu'): Promise<Timing> {
  for (let i = 0; i < prepared.warmup; i++) await session.run(feeds);
  const sampler = await startSampler(prepared.options, provider);
  const minWindowMs = sampler ? (prepared.options.minSampledWindowMs ?? DEFAULT_MIN_SAMPLED_WINDOW_MS) : 0;
  const durationsMs: number[] = [];
  const startMs = Date.now();
  const loopStart = performance.now();
  while (durationsMs.length < prepared.iterations || performance.now() - loopStart < minWindowMs) {
    const started = performance.now();
    await session.run(feeds);
    durationsMs.push(performance.now() - started);
  }
  const totalMs = performance.now() - loopStart;
  const endMs = Date.now();
  if (!sampler) return { durationsMs, totalMs };
  const samples = await sampler.stop();
  const energy = measuredEnergy(samples, startMs, endMs, durationsMs.length, sampler.description);
  prepared.options.log?.(energy ? energy.note : `${sampler.description}: no readings during the measured runs; energy is estimated`);
  return { durationsMs, totalMs, ...(energy ? { energy } : {}), ...(sampler.deviceName ? { deviceName: sampler.deviceName } : {}) };
}

async function startSampler(options: SmokeOptions, provider: 'cuda' | 'cpu'): Promise<PowerSampler | null> {
  if (options.powerSampler === null) return null;
  if (options.powerSampler) return options.powerSampler();
  return provider === 'cuda' ? nvidiaSmiSampler()() : null;
}

function estimate(prepared: Prepared, provider: 'cuda' | 'cpu', meanLatencyMs: number, samplerDeviceName?: string): InferenceEnergy {
  const gpuName = prepared.options.gpuModel ?? samplerDeviceName;
  const gpuBoardPowerW = provider === 'cuda' && gpuName ? lookupGpu(gpuName)?.boardPowerW : undefined;
  return estimatedEnergy({
    provider,
    meanLatencyMs,
    vcpus: availableParallelism(),
    ...(prepared.options.boardPowerW !== undefined ? { boardPowerW: prepared.options.boardPowerW } : {}),
    ...(gpuName ? { gpuName } : {}),
    ...(gpuBoardPowerW !== undefined ? { gpuBoardPowerW } : {}),
  });
}

/** The result of a model that did not get as far as the timed runs: no latency, no energy. */
function notRun(prepared: Prepared, executionProvider: SmokeResult['executionProvider'], checks: SmokeCheck[], loadMs: number): SmokeResult {
  return {
    passed: false,
    model: prepared.options.modelPath,
    executionProvider,
    requestedDevice: prepared.device,
    checks,
    loadMs,
    latencyMs: { mean: 0, p50: 0, p95: 0 },
    throughputPerS: 0,
    iterations: 0,
    warmup: 0,
    batchSize: prepared.batchSize,
    energyPerInferenceJ: 0,
    energyMethod: 'estimate',
    energyNote: 'not measured: the model did not run',
    co2ePer1kInferencesG: 0,
    factors: prepared.options.factors,
  };
}

function fallback(opened: { fallbackReason?: string }): { fallbackReason?: string } {
  return opened.fallbackReason ? { fallbackReason: opened.fallbackReason } : {};
}

function describeInputs(inputs: SmokeInput[]): string {
  return inputs.map((i) => `${i.name} ${i.dtype}[${i.shape.join(', ')}] (${i.source})`).join(', ');
}
