import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { expectInputError, textSource } from './testing.js';
import { readText } from './text.js';

// Three bytes at a time, so that UTF-16 characters are cut between chunks.
const bytesSource = (bytes: Buffer, path = 'doc.json') => ({
  ...textSource('', path),
  open: () => Readable.from(Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) => bytes.subarray(i * 3, i * 3 + 3))),
});

describe('readText', () => {
  it('reads the whole text, dropping a BOM, and decodes UTF-16 with a BOM', async () => {
    expect(await readText(textSource('\uFEFF{"a": 1}', 'doc.json'), { maxBytes: 100 })).toBe('{"a": 1}');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"é": 2}', 'utf16le')]);
    expect(await readText(bytesSource(utf16), { maxBytes: 100 })).toBe('{"é": 2}');
  });

  it('cuts a head at maxBytes, and refuses a document past it with the file and the hint', async () => {
    expect(await readText(textSource('abcdefghij', 'a.txt'), { maxBytes: 4 })).toBe('abcd');
    await expectInputError(readText(textSource('x'.repeat(2 * 1024 * 1024), 'big.json'), { maxBytes: 1024 * 1024, tooLarge: { what: 'the JSON export', hint: 'export less' } }), {
      message: 'the JSON export is larger than 1 MiB',
      file: 'big.json',
      hint: 'export less',
    });
  });
});
