import { describe, expect, it } from 'vitest';
import { fromFloat16Bits, toFloat16Bits } from '../float16.js';

describe('float16', () => {
  it('encodes exactly representable values to their known bits', () => {
    expect(toFloat16Bits(1)).toBe(0x3c00);
    expect(toFloat16Bits(-2)).toBe(0xc000);
    expect(toFloat16Bits(0.5)).toBe(0x3800);
    expect(toFloat16Bits(65504)).toBe(0x7bff);
    expect(toFloat16Bits(0)).toBe(0);
    expect(toFloat16Bits(2 ** -24)).toBe(0x0001);
  });

  it('rounds to nearest even, overflows to infinity and keeps NaN', () => {
    expect(toFloat16Bits(1 + 2 ** -11)).toBe(0x3c00); // halfway: to even
    expect(toFloat16Bits(1 + 3 * 2 ** -11)).toBe(0x3c02); // halfway: to even (up)
    expect(toFloat16Bits(70000)).toBe(0x7c00);
    expect(toFloat16Bits(-Infinity)).toBe(0xfc00);
    expect(Number.isNaN(fromFloat16Bits(toFloat16Bits(NaN)))).toBe(true);
    expect(toFloat16Bits(2 ** -26)).toBe(0);
  });

  it('decodes back to the same value for every finite half', () => {
    const wrong: number[] = [];
    let checked = 0;
    for (let bits = 0; bits < 0x10000; bits++) {
      const value = fromFloat16Bits(bits);
      if (!Number.isFinite(value)) continue;
      checked++;
      if (toFloat16Bits(value) !== bits) wrong.push(bits);
    }
    expect(checked).toBe(0x10000 - 2 * 0x400);
    expect(wrong).toEqual([]);
  });
});
