export { runSmokeTest, DEFAULT_ITERATIONS, DEFAULT_WARMUP } from './run-smoke-test.js';
export { smokeForAction, smokeFromActionInputs, type ActionSmokeInputs, type SmokeActionOutcome } from './action-inputs.js';
export { formatSmokeSummary } from './summary.js';
export { loadOnnxRuntime, toolCacheDirectory, RUNTIME_DIR_ENV, ONNXRUNTIME_NODE_VERSION, type LoadedRuntime, type OrtRuntime, type RuntimeLoadOptions } from './runtime-loader.js';
export { nvidiaSmiSampler, type PowerSample, type PowerSampler, type PowerSamplerFactory } from './power-sampler.js';
export { UNKNOWN_GPU_BOARD_POWER_W } from './energy.js';
export type { SmokeDevice, SmokeOptions } from './types.js';
