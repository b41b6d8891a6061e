import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../shared/errors.js';
import { readHead } from '../telemetry/source.js';
import { detectInput, expectInputError, fileSource, textSource } from './testing.js';

const bad = () => {
  throw new InputError('bad "t" in line', { file: 'power.jsonl', line: 2, hint: 't is an ISO 8601 time' });
};

describe('expectInputError', () => {
  it('returns the InputError that a function or a promise throws, when it matches', async () => {
    const error = await expectInputError(bad, { message: /bad "t"/, file: 'power.jsonl', line: 2, hint: 'ISO 8601' });
    expect(error.line).toBe(2);
    await expect(expectInputError(Promise.reject(new InputError('x', { hint: 'h' })), { hint: true })).resolves.toBeInstanceOf(InputError);
  });

  it('fails when nothing is thrown, when another error is, or when the error differs', async () => {
    await expect(expectInputError(() => 1)).rejects.toThrow(/nothing was thrown/);
    await expect(expectInputError(Promise.reject(new TypeError('oops')))).rejects.toThrow(/got TypeError: oops/);
    await expect(expectInputError(bad, { line: 3, file: 'other.jsonl' })).rejects.toThrow(/file "power.jsonl", expected "other.jsonl"\n {2}line 2, expected 3/);
    await expect(expectInputError(() => Promise.reject(new InputError('no hint')), { hint: true })).rejects.toThrow(/hint undefined/);
  });
});

describe('detectInput', () => {
  const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

  it('shows detect a UTF-16LE file with a byte-order mark as carbon-ci does: no mark, CR-only line ends as LF', async () => {
    const { head } = await detectInput(textSource(utf16le('time,power_W\r2025-03-04T10:00:00Z,61.5\r'), 'ps.csv'));
    expect(head).toBe('time,power_W\n2025-03-04T10:00:00Z,61.5\n');
  });

  it('gives the head that carbon-ci reads of the same file, byte for byte', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'carbon-ci-detect-input-'));
    try {
      const files: Record<string, Buffer> = {
        'utf16le-crlf.csv': utf16le('time,power_W\r\n2025-03-04T10:00:00Z,61.5\r\n'),
        'utf16le-cr.csv': utf16le('time,power_W\r2025-03-04T10:00:00Z,61.5\r'),
        'utf16le-cut.csv': utf16le('é'.repeat(40_000)),
        'utf8-bom.csv': Buffer.from('\uFEFFtime,power_W\n2025-03-04T10:00:00Z,61.5\n', 'utf8'),
        'utf8-cut.csv': Buffer.from(`${'a'.repeat(65_535)}é`, 'utf8'),
      };
      for (const [name, bytes] of Object.entries(files)) {
        const path = join(dir, name);
        await writeFile(path, bytes);
        expect((await detectInput(fileSource(path))).head, name).toBe(await readHead(path));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses what carbon-ci refuses, with its error', async () => {
    await expectInputError(detectInput(textSource(gzipSync('time,power_W\n'), 'power.csv.gz')), { file: 'power.csv.gz', message: /gzip/, hint: /decompress/ });
    await expectInputError(detectInput(textSource(Buffer.from('time', 'utf16le'), 'nobom.csv')), { file: 'nobom.csv', message: /UTF-16/, hint: /iconv/ });
  });
});
