import { findOnPath } from '../shared/path-lookup.js';
import type { PlanOptions, SamplerOptions, SamplerSkipped, ToolPlan } from './types.js';

/**
 * The fields the nvidia-smi plugin reads (plugins/nvidia-smi): uuid identifies the GPU across files, name
 * gives its model for the GPU table. No energy counter: NVML's (nvmlDeviceGetTotalEnergyConsumption) has no
 * `--query-gpu` field in the drivers' `--help-query-gpu` lists (535 in 2023 to those of 2025), so power is integrated.
 */
const NVIDIA_SMI_QUERY = 'timestamp,index,uuid,name,power.draw,utilization.gpu';
/** With the header (the plugin finds its columns by name) and bare numbers (`csv,nounits`). */
const NVIDIA_SMI_FORMAT = 'csv,nounits';

/** GPU indexes or UUIDs separated by commas, as `--gpus` and the Action's `measure-gpus` take them. */
export const GPU_LIST = /^[A-Za-z0-9:._/-]+(?:,[A-Za-z0-9:._/-]+)*$/;

/**
 * The GPUs to sample: `--gpus`, else CUDA_VISIBLE_DEVICES (indexes or UUIDs, as `nvidia-smi -i` takes them);
 * undefined for all, null for none (CUDA_VISIBLE_DEVICES empty or -1 hides every GPU from the job).
 */
export function gpuSelection(gpus: string | undefined, env: SamplerOptions['env']): string | undefined | null {
  if (gpus !== undefined) return gpus;
  const visible = env.CUDA_VISIBLE_DEVICES;
  if (visible === undefined) return undefined;
  const list = visible.split(',').map((s) => s.trim());
  // CUDA uses the entries before the first invalid one: "-1" (or an empty list) hides every GPU.
  const firstInvalid = list.findIndex((s) => s === '' || s.startsWith('-'));
  const kept = firstInvalid === -1 ? list : list.slice(0, firstInvalid);
  return kept.length === 0 ? null : kept.join(',');
}

/** `nvidia-smi --query-gpu=... -lms N` into `nvidia-smi.csv`, or why it cannot run. */
export function planNvidiaSmi(options: PlanOptions): ToolPlan | SamplerSkipped {
  const executable = findOnPath('nvidia-smi', options.env);
  if (executable === undefined) return { name: 'nvidia-smi', reason: 'nvidia-smi is not on PATH' };
  const selection = gpuSelection(options.gpus, options.env);
  if (selection === null) return { name: 'nvidia-smi', reason: 'CUDA_VISIBLE_DEVICES hides every GPU' };
  const args = [`--query-gpu=${NVIDIA_SMI_QUERY}`, `--format=${NVIDIA_SMI_FORMAT}`, '-lms', String(options.intervalMs)];
  if (selection !== undefined) args.push('-i', selection);
  return { name: 'nvidia-smi', logBase: 'nvidia-smi', executable, args };
}

