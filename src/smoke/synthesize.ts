import { InputError } from '../shared/errors.js';
import type { DeclaredValue, HostTensor } from './types.js';

export const DEFAULT_SEED = 42;

/** mulberry32: a small seeded generator of floats in [0, 1); the same seed gives the same stream. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SynthesisOptions {
  batchSize: number;
  /** Sizes of named dynamic dimensions. */
  dims: Record<string, number>;
  seed: number;
  modelPath: string;
}

/**
 * Inputs made up from the declared metadata. A dynamic dimension takes its size from `dims` by name;
 * else `batchSize` when it leads some input's shape (the batch axis), else 1. Floats are uniform in
 * [-1, 1); integers in [0, 10), small enough to be valid indices for most embedding tables; booleans
 * are fair coin flips; strings are short words.
 */
export function synthesizeInputs(declared: DeclaredValue[], options: SynthesisOptions): Record<string, HostTensor> {
  const random = seededRandom(options.seed);
  const leadingNames = new Set(declared.map((value) => value.dims?.[0]).filter((d): d is string => typeof d === 'string'));
  const tensors: Record<string, HostTensor> = {};
  for (const value of declared) {
    if (value.dtype === null || value.dims === null) {
      throw new InputError(
        `cannot synthesise input "${value.name}": the model declares no ${value.dtype === null ? 'tensor element type' : 'shape'} for it`,
        { file: options.modelPath, hint: 'give the inputs in a JSON file (--inputs / model-inputs)' },
      );
    }
    const shape = value.dims.map((dim, axis) => {
      if (typeof dim === 'number' && dim >= 0) return dim;
      if (typeof dim === 'string' && options.dims[dim] !== undefined) return options.dims[dim];
      if (axis === 0 && (dim === null || typeof dim === 'number' || leadingNames.has(dim))) return options.batchSize;
      if (typeof dim === 'string' && leadingNames.has(dim)) return options.batchSize;
      return 1;
    });
    const count = shape.reduce((a, b) => a * b, 1);
    const data = Array.from({ length: count }, () => sample(value.dtype!, random));
    tensors[value.name] = { dtype: value.dtype, shape, data };
  }
  return tensors;
}

function sample(dtype: NonNullable<DeclaredValue['dtype']>, random: () => number): number | bigint | boolean | string {
  switch (dtype) {
    case 'float32':
    case 'float64':
    case 'float16':
      return random() * 2 - 1;
    case 'bool':
      return random() < 0.5;
    case 'string':
      return `token${Math.floor(random() * 10)}`;
    case 'int64':
    case 'uint64':
      return BigInt(Math.floor(random() * 10));
    default:
      return Math.floor(random() * 10);
  }
}
