import type { Tensor } from 'onnxruntime-node';
import type { SmokeCheck } from '../report/types.js';
import { elementValues, floatValues } from './tensor-convert.js';
import type { DeclaredDim, DeclaredValue, ExpectedOutputs } from './types.js';

type Outputs = Record<string, Tensor>;

const MAX_LISTED = 3;

/** Every element of every float output is finite (no NaN, no infinity). */
export function checkOutputsFinite(outputs: Outputs): SmokeCheck {
  const problems: string[] = [];
  let floatOutputs = 0;
  for (const [name, tensor] of Object.entries(outputs)) {
    const values = floatValues(tensor);
    if (!values) continue;
    floatOutputs++;
    let nan = 0;
    let infinite = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) nan++;
      else if (!Number.isFinite(v)) infinite++;
    }
    if (nan + infinite > 0) problems.push(`"${name}" has ${nan} NaN and ${infinite} infinite of ${values.length} values`);
  }
  if (problems.length > 0) return { name: 'outputs-finite', passed: false, message: problems.join('; ') };
  const message = floatOutputs === 0 ? 'no floating-point outputs to check' : `all values of ${floatOutputs} floating-point output(s) are finite`;
  return { name: 'outputs-finite', passed: true, message };
}

/**
 * Each output's shape matches the model's declaration: same rank, fixed dimensions equal, and a
 * named dynamic dimension equal to the size the inputs gave that name (unnamed ones match anything).
 */
export function checkOutputShapes(outputs: Outputs, declared: DeclaredValue[], inputSizes: Map<string, number>): SmokeCheck {
  const problems: string[] = [];
  const unchecked: string[] = [];
  for (const [name, tensor] of Object.entries(outputs)) {
    const dims = declared.find((d) => d.name === name)?.dims;
    if (!dims) {
      unchecked.push(name);
      continue;
    }
    const actual = [...tensor.dims];
    const mismatch =
      actual.length !== dims.length ||
      dims.some((dim, axis) => {
        const size = actual[axis];
        if (typeof dim === 'number' && dim >= 0) return size !== dim;
        if (typeof dim === 'string' && inputSizes.has(dim)) return size !== inputSizes.get(dim);
        return false;
      });
    if (mismatch) problems.push(`"${name}" is [${actual.join(', ')}] but the model declares [${dims.map(showDim).join(', ')}]`);
  }
  const note = unchecked.length > 0 ? ` (no declared shape for ${unchecked.map((n) => `"${n}"`).join(', ')})` : '';
  if (problems.length > 0) return { name: 'output-shapes', passed: false, message: problems.slice(0, MAX_LISTED).join('; ') + note };
  return { name: 'output-shapes', passed: true, message: `every output has its declared shape${note}` };
}

/** Each output's element type matches the model's declaration. */
export function checkOutputDtypes(outputs: Outputs, declared: DeclaredValue[]): SmokeCheck {
  const problems: string[] = [];
  for (const [name, tensor] of Object.entries(outputs)) {
    const dtype = declared.find((d) => d.name === name)?.dtype;
    if (dtype && dtype !== tensor.type) problems.push(`"${name}" is ${tensor.type} but the model declares ${dtype}`);
  }
  if (problems.length > 0) return { name: 'output-dtypes', passed: false, message: problems.join('; ') };
  return { name: 'output-dtypes', passed: true, message: 'every output has its declared element type' };
}

/**
 * Outputs equal the expected ones within tolerance: |actual - expected| <= atol + rtol * |expected|
 * (numpy's allclose); NaN equals NaN; booleans, strings and integers beyond 2^53 compare exactly.
 */
export function checkExpectedOutputs(outputs: Outputs, expected: ExpectedOutputs): SmokeCheck {
  const problems: string[] = [];
  let compared = 0;
  for (const [name, want] of Object.entries(expected.outputs)) {
    const tensor = outputs[name];
    if (!tensor) {
      problems.push(`the model has no output "${name}"`);
      continue;
    }
    if (want.dtype && want.dtype !== tensor.type) problems.push(`"${name}" is ${tensor.type}, expected ${want.dtype}`);
    if (want.shape && want.shape.join(',') !== tensor.dims.join(',')) {
      problems.push(`"${name}" is [${tensor.dims.join(', ')}], expected [${want.shape.join(', ')}]`);
      continue;
    }
    const actual = elementValues(tensor);
    if (actual.length !== want.data.length) {
      problems.push(`"${name}" has ${actual.length} values, expected ${want.data.length}`);
      continue;
    }
    let worst: { index: number; got: unknown; want: unknown } | undefined;
    let bad = 0;
    for (let i = 0; i < actual.length; i++) {
      if (!close(actual[i]!, want.data[i]!, expected.atol, expected.rtol)) {
        bad++;
        worst ??= { index: i, got: actual[i], want: want.data[i] };
      }
    }
    compared += actual.length;
    if (worst) {
      problems.push(`"${name}": ${bad} of ${actual.length} values differ; first at index ${worst.index}: ${String(worst.got)} vs expected ${String(worst.want)}`);
    }
  }
  const tolerance = `atol ${expected.atol}, rtol ${expected.rtol}`;
  if (problems.length > 0) return { name: 'expected-outputs', passed: false, message: `${problems.slice(0, MAX_LISTED).join('; ')} (${tolerance})` };
  return { name: 'expected-outputs', passed: true, message: `${compared} values match ${expected.file} within ${tolerance}` };
}

function close(actual: unknown, expected: unknown, atol: number, rtol: number): boolean {
  if (typeof actual === 'bigint' || typeof expected === 'bigint') {
    if (typeof expected === 'number' && Number.isSafeInteger(expected)) expected = BigInt(expected);
    if (typeof actual === 'number' && Number.isSafeInteger(actual)) actual = BigInt(actual);
    if (typeof actual === 'bigint' && typeof expected === 'bigint') {
      const diff = actual > expected ? actual - expected : expected - actual;
      const magnitude = expected < 0n ? -expected : expected;
      return Number(diff) <= atol + rtol * Number(magnitude);
    }
  }
  if (typeof actual === 'number' && typeof expected === 'number') {
    if (Number.isNaN(actual) || Number.isNaN(expected)) return Number.isNaN(actual) && Number.isNaN(expected);
    if (!Number.isFinite(actual) || !Number.isFinite(expected)) return actual === expected;
    return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
  }
  if (typeof actual === 'boolean' && typeof expected === 'number') return Number(actual) === expected;
  return actual === expected;
}

function showDim(dim: DeclaredDim): string {
  return dim === null ? '?' : String(dim);
}
