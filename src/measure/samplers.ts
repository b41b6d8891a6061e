import type { DataWarning } from '../energy/types.js';
import { startHostUsageFrom } from './host-usage.js';
import { finishFor, planSamplers } from './plan.js';
import { startRaplZones } from './rapl.js';
import { ToolSampler } from './tool-sampler.js';
import type { Sampler, SamplerOptions, SamplerSkipped } from './types.js';

/** The samplers that started, and why the others did not. */
export interface Samplers {
  running: Sampler[];
  skipped: SamplerSkipped[];
  /** Stops every sampler (each one's failure is its own warning) and returns the logs and the warnings. */
  stop(): Promise<{ files: string[]; warnings: DataWarning[] }>;
  pids(): number[];
}

/** Starts, in this process, every sampler that `planSamplers` finds (for `carbon-ci run`, whose process outlives the command anyway). */
export async function startSamplers(options: SamplerOptions): Promise<Samplers> {
  const plan = await planSamplers(options);
  const running: Sampler[] = [];
  const skipped = [...plan.skipped];
  for (const tool of plan.tools) {
    const sampler = new ToolSampler(tool, options, finishFor(tool, options.env));
    await sampler.firstRows();
    running.push(sampler);
  }
  if (plan.zones.length > 0) running.push(await startRaplZones(plan.zones, options));
  if (plan.host) running.push(await startHostUsageFrom(plan.host, options));
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
