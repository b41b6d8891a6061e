import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLineChunks } from '../sdk/lines.js';
import { fileSource, readHead } from './source.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'carbon-ci-source-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readHead', () => {
  it('returns the first bytes as UTF-8 without the byte-order mark', async () => {
    const path = join(dir, 'bom.csv');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('timestamp, power.draw [W]\r\n')]));
    expect(await readHead(path)).toBe('timestamp, power.draw [W]\r\n');
  });

  it('stops at the limit and leaves out a character the limit cuts', async () => {
    const path = join(dir, 'long.txt');
    await writeFile(path, 'ab€cd');
    expect(await readHead(path, 3)).toBe('ab');
    expect(await readHead(path, 5)).toBe('ab€');
    expect(await readHead(path)).toBe('ab€cd');
  });

  it('reads 64 KiB by default', async () => {
    const path = join(dir, 'big.txt');
    await writeFile(path, 'x'.repeat(100_000));
    expect((await readHead(path)).length).toBe(65_536);
  });

  it('decodes UTF-16 with a byte-order mark, and refuses it without one, naming the file', async () => {
    const path = join(dir, 'u16.csv');
    await writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('timestamp, power.draw [W]\r\n', 'utf16le')]));
    expect(await readHead(path)).toBe('timestamp, power.draw [W]\r\n');
    expect(await readHead(path, 7)).toBe('ti');
    await writeFile(path, Buffer.from('timestamp\n', 'utf16le'));
    await expect(readHead(path)).rejects.toThrow(/u16\.csv: the file is UTF-16 encoded/);
  });
});

describe('fileSource', () => {
  it('streams the file', async () => {
    const path = join(dir, 's.txt');
    await writeFile(path, 'hello\n');
    const source = fileSource(path);
    expect(source).toMatchObject({ kind: 'file', path });
    const chunks: Buffer[] = [];
    for await (const chunk of source.open()) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe('hello\n');
  });
});

describe('open() with readLineChunks', () => {
  /** Lines of every length from 0 to 300 bytes (about 11 MB, so many chunks), and one of 200 kB, so that lines cross chunk ends in many ways. */
  function text(): string {
    const lines: string[] = [];
    for (let i = 0; i < 72000; i++) lines.push(`${i},`.padEnd(i % 301, 'x'));
    lines.splice(1234, 0, 'y'.repeat(200_000));
    return `${lines.join('\n')}\nlast line without newline`;
  }

  it('gives whole lines that add up to the file, and counts its bytes', async () => {
    const path = join(dir, 'lines2.txt');
    const content = text();
    await writeFile(path, content);
    let counted = 0;
    const chunks: { text: string; unterminatedLast: boolean }[] = [];
    for await (const chunk of readLineChunks(fileSource(path, (n) => (counted += n)).open())) chunks.push({ text: chunk.bytes.toString(), unterminatedLast: chunk.unterminatedLast });
    expect(counted).toBe(Buffer.byteLength(content));
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.map((c) => c.text).join('')).toBe(content);
    expect(chunks.slice(0, -1).every((c) => c.text.endsWith('\n') && !c.unterminatedLast)).toBe(true);
    expect(chunks.at(-1)).toEqual({ text: 'last line without newline', unterminatedLast: true });
  });
});
