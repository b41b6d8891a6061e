import { describe, expect, it } from 'vitest';
import { seededRandom, synthesizeInputs } from '../synthesize.js';
import type { DeclaredValue } from '../types.js';

const base = { batchSize: 4, dims: {}, seed: 42, modelPath: 'model.onnx' };

describe('synthesizeInputs', () => {
  const declared: DeclaredValue[] = [
    { name: 'ids', dtype: 'int64', dims: ['batch', 'sequence'] },
    { name: 'mask', dtype: 'bool', dims: ['batch', 'sequence'] },
    { name: 'scale', dtype: 'float32', dims: [null, 2] },
    { name: 'half', dtype: 'float16', dims: [3] },
  ];

  it('gives the same tensors for the same seed and different ones for another seed', () => {
    const a = synthesizeInputs(declared, base);
    const b = synthesizeInputs(declared, base);
    const c = synthesizeInputs(declared, { ...base, seed: 7 });
    expect(a).toEqual(b);
    expect(a.scale!.data).not.toEqual(c.scale!.data);
  });

  it('sizes the leading dynamic dimension by the batch size, named ones by --dim, others 1', () => {
    const tensors = synthesizeInputs(declared, { ...base, dims: { sequence: 16 } });
    expect(tensors.ids!.shape).toEqual([4, 16]);
    expect(tensors.mask!.shape).toEqual([4, 16]);
    expect(tensors.scale!.shape).toEqual([4, 2]);
    expect(tensors.half!.shape).toEqual([3]);
    expect(synthesizeInputs(declared, base).ids!.shape).toEqual([4, 1]);
  });

  it('draws values of the declared type in the documented ranges', () => {
    const tensors = synthesizeInputs(declared, { ...base, dims: { sequence: 64 } });
    expect(tensors.ids!.data.every((v) => typeof v === 'bigint' && v >= 0n && v < 10n)).toBe(true);
    expect(tensors.mask!.data.every((v) => typeof v === 'boolean')).toBe(true);
    expect(new Set(tensors.mask!.data).size).toBe(2);
    expect(tensors.scale!.data.every((v) => typeof v === 'number' && v >= -1 && v < 1)).toBe(true);
  });

  it('refuses an input without a declared shape, asking for an inputs file', () => {
    expect(() => synthesizeInputs([{ name: 'x', dtype: 'float32', dims: null }], base)).toThrow(/declares no shape/);
  });
});

describe('seededRandom', () => {
  it('is uniform enough on [0, 1)', () => {
    const random = seededRandom(1);
    const values = Array.from({ length: 10_000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 1);
  });
});
