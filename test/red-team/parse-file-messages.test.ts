// Red team, parsing: files that are not plain-text logs, or not files at all, got generic or wrong
// messages ("could not tell the format", "the file is empty (0 bytes)", "cannot read the file (ELOOP)").
// Each must get an InputError that names the file, says what it is, and how to fix it; a log with
// CR-only line ends (classic Mac OS) is read as the same log with LF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { isInputError, readLineChunks, readLines } from 'carbon-ci';
import type { InputError } from 'carbon-ci';
import { builtinPlugins } from '../../plugins/index.js';
import { pluginForFile, readTelemetry } from '../../src/telemetry/read.js';

const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NVIDIA = 'timestamp, index, power.draw [W]\n2024/01/01 00:00:00.000, 0, 250.00 W\n2024/01/01 00:00:01.000, 0, 260.00 W\n';
const CODECARBON =
  'timestamp,project_name,run_id,duration,emissions,gpu_energy,gpu_count,gpu_model\n' +
  '2025-06-01T00:00:30,llm,run-a,30,0.0001,0.002,1,NVIDIA A100-SXM4-80GB\n2025-06-01T00:01:00,llm,run-a,60,0.0002,0.004,1,NVIDIA A100-SXM4-80GB\n';

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    if (isInputError(error)) return error;
    throw error;
  }
  throw new Error('expected an InputError, got none');
}

async function recordsOf(path: string) {
  const records = [];
  const log = { warn: () => {}, info: () => {}, debug: () => {} };
  for await (const batch of readTelemetry([path], { plugins: builtinPlugins, timeZone: 'UTC', log })) records.push(...batch.records);
  return records;
}

describe('files that are not plain-text logs', () => {
  it('a gzip-compressed log: named, with the command that decompresses it (auto, a named plugin, and the SDK readers)', async () => {
    const path = file('power.csv.gz', gzipSync(NVIDIA));
    for (const plugin of [undefined, 'nvidia-smi']) {
      const error = await inputError(pluginForFile(path, { plugins: builtinPlugins, plugin }));
      expect(error.file).toBe(path);
      expect(error.message).toMatch(/this file is gzip-compressed/);
      expect(error.hint).toContain(`gunzip -k ${path}`);
    }
    const stream = () => Readable.from([gzipSync(NVIDIA)]);
    expect((await inputError(readLines(stream(), { file: 'x.gz' }).next())).message).toMatch(/gzip-compressed/);
    expect((await inputError(readLineChunks(stream(), { file: 'x.gz' }).next())).message).toMatch(/gzip-compressed/);
  });

  it.runIf(process.platform !== 'win32')('a FIFO: carbon-ci reads files, not pipes', async () => {
    const path = join(dir, 'power.fifo');
    execFileSync('mkfifo', [path]);
    const error = await inputError(pluginForFile(path, { plugins: builtinPlugins }));
    expect(error.file).toBe(path);
    expect(error.message).toMatch(/FIFO \(named pipe\): carbon-ci reads files, not pipes/);
    expect(error.hint).toMatch(/write the log to a regular file/);
  });

  it.runIf(process.platform !== 'win32')('a character device: named as such, not "empty"', async () => {
    const error = await inputError(pluginForFile('/dev/null', { plugins: builtinPlugins }));
    expect(error.file).toBe('/dev/null');
    expect(error.message).toMatch(/character device, not a file/);
    expect(error.message).not.toMatch(/empty/);
  });

  it('a loop of symbolic links: named as such, with how to find it', async () => {
    const a = join(dir, 'loop-a.csv');
    const b = join(dir, 'loop-b.csv');
    symlinkSync(b, a);
    symlinkSync(a, b);
    const error = await inputError(pluginForFile(a, { plugins: builtinPlugins }));
    expect(error.file).toBe(a);
    expect(error.message).toMatch(/loop of symbolic links \(ELOOP\)/);
    expect(error.hint).toContain(`readlink -f ${a}`);
  });
});

describe('CR-only line ends (classic Mac OS)', () => {
  it('are read as line ends: the same records as with LF, nvidia-smi and CodeCarbon, detected automatically', async () => {
    for (const [name, text] of [['power.csv', NVIDIA], ['emissions.csv', CODECARBON]] as const) {
      const lfFile = file(`lf-${name}`, text);
      const crFile = file(`cr-${name}`, text.replaceAll('\n', '\r'));
      const lf = JSON.stringify(await recordsOf(lfFile)).replaceAll(lfFile, 'FILE');
      const cr = JSON.stringify(await recordsOf(crFile)).replaceAll(crFile, 'FILE');
      expect(lf).toMatch(/"energyJ":|"powerW":/);
      expect(cr).toEqual(lf);
    }
  });

  it('readLines gives the lines, whatever the chunks', async () => {
    const lines: string[] = [];
    for await (const batch of readLines(Readable.from([Buffer.from('a,b\rc'), Buffer.from(',d\re,f\r')]))) lines.push(...batch.lines);
    expect(lines).toEqual(['a,b', 'c,d', 'e,f']);
  });
});
