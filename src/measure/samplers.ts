import type { DataWarning } from '../energy/types.js';
import { startAmdSmi } from './amd-smi.js';
import { startHostUsage } from './host-usage.js';
import { startNvidiaSmi } from './nvidia-smi.js';
import { startRapl } from './rapl.js';
import { startXpuSmi } from './xpu-smi.js';
import type { Sampler, SamplerOptions, SamplerSkipped } from './types.js';

/** The samplers that started, and why the others did not. */
export interface Samplers {
  running: Sampler[];
  skipped: SamplerSkipped[];
  /** Stops every sampler (each one's failure is its own warning) and returns the logs and the warnings. */
  stop(): Promise<{ files: string[]; warnings: DataWarning[] }>;
  pids(): number[];
}

function isSampler(value: Sampler | SamplerSkipped): value is Sampler {
  return 'stop' in value;
}

/**
 * Starts every sampler whose tool or interface is present: nvidia-smi for NVIDIA GPUs, amd-smi for AMD GPUs, xpu-smi for
 * Intel GPUs (each tool sees its own vendor's GPUs only, so they run side by side without counting a GPU twice), and RAPL
 * for the CPU and memory, else the host-usage estimate where RAPL is unreadable (never both: they would count the CPU twice).
 */
export async function startSamplers(options: SamplerOptions): Promise<Samplers> {
  const running: Sampler[] = [];
  const skipped: SamplerSkipped[] = [];
  const add = (result: Sampler | SamplerSkipped) => (isSampler(result) ? running.push(result) : skipped.push(result));
  add(await startNvidiaSmi(options));
  add(await startAmdSmi(options));
  add(await startXpuSmi(options));
  const rapl = await startRapl(options);
  add(rapl);
  if (!isSampler(rapl)) add(await startHostUsage(options));
  return {
    running,
    skipped,
    pids: () => running.flatMap((sampler) => sampler.pids()),
    async stop() {
      await Promise.all(running.map((sampler) => sampler.stop()));
      const files = (await Promise.all(running.map((sampler) => sampler.files()))).flat();
      return { files, warnings: running.flatMap((sampler) => sampler.warnings) };
    },
  };
}
