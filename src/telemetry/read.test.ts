import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, isInputError } from '../shared/errors.js';
import { PluginError } from './plugin-error.js';
import { definePlugin, type TelemetryPlugin } from '../sdk/plugin.js';
import { readTelemetry, type TelemetryBatch } from './read.js';
import type { DeviceRef, PowerRecord } from '../sdk/records.js';

let dir: string;
const device: DeviceRef = { id: 'gpu0' };
const power = (timeMs: number): PowerRecord => ({ type: 'power', timeMs, device, powerW: 100 });
const log = { debug: () => {}, info: () => {}, warn: () => {} };

function plugin(name: string, read: TelemetryPlugin['read'], detect = 1): TelemetryPlugin {
  return definePlugin({ name, kind: 'telemetry', description: name, detect: (input) => (input.head.startsWith(name) ? detect : 0), read });
}

async function collect(files: string[], plugins: TelemetryPlugin[], extra: Partial<Parameters<typeof readTelemetry>[1]> = {}) {
  const batches: TelemetryBatch[] = [];
  for await (const batch of readTelemetry(files, { plugins, timeZone: 'UTC', log, ...extra })) batches.push(batch);
  return batches;
}

async function file(name: string, text: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'carbon-ci-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readTelemetry', () => {
  it('reads each file with the plugin that detects it, passing arrays through as batches', async () => {
    const a = await file('a.log', 'alpha\n');
    const b = await file('b.log', 'beta\n');
    const alpha = plugin('alpha', async function* () {
      yield [power(1), power(2)];
      yield [];
      yield [power(3)];
    });
    const beta = plugin('beta', async function* () {
      yield [power(10)];
    });
    const batches = await collect([a, b], [alpha, beta]);
    expect(batches.map((x) => [x.plugin, x.file, x.records.map((r) => (r as PowerRecord).timeMs)])).toEqual([
      ['alpha', a, [1, 2]],
      ['alpha', a, [3]],
      ['beta', b, [10]],
    ]);
  });

  it('gathers records yielded one by one into batches, in order', async () => {
    const path = await file('singles.log', 'singles\n');
    const singles = plugin('singles', async function* () {
      for (let i = 0; i < 5000; i++) yield power(i);
      yield [power(5000)];
      yield power(5001);
    });
    const batches = await collect([path], [singles]);
    const times = batches.flatMap((x) => x.records.map((r) => (r as PowerRecord).timeMs));
    expect(times).toEqual(Array.from({ length: 5002 }, (_, i) => i));
    expect(batches.length).toBeGreaterThan(2);
    expect(Math.max(...batches.map((x) => x.records.length))).toBeLessThanOrEqual(4096);
  });

  it('gives the plugin the time zone, options, a logger and a signal', async () => {
    const path = await file('ctx.log', 'ctx\n');
    let seen: unknown;
    const ctx = plugin('ctx', async function* (_source, context) {
      seen = { zone: context.localTimeZone(), options: context.options, aborted: context.signal.aborted };
      context.log.warn('hello');
      yield* [];
    });
    const warnings: string[] = [];
    await collect([path], [ctx], { timeZone: 'Europe/Berlin', pluginOptions: { ctx: { x: 1 }, other: { y: 2 } }, log: { ...log, warn: (m) => warnings.push(m) } });
    expect(seen).toEqual({ zone: 'Europe/Berlin', options: { x: 1 }, aborted: false });
    expect(warnings).toEqual(['hello']);
  });

  it('refuses an empty file and a file of blank lines, with a hint', async () => {
    const empty = await file('empty.csv', '');
    const blank = await file('blank.csv', '\n\r\n  \n');
    const any = plugin('any', async function* () {});
    await expect(collect([empty], [any])).rejects.toThrow(/empty\.csv: the file is empty \(0 bytes\)\n {2}fix: the logger wrote nothing/);
    await expect(collect([blank], [any])).rejects.toThrow(/blank\.csv: the file is empty \(only blank lines\)/);
  });

  it('refuses an unknown time zone before reading', async () => {
    await expect(collect([], [], { timeZone: 'Moon/Base' })).rejects.toThrow(/unknown time zone "Moon\/Base"[\s\S]*IANA/);
  });

  it('refuses a UTF-16 file without a byte-order mark before detection', async () => {
    const path = await file('u16.csv', Buffer.from('timestamp\n', 'utf16le'));
    const error = await collect([path], [plugin('timestamp', async function* () {})]).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as InputError).file).toBe(path);
  });

  it('passes InputErrors through, adding the file where the plugin left it out', async () => {
    const path = await file('bad.log', 'bad\n');
    const withFile = plugin('bad', async function* () {
      yield* [];
      throw new InputError('broken row', { file: 'elsewhere.csv', line: 3 });
    });
    await expect(collect([path], [withFile])).rejects.toThrow(/^elsewhere\.csv:3: broken row/);
    const withoutFile = plugin('bad', async function* () {
      yield [power(1)];
      throw new InputError('broken row', { line: 7 });
    });
    const error = (await collect([path], [withoutFile]).catch((e: unknown) => e)) as InputError;
    expect(isInputError(error)).toBe(true);
    expect(error.file).toBe(path);
    expect(error.line).toBe(7);
  });

  it('wraps other plugin failures in a PluginError naming the plugin and the file', async () => {
    const path = await file('bug.log', 'bug\n');
    const buggy = plugin('bug', async function* () {
      yield* [];
      throw new TypeError('x is undefined');
    });
    const error = (await collect([path], [buggy]).catch((e: unknown) => e)) as PluginError;
    expect(error).toBeInstanceOf(PluginError);
    expect(isInputError(error)).toBe(false);
    expect(error.message).toBe(`plugin bug failed on ${path}: x is undefined`);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('turns a file that cannot be opened into an InputError', async () => {
    const any = plugin('any', async function* () {});
    await expect(collect([join(dir, 'missing.csv')], [any])).rejects.toThrow(/missing\.csv: cannot read the file \(ENOENT\)/);
    await expect(collect([dir], [any])).rejects.toThrow(/is a directory/);
  });

  it('stops when the signal aborts', async () => {
    const path = await file('long.log', 'long\n');
    const controller = new AbortController();
    const long = plugin('long', async function* () {
      for (let i = 0; ; i++) yield [power(i)];
    });
    const batches: TelemetryBatch[] = [];
    const run = (async () => {
      for await (const batch of readTelemetry([path], { plugins: [long], timeZone: 'UTC', log, signal: controller.signal })) {
        batches.push(batch);
        if (batches.length === 3) controller.abort();
      }
    })();
    await expect(run).rejects.toThrow(/abort/i);
    expect(batches).toHaveLength(3);
  });

  it('closes the plugin when the consumer stops early', async () => {
    const path = await file('early.log', 'early\n');
    let closed = false;
    const early = plugin('early', async function* () {
      try {
        for (let i = 0; ; i++) yield [power(i)];
      } finally {
        closed = true;
      }
    });
    for await (const _batch of readTelemetry([path], { plugins: [early], timeZone: 'UTC', log })) break;
    expect(closed).toBe(true);
  });
});
