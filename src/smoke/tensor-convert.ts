import type { Tensor } from 'onnxruntime-node';
import { fromFloat16Bits, toFloat16Bits } from './float16.js';
import type { OrtRuntime } from './runtime-loader.js';
import type { HostTensor } from './types.js';

type Element = number | bigint | boolean | string;

/** Builds an onnxruntime tensor from plain values. */
export function toOrtTensor(ort: OrtRuntime, host: HostTensor): Tensor {
  const { dtype, shape, data } = host;
  const num = (v: Element) => Number(v);
  const big = (v: Element) => (typeof v === 'bigint' ? v : BigInt(v as number));
  switch (dtype) {
    case 'float32':
      return new ort.Tensor(dtype, Float32Array.from(data, num), shape);
    case 'float64':
      return new ort.Tensor(dtype, Float64Array.from(data, num), shape);
    case 'float16':
      return new ort.Tensor(dtype, Uint16Array.from(data, (v) => toFloat16Bits(Number(v))), shape);
    case 'int8':
      return new ort.Tensor(dtype, Int8Array.from(data, num), shape);
    case 'int16':
      return new ort.Tensor(dtype, Int16Array.from(data, num), shape);
    case 'int32':
      return new ort.Tensor(dtype, Int32Array.from(data, num), shape);
    case 'uint8':
      return new ort.Tensor(dtype, Uint8Array.from(data, num), shape);
    case 'uint16':
      return new ort.Tensor(dtype, Uint16Array.from(data, num), shape);
    case 'uint32':
      return new ort.Tensor(dtype, Uint32Array.from(data, num), shape);
    case 'int64':
      return new ort.Tensor(dtype, BigInt64Array.from(data, big), shape);
    case 'uint64':
      return new ort.Tensor(dtype, BigUint64Array.from(data, big), shape);
    case 'bool':
      return new ort.Tensor(dtype, Uint8Array.from(data, (v) => (v ? 1 : 0)), shape);
    case 'string':
      return new ort.Tensor(dtype, data.map(String), shape);
  }
}

/** A float output's values as numbers (float16 decoded); null for other element types. */
export function floatValues(tensor: Tensor): ArrayLike<number> | null {
  if (tensor.type === 'float32' || tensor.type === 'float64') return tensor.data as Float32Array | Float64Array;
  if (tensor.type === 'float16') return Float64Array.from(tensor.data as Uint16Array, fromFloat16Bits);
  return null;
}

/** Every element of a tensor as a plain value: bool as boolean, 64-bit integers as bigint. */
export function elementValues(tensor: Tensor): Element[] {
  const floats = floatValues(tensor);
  if (floats) return Array.from(floats);
  if (tensor.type === 'bool') return Array.from(tensor.data as Uint8Array, (v) => v !== 0);
  return Array.from(tensor.data as ArrayLike<Element>);
}
