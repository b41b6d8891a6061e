import { describe, expect, it } from 'vitest';
import { isInputError } from '../shared/errors.js';
import { readLineChunks, readLines, sniffUnsupportedEncoding, type LineBatch, type LineChunk } from './lines.js';

async function* chunks(parts: (Buffer | string)[]): AsyncGenerator<Buffer | string> {
  for (const part of parts) yield part;
}

async function collect(parts: (Buffer | string)[], options?: Parameters<typeof readLines>[1]): Promise<LineBatch[]> {
  const batches: LineBatch[] = [];
  for await (const batch of readLines(chunks(parts), options)) batches.push(batch);
  return batches;
}

async function linesOf(parts: (Buffer | string)[]): Promise<string[]> {
  return (await collect(parts)).flatMap((b) => b.lines);
}

/** Every way to cut `bytes` in two. */
function splits(bytes: Buffer): Buffer[][] {
  return Array.from({ length: bytes.length + 1 }, (_, i) => [bytes.subarray(0, i), bytes.subarray(i)]);
}

describe('readLines', () => {
  it('numbers lines across batches', async () => {
    const batches = await collect(['a\nb\nc', 'd\ne\n', 'f\n']);
    expect(batches.map((b) => [b.firstLine, b.lines])).toEqual([
      [1, ['a', 'b']],
      [3, ['cd', 'e']],
      [5, ['f']],
    ]);
    expect(batches.every((b) => !b.unterminatedLast)).toBe(true);
  });

  it('flags an unterminated last line', async () => {
    const batches = await collect(['xxxx\ny']);
    expect(batches.at(-1)).toEqual({ firstLine: 2, lines: ['y'], unterminatedLast: true });
  });

  it('keeps blank lines as empty strings', async () => {
    expect(await linesOf(['a\n\n\nb\n'])).toEqual(['a', '', '', 'b']);
  });

  it('strips CRLF, also when CR and LF fall in different chunks', async () => {
    expect(await linesOf(['a\r\nb\r', '\nc\r\n'])).toEqual(['a', 'b', 'c']);
    expect(await linesOf(['a\r\nlast\r'])).toEqual(['a', 'last']);
  });

  it('strips a UTF-8 byte-order mark wherever the chunks cut it', async () => {
    const bytes = Buffer.from('\ufefftimestamp, power.draw [W]\r\n1\r\n', 'utf8');
    for (const parts of splits(bytes)) {
      expect(await linesOf(parts)).toEqual(['timestamp, power.draw [W]', '1']);
    }
    const oneByteChunks = [...bytes].map((b) => Buffer.from([b]));
    expect(await linesOf(oneByteChunks)).toEqual(['timestamp, power.draw [W]', '1']);
  });

  it('keeps multi-byte characters whole across chunk boundaries', async () => {
    const text = 'île-de-france, 5 €, 😀 ok\nzweite Zeile: größer\n';
    const bytes = Buffer.from(text, 'utf8');
    for (const parts of splits(bytes)) expect(await linesOf(parts)).toEqual(['île-de-france, 5 €, 😀 ok', 'zweite Zeile: größer']);
  });

  it('refuses UTF-16 without a byte-order mark and UTF-32, naming the file', async () => {
    const samples = [Buffer.from('timestamp\n', 'utf16le'), Buffer.from([0xff, 0xfe, 0, 0, 0x74, 0, 0, 0])];
    for (const sample of samples) {
      const error = await collect([sample], { file: 'power.csv' }).catch((e: unknown) => e);
      expect(isInputError(error)).toBe(true);
      expect((error as Error).message).toMatch(/^power\.csv: the file is UTF-(16|32) encoded/);
      expect((error as Error).message).toContain('iconv');
    }
  });

  it('decodes UTF-16 LE and BE with a byte-order mark, however the chunks cut it (odd bytes included)', async () => {
    const text = 'timestamp, power.draw [W]\r\n2024/01/01 00:00:00.000, 1 W\r\nÎle 😀 €\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    const expected = ['timestamp, power.draw [W]', '2024/01/01 00:00:00.000, 1 W', 'Île 😀 €'];
    for (const bytes of [le, be]) {
      for (const parts of splits(bytes)) expect(await linesOf(parts)).toEqual(expected);
      expect(await linesOf([...bytes].map((b) => Buffer.from([b])))).toEqual(expected);
      const three = [bytes.subarray(0, 7), bytes.subarray(7, 31), bytes.subarray(31)];
      expect(await linesOf(three)).toEqual(expected);
    }
    const noNewline = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\nb', 'utf16le')]);
    expect(await collect([noNewline])).toEqual([{ firstLine: 1, lines: ['a', 'b'], unterminatedLast: true }]);
  });

  it('reads files shorter than the sniffing window', async () => {
    expect(await linesOf(['a\n'])).toEqual(['a']);
    expect(await collect(['ab'])).toEqual([{ firstLine: 1, lines: ['ab'], unterminatedLast: true }]);
    expect(await collect([])).toEqual([]);
  });

  it('refuses a line longer than the limit (a binary or one-line JSON file)', async () => {
    await expect(collect(['x'.repeat(50), 'y'.repeat(50)], { file: 'big.json', maxLineChars: 64 })).rejects.toThrow(
      /big\.json:1: line is longer than 64 characters/,
    );
    await expect(collect(['ok\n', 'z'.repeat(100) + '\n'], { maxLineChars: 64 })).rejects.toThrow(/:?2?.*longer than 64/);
  });

  it('accepts strings as chunks', async () => {
    expect(await linesOf(['ä\n', 'b'])).toEqual(['ä', 'b']);
  });
});

