import type { Factors } from '../footprint/types.js';
import type { PowerSamplerFactory } from './power-sampler.js';
import type { OrtRuntime, RuntimeLoadOptions } from './runtime-loader.js';

export type SmokeDevice = 'auto' | 'cuda' | 'cpu';

/** Element types as onnxruntime names them. */
export type TensorDtype =
  | 'float32'
  | 'float16'
  | 'float64'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'bool'
  | 'string';

/** A dimension as the model declares it: fixed, named and dynamic, or unnamed and dynamic (null). */
export type DeclaredDim = number | string | null;

/** A graph input or output as declared in the model file. */
export interface DeclaredValue {
  name: string;
  /** Null when the value is not a tensor or its element type is one onnxruntime-node cannot hold. */
  dtype: TensorDtype | null;
  /** Null when the model declares no shape. */
  dims: DeclaredDim[] | null;
}

export interface DeclaredIo {
  inputs: DeclaredValue[];
  outputs: DeclaredValue[];
}

/** A tensor held in plain JS: row-major flat data. int64/uint64 as bigint, bool as boolean. */
export interface HostTensor {
  dtype: TensorDtype;
  shape: number[];
  data: readonly (number | bigint | boolean | string)[];
}

export interface ExpectedOutputs {
  atol: number;
  rtol: number;
  outputs: Record<string, { dtype?: TensorDtype; shape?: number[]; data: readonly (number | bigint | boolean | string)[] }>;
  file: string;
}

export interface SmokeOptions {
  modelPath: string;
  /** JSON file `{ "inputs": { name: { dtype, shape, data } } }`; inputs are synthesised when absent. */
  inputsPath?: string;
  /** JSON file `{ "atol"?, "rtol"?, "outputs": { name: { dtype?, shape?, data } } }`. */
  expectedPath?: string;
  device?: SmokeDevice;
  /** Measured runs (default 20). */
  iterations?: number;
  /** Runs before measuring (default 3). */
  warmup?: number;
  /** Size given to each input's leading dynamic dimension when inputs are synthesised (default 1). */
  batchSize?: number;
  /** Sizes for named dynamic dimensions, e.g. `{ sequence: 128 }`; others are 1. */
  dims?: Record<string, number>;
  /** Seed of the generator that synthesises inputs (default 42). */
  seed?: number;
  /** Grid intensity and PUE, from the footprint stage. */
  factors: Factors;
  /** Power to assume when none is measured, instead of the built-in defaults (W). */
  boardPowerW?: number;
  /** GPU model for the board-power table when CUDA ran and nvidia-smi cannot name it. */
  gpuModel?: string;
  /** An already loaded onnxruntime module; otherwise it is loaded with `runtimeLoad`. */
  runtime?: OrtRuntime;
  runtimeLoad?: RuntimeLoadOptions;
  /** Power sampler; undefined: nvidia-smi when CUDA ran and it is on PATH; null: never sample. */
  powerSampler?: PowerSamplerFactory | null;
  /** While power is sampled, keep running until this long has passed (default 2000 ms). */
  minSampledWindowMs?: number;
  log?: (message: string) => void;
}
