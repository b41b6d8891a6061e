// The measure stage: samplers that write telemetry logs while a command runs, for `carbon-ci run` and the Action's `measure`.
export { runCommand, type CommandResult } from './command.js';
export { startSamplers } from './samplers.js';
export { gpuSelection, GPU_LIST } from './nvidia-smi.js';
export { DEFAULT_INTERVAL_MS, MAX_INTERVAL_MS, MIN_INTERVAL_MS, toolTimeZone, type Sampler, type SamplerOptions, type SamplerSkipped } from './types.js';
export { leavingOutBadLogs } from './leave-out.js';
export { startDetached, stopDetached, isAlive, DAEMON_LOG_FILE, type DetachedStart } from './detached.js';
export { gpusSampled } from './plan.js';
