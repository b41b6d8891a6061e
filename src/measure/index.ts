// The measure stage: samplers that write telemetry logs while a command runs, for `carbon-ci run`.
export { runCommand, FORWARDED_SIGNALS, type CommandResult, type CommandOptions } from './command.js';
export { startSamplers, type Samplers } from './samplers.js';
export { gpuSelection, NVIDIA_SMI_QUERY } from './nvidia-smi.js';
export type { Sampler, SamplerOptions, SamplerSkipped } from './types.js';
