import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface PowerSample {
  /** UTC epoch ms. */
  timeMs: number;
  powerW: number;
}

/** A running sampler; `stop` ends it and returns what it read. */
export interface PowerSampler {
  /** What is sampled, for the report, e.g. `nvidia-smi power.draw of GPU 0 (NVIDIA H100 80GB HBM3)`. */
  readonly description: string;
  /** The device's model name, when the sampler knows it. */
  readonly deviceName?: string;
  stop(): Promise<PowerSample[]>;
}

/** Starts sampling; resolves to null when no sampler is available here. */
export type PowerSamplerFactory = () => Promise<PowerSampler | null>;

export interface NvidiaSmiOptions {
  command?: string;
  intervalMs?: number;
  /** GPU as nvidia-smi's -i takes it (index, UUID or PCI bus id); default: the first CUDA-visible one. */
  gpu?: string;
  /** How long to wait for nvidia-smi's first reading before giving up. */
  startTimeoutMs?: number;
}

/**
 * Samples the board power of one GPU with `nvidia-smi --query-gpu=timestamp,power.draw -lms N`.
 * On Ampere and newer GPUs power.draw is itself a 1 s average (nvidia-smi documentation), so a short
 * window is smeared; the smoke test keeps a sampled loop running for at least 2 s for that reason.
 */
export function nvidiaSmiSampler(options: NvidiaSmiOptions = {}): PowerSamplerFactory {
  const command = options.command ?? 'nvidia-smi';
  const intervalMs = options.intervalMs ?? 100;
  const gpu = options.gpu ?? firstCudaVisibleGpu();
  return async () => {
    const name = await gpuName(command, gpu);
    if (name === undefined) return null;
    const child = spawn(command, ['--query-gpu=timestamp,power.draw', '--format=csv,noheader,nounits', '-i', gpu, `-lms`, String(intervalMs)], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const samples: PowerSample[] = [];
    let first: () => void = () => {};
    const firstReading = new Promise<void>((resolve) => (first = resolve));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const sample = parseSampleLine(line);
      if (sample) {
        samples.push(sample);
        first();
      }
    });
    const exited = new Promise<void>((resolve) => {
      child.on('close', () => resolve());
      child.on('error', () => resolve());
    });
    const started = await Promise.race([
      firstReading.then(() => true),
      exited.then(() => false),
      delay(options.startTimeoutMs ?? 5000).then(() => false),
    ]);
    if (!started) {
      child.kill();
      await exited;
      return null;
    }
    return {
      description: `nvidia-smi power.draw of GPU ${gpu} (${name}), every ${intervalMs} ms`,
      deviceName: name,
      stop: async () => {
        child.kill();
        await exited;
        return samples;
      },
    };
  };
}

/** "2026/11/23 11:02:07.299, 71.23" (local time, as nvidia-smi prints it) -> a sample; null for "[N/A]" and the like. */
export function parseSampleLine(line: string): PowerSample | null {
  const match = /^\s*(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?\s*,\s*([0-9.]+)\s*$/.exec(line);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms, watts] = match;
  const timeMs = new Date(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, ms ? Number(ms.padEnd(3, '0')) : 0).getTime();
  const powerW = Number(watts);
  return Number.isFinite(powerW) ? { timeMs, powerW } : null;
}

/** CUDA device 0 is the first entry of CUDA_VISIBLE_DEVICES when it is set (an index or a UUID). */
function firstCudaVisibleGpu(): string {
  const first = process.env.CUDA_VISIBLE_DEVICES?.split(',')[0]?.trim();
  return first ? first : '0';
}

async function gpuName(command: string, gpu: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(command, ['--query-gpu=name', '--format=csv,noheader', '-i', gpu], { stdio: ['ignore', 'pipe', 'ignore'] });
    let output = '';
    const timer = setTimeout(() => child.kill(), 10_000);
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const name = output.trim().split('\n')[0]?.trim();
      resolve(code === 0 && name ? name : undefined);
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
