import { amdGpuSelection, planAmdSmi } from './amd-smi.js';
import { planHostUsage } from './host-usage.js';
import { gpuSelection, planNvidiaSmi } from './nvidia-smi.js';
import { planRapl } from './rapl.js';
import type { FinishLog } from './tool-sampler.js';
import { toolTimeZone, type PlanOptions, type SamplerOptions, type SamplerPlan, type ToolPlan } from './types.js';
import { datedXpuSmiLog, intelGpuSelection, planXpuSmi } from './xpu-smi.js';

/**
 * What can be sampled here: nvidia-smi for NVIDIA GPUs, amd-smi for AMD GPUs, xpu-smi for Intel GPUs (each tool
 * sees its own vendor's GPUs only, so they run side by side without counting a GPU twice), and RAPL for the CPU
 * and memory, else the /proc estimate where RAPL is unreadable (never both: they would count the CPU twice).
 */
export async function planSamplers(options: PlanOptions): Promise<SamplerPlan> {
  const plan: SamplerPlan = { tools: [], zones: [], skipped: [] };
  for (const tool of [planNvidiaSmi(options), planAmdSmi(options), planXpuSmi(options)]) {
    if ('executable' in tool) plan.tools.push(tool);
    else plan.skipped.push(tool);
  }
  const zones = await planRapl(options);
  if (Array.isArray(zones)) {
    plan.zones = zones;
  } else {
    plan.skipped.push(zones);
    const host = await planHostUsage(options);
    if ('reason' in host) plan.skipped.push(host);
    else plan.host = host;
  }
  return plan;
}

/** The samplers a plan runs, by name, as the output lists them. */
export function plannedNames(plan: SamplerPlan): string[] {
  return [...plan.tools.map((tool) => tool.name), ...(plan.zones.length > 0 ? ['rapl'] : []), ...(plan.host ? ['host-usage'] : [])];
}

/** How a tool's log becomes the file its plugin reads: xpu-smi's rows are dated in the zone it ran in; the others are read as written. */
export function finishFor(tool: ToolPlan, env: SamplerOptions['env']): FinishLog | undefined {
  if (!tool.datesRows) return undefined;
  const timeZone = toolTimeZone(env);
  return (path, startedMs) => datedXpuSmiLog(path, startedMs, timeZone);
}

/** Each GPU tool's choice of GPUs (`--gpus`, else its vendor's *_VISIBLE_DEVICES): undefined for all. */
const GPU_CHOICE: Record<string, (gpus: string | undefined, env: SamplerOptions['env']) => string | string[] | undefined | null> = {
  'nvidia-smi': gpuSelection,
  'amd-smi': amdGpuSelection,
  'xpu-smi': intelGpuSelection,
};

/** The GPUs the running tools sample, in words: `GPUs 1`, `all GPUs`, a clause per tool where several run, or `no GPU`. */
export function gpusSampled(running: string[], gpus: string | undefined, env: SamplerOptions['env']): string {
  const clauses = running.flatMap((name) => {
    const choose = GPU_CHOICE[name];
    const choice = choose?.(gpus, env);
    if (choose === undefined || choice === null) return [];
    const words = choice === undefined ? 'all GPUs' : `GPUs ${[choice].flat().join(',')}`;
    return [{ name, words }];
  });
  if (clauses.length === 1) return clauses[0]!.words;
  return clauses.length > 1 ? clauses.map((c) => `${c.name}: ${c.words}`).join('; ') : 'no GPU';
}
