import { describe, expect, it } from 'vitest';
import { isMissingMarker as isMissingMarkerBytes } from './scan.js';

const isMissingMarker = (text: string, start: number, end: number) => isMissingMarkerBytes(Buffer.from(text, 'utf8'), start, end);

describe('isMissingMarker', () => {
  it('knows what nvidia-smi prints for unavailable values', () => {
    for (const text of [' [N/A]', '[Not Supported]', '[Unknown Error]', '[GPU is lost]', 'ERR!', 'N/A', '', '  ']) {
      expect(isMissingMarker(text, 0, text.length)).toBe(true);
    }
    for (const text of ['12', 'abc', 'NVIDIA A100']) expect(isMissingMarker(text, 0, text.length)).toBe(false);
  });
});
