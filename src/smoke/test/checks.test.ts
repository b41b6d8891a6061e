import type { Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { checkExpectedOutputs, checkOutputDtypes, checkOutputShapes, checkOutputsFinite } from '../checks.js';
import { toFloat16Bits } from '../float16.js';
import type { DeclaredValue, ExpectedOutputs } from '../types.js';
import { testRuntime } from './helpers.js';

const ort = testRuntime();
const f32 = (data: number[], dims: number[]): Tensor => new ort.Tensor('float32', Float32Array.from(data), dims);

describe('outputs-finite', () => {
  it('passes finite floats and ignores integer outputs', () => {
    const check = checkOutputsFinite({ y: f32([1, 2], [2]), ids: new ort.Tensor('int64', BigInt64Array.from([1n]), [1]) });
    expect(check).toMatchObject({ name: 'outputs-finite', passed: true });
  });

  it('fails on NaN and infinities, float16 included, counting them', () => {
    const check = checkOutputsFinite({
      y: f32([NaN, Infinity, 1], [3]),
      h: new ort.Tensor('float16', Uint16Array.from([toFloat16Bits(1), 0x7c00]), [2]),
    });
    expect(check.passed).toBe(false);
    expect(check.message).toContain('"y" has 1 NaN and 1 infinite of 3 values');
    expect(check.message).toContain('"h" has 0 NaN and 1 infinite of 2 values');
  });
});

describe('output-shapes', () => {
  const declared: DeclaredValue[] = [{ name: 'y', dtype: 'float32', dims: ['batch', 3] }];

  it('passes when fixed dims match and a named dim equals the size the inputs gave it', () => {
    expect(checkOutputShapes({ y: f32(new Array(6).fill(0), [2, 3]) }, declared, new Map([['batch', 2]])).passed).toBe(true);
  });

  it('fails on a fixed dim, a named dim or the rank differing', () => {
    const sizes = new Map([['batch', 2]]);
    expect(checkOutputShapes({ y: f32(new Array(4).fill(0), [2, 2]) }, declared, sizes).message).toBe(
      '"y" is [2, 2] but the model declares [batch, 3]',
    );
    expect(checkOutputShapes({ y: f32(new Array(3).fill(0), [1, 3]) }, declared, sizes).passed).toBe(false);
    expect(checkOutputShapes({ y: f32(new Array(3).fill(0), [3]) }, declared, sizes).passed).toBe(false);
  });

  it('lets unnamed and unbound dynamic dims take any size', () => {
    const loose: DeclaredValue[] = [{ name: 'y', dtype: 'float32', dims: [null, 'other'] }];
    expect(checkOutputShapes({ y: f32(new Array(10).fill(0), [5, 2]) }, loose, new Map()).passed).toBe(true);
  });
});

describe('output-dtypes', () => {
  it('passes matching types and fails a mismatch, naming both', () => {
    const declared: DeclaredValue[] = [{ name: 'y', dtype: 'float32', dims: [2] }];
    expect(checkOutputDtypes({ y: f32([1, 2], [2]) }, declared).passed).toBe(true);
    const wrong = checkOutputDtypes({ y: new ort.Tensor('float64', Float64Array.from([1, 2]), [2]) }, declared);
    expect(wrong).toMatchObject({ passed: false, message: '"y" is float64 but the model declares float32' });
  });
});

describe('expected-outputs', () => {
  const expected = (data: ExpectedOutputs['outputs'][string]['data'], atol = 1e-3, rtol = 0): ExpectedOutputs => ({
    atol,
    rtol,
    file: 'expected.json',
    outputs: { y: { shape: [3], data } },
  });

  it('passes within atol + rtol·|expected| and fails beyond it', () => {
    const y = f32([1, 2, 3], [3]);
    expect(checkExpectedOutputs({ y }, expected([1.0009, 2, 3])).passed).toBe(true);
    const failed = checkExpectedOutputs({ y }, expected([1.002, 2, 3]));
    expect(failed.passed).toBe(false);
    expect(failed.message).toMatch(/"y": 1 of 3 values differ; first at index 0/);
    expect(checkExpectedOutputs({ y }, expected([1.1, 2.2, 3.3], 0, 0.1)).passed).toBe(true);
  });

  it('treats NaN as equal to NaN only', () => {
    const y = f32([NaN, 2, 3], [3]);
    expect(checkExpectedOutputs({ y }, expected([NaN, 2, 3])).passed).toBe(true);
    expect(checkExpectedOutputs({ y }, expected([1, 2, 3])).passed).toBe(false);
  });

  it('fails on a missing output or a shape that differs', () => {
    const missing: ExpectedOutputs = { atol: 0, rtol: 0, file: 'e.json', outputs: { z: { data: [1] } } };
    expect(checkExpectedOutputs({ y: f32([1, 2, 3], [3]) }, missing).message).toMatch(/the model has no output "z"/);
    expect(checkExpectedOutputs({ y: f32([1, 2, 3, 4], [4]) }, expected([1, 2, 3])).message).toMatch(/is \[4\], expected \[3\]/);
  });

  it('compares int64 outputs exactly, beyond 2^53 too', () => {
    const big = 2n ** 60n + 1n;
    const y = new ort.Tensor('int64', BigInt64Array.from([big, 2n, 3n]), [3]);
    expect(checkExpectedOutputs({ y }, expected([big, 2, 3], 0)).passed).toBe(true);
    expect(checkExpectedOutputs({ y }, expected([big - 1n, 2, 3], 0)).passed).toBe(false);
  });
});
