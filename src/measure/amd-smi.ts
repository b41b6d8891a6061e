// AMD GPUs: `amd-smi metric --power --energy --csv -w S`, whose log the rocm-smi plugin reads (power and
// the energy counter, which the energy stage prefers).
import { findOnPath } from '../shared/path-lookup.js';
import type { PlanOptions, SamplerOptions, SamplerSkipped, ToolPlan } from './types.js';

/**
 * The GPUs to sample: `--gpus`, else ROCR_VISIBLE_DEVICES (or HIP_VISIBLE_DEVICES), as indexes; undefined
 * for all, null for none. amd-smi names GPUs by index.
 */
export function amdGpuSelection(gpus: string | undefined, env: SamplerOptions['env']): string[] | undefined | null {
  const visible = gpus ?? env.ROCR_VISIBLE_DEVICES ?? env.HIP_VISIBLE_DEVICES;
  if (visible === undefined) return undefined;
  const list = visible.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (list.length === 0 || list.includes('-1')) return null;
  return list;
}

/** amd-smi's watch mode into `amd-smi.csv` (its interval is whole seconds, at least 1), or why it cannot run. */
export function planAmdSmi(options: PlanOptions): ToolPlan | SamplerSkipped {
  const executable = findOnPath('amd-smi', options.env);
  if (executable === undefined) return { name: 'amd-smi', reason: 'amd-smi is not on PATH' };
  const selection = amdGpuSelection(options.gpus, options.env);
  if (selection === null) return { name: 'amd-smi', reason: 'ROCR_VISIBLE_DEVICES hides every GPU' };
  const seconds = Math.max(1, Math.round(options.intervalMs / 1000));
  const args = ['metric', '--power', '--energy', '--csv', '-w', String(seconds), ...(selection ? ['-g', ...selection] : [])];
  return { name: 'amd-smi', logBase: 'amd-smi', executable, args };
}
