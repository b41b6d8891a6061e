import { describe, expect, it } from 'vitest';
import { isMissingMarker as isMissingMarkerBytes, parseIndex } from './scan.js';

const isMissingMarker = (text: string, start: number, end: number) => isMissingMarkerBytes(Buffer.from(text, 'utf8'), start, end);

describe('isMissingMarker', () => {
  it('knows what nvidia-smi prints for unavailable values', () => {
    for (const text of [' [N/A]', '[Not Supported]', '[Unknown Error]', '[GPU is lost]', 'ERR!', 'N/A', '', '  ']) {
      expect(isMissingMarker(text, 0, text.length)).toBe(true);
    }
    for (const text of ['12', 'abc', 'NVIDIA A100']) expect(isMissingMarker(text, 0, text.length)).toBe(false);
  });
});

describe('parseIndex', () => {
  const parse = (text: string) => parseIndex(Buffer.from(text), 0, text.length);
  it('reads small non-negative integers with blanks around them, and nothing else', () => {
    expect([parse('0'), parse(' 7 '), parse('\t12')]).toEqual([0, 7, 12]);
    expect(['', '-1', '1.5', 'x', 'GPU-1', '[N/A]', '1234567'].map(parse)).toEqual([-1, -1, -1, -1, -1, -1, -1]);
  });
});
