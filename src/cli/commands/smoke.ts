import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { resolveFactors } from '../../footprint/index.js';
import type { FacilityKind, IntensityScope } from '../../footprint/types.js';
import { facilityOption, factorChoices, intensityScopeOption } from '../config.js';
import type { SmokeResult } from '../../report/types.js';
import { formatSmokeSummary, runSmokeTest, type SmokeDevice } from '../../smoke/index.js';
import { writeFileAtomic } from '../../shared/atomic-write.js';
import { InputError } from '../../shared/errors.js';
import type { CliIO } from '../io.js';
import { parseCount, parseIntensity, parsePositive, parsePue } from '../parse.js';

/** Thrown after the summary is printed when a smoke check failed: the CLI exits 1, printing nothing more. */
export class SmokeChecksFailedError extends Error {
  readonly exitCode = 1;
  constructor(readonly result: SmokeResult) {
    super(`smoke test failed: ${result.checks.filter((c) => !c.passed).map((c) => c.name).join(', ')}`);
    this.name = 'SmokeChecksFailedError';
  }
}

interface SmokeFlags {
  model: string;
  inputs?: string;
  expected?: string;
  device: SmokeDevice;
  iterations?: number;
  warmup?: number;
  batchSize?: number;
  dim: Record<string, number>;
  seed?: number;
  location?: string;
  pue?: number;
  facility?: FacilityKind;
  intensityScope?: IntensityScope;
  intensity?: number;
  boardPowerW?: number;
  gpu?: string;
  installRuntime?: boolean;
  json?: string;
}

export function registerSmokeCommand(program: Command, io: CliIO): void {
  program
    .command('smoke')
    .description('smoke-test an ONNX model with onnxruntime: it loads, its outputs are sane, and what one inference costs')
    .requiredOption('--model <path>', 'the .onnx model file')
    .option('--inputs <file>', 'JSON of named input tensors {"inputs": {name: {dtype, shape, data}}}; default: synthesised from the model')
    .option('--expected <file>', 'JSON of expected outputs {"atol", "rtol", "outputs": {name: {shape, data}}}')
    .option('--device <device>', 'auto (CUDA, else CPU), cuda or cpu', parseDevice, 'auto')
    .option('--iterations <n>', 'measured runs (default 20)', parseCount)
    .option('--warmup <n>', 'runs before measuring (default 3)', parseWholeNumber)
    .option('--batch-size <n>', 'size of the leading dynamic dimension of synthesised inputs (default 1)', parseCount)
    .option('--dim <name=size>', 'size of a named dynamic dimension of synthesised inputs; repeatable', collectDim, {})
    .option('--seed <n>', 'seed for synthesised inputs (default 42)', parseWholeNumber)
    .option('--location <loc>', 'where the inferences run: a country (FR), a state or province (US-CA, CA-QC), a cloud region (aws:us-east-1) or a grid zone (zone:SE-SE3)')
    .option('--pue <n>', 'power usage effectiveness of the facility; overrides the one the location implies', parsePue)
    .addOption(facilityOption())
    .option('--intensity <g-per-kwh>', 'grid carbon intensity in g CO2e/kWh; overrides the one the location implies', parseIntensity)
    .addOption(intensityScopeOption())
    .option('--board-power-w <w>', 'device power to assume when none is measured (W)', parsePositive)
    .option('--gpu <model>', 'GPU model for the board-power table when nvidia-smi is absent')
    .option('--install-runtime', 'install onnxruntime-node into the tool cache if it is not found')
    .option('--json <path|->', 'write the smoke result JSON to a file, or "-" for standard output (only the JSON goes there)')
    .action(async (flags: SmokeFlags) => {
      const resolved = resolveFactors({
        location: flags.location,
        pue: flags.pue,
        intensityGPerKWh: flags.intensity,
        ...factorChoices(flags, {}),
      });
      for (const warning of resolved.warnings) io.stderr.write(`warning: ${warning.message}\n`);
      const result = await runSmokeTest({
        modelPath: resolve(io.cwd, flags.model),
        ...(flags.inputs ? { inputsPath: resolve(io.cwd, flags.inputs) } : {}),
        ...(flags.expected ? { expectedPath: resolve(io.cwd, flags.expected) } : {}),
        device: flags.device,
        ...(flags.iterations !== undefined ? { iterations: flags.iterations } : {}),
        ...(flags.warmup !== undefined ? { warmup: flags.warmup } : {}),
        ...(flags.batchSize !== undefined ? { batchSize: flags.batchSize } : {}),
        ...(flags.seed !== undefined ? { seed: flags.seed } : {}),
        ...(flags.boardPowerW !== undefined ? { boardPowerW: flags.boardPowerW } : {}),
        ...(flags.gpu ? { gpuModel: flags.gpu } : {}),
        dims: flags.dim,
        factors: resolved.factors,
        ...(flags.installRuntime ? { runtimeLoad: { install: true } } : {}),
        log: (message) => io.stderr.write(`${message}\n`),
      });
      result.model = flags.model;
      const summarySink = flags.json === '-' ? io.stderr : io.stdout;
      summarySink.write(formatSmokeSummary(result));
      const json = `${JSON.stringify(result, null, 2)}\n`;
      if (flags.json === '-') io.stdout.write(json);
      else if (flags.json !== undefined) await writeJson(io, flags.json, json);
      if (!result.passed) throw new SmokeChecksFailedError(result);
    });
}

function parseDevice(value: string): SmokeDevice {
  if (value === 'auto' || value === 'cuda' || value === 'cpu') return value;
  throw new InvalidArgumentError(`"${value}" is not a device: use auto, cuda or cpu.`);
}

function parseWholeNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${value} must be a whole number of at least 0.`);
  return n;
}

function collectDim(value: string, previous: Record<string, number>): Record<string, number> {
  const match = /^([^=]+)=(\d+)$/.exec(value.trim());
  if (!match || Number(match[2]) < 1) throw new InvalidArgumentError(`"${value}" is not name=size with a size of at least 1, e.g. sequence=128.`);
  return { ...previous, [match[1]!.trim()]: Number(match[2]) };
}

async function writeJson(io: CliIO, path: string, text: string): Promise<void> {
  if (path.trim() === '') throw new InputError('--json needs a path', { hint: 'e.g. --json smoke.json, or "-" for standard output' });
  const absolute = resolve(io.cwd, path);
  try {
    await mkdir(dirname(absolute), { recursive: true });
    await writeFileAtomic(absolute, text);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    throw new InputError(`cannot write the smoke result (${code})`, { file: path, hint: 'choose a path in a writable directory, or "-" for standard output' });
  }
  io.stderr.write(`smoke result written to ${path}\n`);
}