describe('sniffUnsupportedEncoding', () => {
  it('lets UTF-8 and ASCII through', () => {
    expect(sniffUnsupportedEncoding(Buffer.from('timestamp, power.draw [W]'))).toBeUndefined();
    expect(sniffUnsupportedEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x74]))).toBeUndefined();
  });
});

async function chunkList(parts: (Buffer | string)[], options?: Parameters<typeof readLineChunks>[1]): Promise<LineChunk[]> {
  const out: LineChunk[] = [];
  for await (const chunk of readLineChunks(chunks(parts), options)) out.push(chunk);
  return out;
}

describe('readLineChunks', () => {
  it('yields whole lines only, however the stream is cut', async () => {
    const text = 'timestamp, power.draw [W]\r\n2024/01/01 00:00:00.000, 1 W\r\n2024/01/01 00:00:01.000, 2 W\n';
    const bytes = Buffer.from(text);
    for (const parts of splits(bytes)) {
      const got = await chunkList(parts);
      expect(got.every((c) => c.bytes[c.bytes.length - 1] === 10 && !c.unterminatedLast)).toBe(true);
      expect(Buffer.concat(got.map((c) => c.bytes)).toString()).toBe(text);
    }
  });

  it('strips the byte-order mark wherever the chunks cut it', async () => {
    const bytes = Buffer.from('\ufeffa, b\n1, 2\n');
    for (const parts of splits(bytes)) {
      expect(Buffer.concat((await chunkList(parts)).map((c) => c.bytes)).toString()).toBe('a, b\n1, 2\n');
    }
    expect(await chunkList([Buffer.from([0xef, 0xbb, 0xbf])])).toEqual([]);
  });

  it('flags an unterminated last line', async () => {
    const got = await chunkList(['abcd\nef']);
    expect(got.map((c) => [c.bytes.toString(), c.unterminatedLast])).toEqual([
      ['abcd\n', false],
      ['ef', true],
    ]);
    expect((await chunkList(['ab'])).map((c) => [c.bytes.toString(), c.unterminatedLast])).toEqual([['ab', true]]);
  });

  it('gives UTF-16 with a byte-order mark as UTF-8 lines, however it is cut; refuses it without a mark', async () => {
    const text = 'a, b\r\n1, 2 😀\n3, 4';
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    ]) {
      for (const parts of [...splits(bytes), [...bytes].map((b) => Buffer.from([b]))]) {
        const got = await chunkList(parts);
        expect(Buffer.concat(got.map((c) => c.bytes)).toString('utf8')).toBe(text);
        expect(got.slice(0, -1).every((c) => c.bytes[c.bytes.length - 1] === 10)).toBe(true);
        expect(got.at(-1)!.unterminatedLast).toBe(true);
      }
    }
    expect(await chunkList([Buffer.from([0xff, 0xfe])])).toEqual([]);
    await expect(chunkList([Buffer.from('ab\n', 'utf16le')], { file: 'w.csv' })).rejects.toThrow(/^w\.csv: the file is UTF-16 encoded/);
  });

  it('refuses a line longer than the limit', async () => {
    await expect(chunkList(['x'.repeat(40), 'y'.repeat(40)], { file: 'one.json', maxLineChars: 64 })).rejects.toThrow(
      /^one\.json: a line starting at byte 0 is longer than 64 bytes/,
    );
  });
});
