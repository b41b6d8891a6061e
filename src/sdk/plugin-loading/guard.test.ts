import { describe, expect, it } from 'vitest';
import { InputError, definePlugin } from 'carbon-ci';
import type { TelemetryPlugin, TelemetryRecord } from 'carbon-ci';
import { createContext, expandRecords, textSource } from 'carbon-ci/testing';
import { PluginError } from '../../telemetry/plugin-error.js';
import { guardPlugin, type PluginIssue } from './guard.js';

const device = { id: '0' };
const power = (line: number): TelemetryRecord => ({ type: 'power', timeMs: 1_700_000_000_000 + line * 1000, device, powerW: 300, origin: { file: 'f.log', line } });

function pluginWith(read: TelemetryPlugin['read']): TelemetryPlugin {
  return definePlugin({ name: 'flaky', kind: 'telemetry', description: 'test', detect: () => 0, read });
}

/** Limits far above any test's run time, so that a loaded machine cannot turn a crash into a timeout; the timing tests pass their own. */
const RELAXED = { stallMs: 10_000, timeoutMs: 30_000 };
const TIGHT = { stallMs: 100, timeoutMs: 400 };

async function drain(plugin: TelemetryPlugin, signal?: AbortSignal, limits: { stallMs: number; timeoutMs: number } = RELAXED) {
  const issues: PluginIssue[] = [];
  const context = createContext(signal ? { signal } : {});
  const records: TelemetryRecord[] = [];
  const guarded = guardPlugin(plugin, { onIssue: (issue) => issues.push(issue), ...limits });
  for await (const batch of guarded.read(textSource('', 'f.log'), context)) records.push(...expandRecords(Array.isArray(batch) ? batch : [batch]));
  return { records, issues, warnings: context.messages.warn };
}

describe('guardPlugin', () => {
  it('keeps what came before a crash and reports the plugin, file, count and last line', async () => {
    const { records, issues } = await drain(
      pluginWith(async function* () {
        yield [power(1), power(2)];
        throw new TypeError("Cannot read properties of undefined (reading 'split')");
      }),
    );
    expect(records).toHaveLength(2);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'plugin-threw',
        plugin: 'flaky',
        file: 'f.log',
        count: 2,
        line: 2,
        message: expect.stringMatching(/plugin flaky failed on f\.log after 2 record\(s\) \(last from line 2\): Cannot read properties .*the rest of the file is missing/),
      }),
    ]);
  });

  it('lets InputErrors through unchanged: they are the input’s fault, already explained', async () => {
    const error = new InputError('bad header', { file: 'f.log', line: 1 });
    const result = await drain(
      pluginWith(async function* () {
        yield power(1);
        throw error;
      }),
    ).catch((e: unknown) => e);
    expect(result).toBe(error);
  });

  it('drops malformed records, keeps good ones, and names the first bad one', async () => {
    const { records, issues } = await drain(
      pluginWith(async function* () {
        yield [power(1), { ...power(2), powerW: '300 W' } as unknown as TelemetryRecord, power(3)];
        yield { type: 'power', timeMs: Number.NaN, device, powerW: 1 };
        yield { type: 'watts' } as unknown as TelemetryRecord;
      }),
    );
    expect(records.map((r) => r.origin?.line)).toEqual([1, 3]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'plugin-malformed-records', count: 3, line: 2 });
    expect(issues[0]!.message).toMatch(/plugin flaky yielded 3 malformed record\(s\) from f\.log, dropped; the first \(line 2\): powerW must be number: \{"type":"power".*"powerW":"300 W"/);
  });

  it('stops a plugin that stalls, keeping earlier records', async () => {
    const { records, issues } = await drain(
      pluginWith(async function* () {
        yield power(1);
        await new Promise(() => {});
      }),
      undefined,
      TIGHT,
    );
    expect(records).toHaveLength(1);
    expect(issues).toEqual([expect.objectContaining({ code: 'plugin-timeout', count: 1, message: expect.stringMatching(/plugin flaky yielded nothing for 100 ms on f\.log after 1 record/) })]);
  });

  it('stops a plugin that never ends and aborts the signal it was given', async () => {
    let sawAbort = false;
    const { records, issues } = await drain(
      pluginWith(async function* (_source, context) {
        context.signal.addEventListener('abort', () => (sawAbort = true));
        for (let line = 1; ; line++) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          yield power(line);
        }
      }),
      undefined,
      TIGHT,
    );
    expect(records.length).toBeGreaterThan(3);
    expect(issues).toEqual([expect.objectContaining({ code: 'plugin-timeout', message: expect.stringMatching(/did not finish within 400 ms/) })]);
    expect(sawAbort).toBe(true);
  });

  it('reports a read() that returns no iterable', async () => {
    const { issues } = await drain(pluginWith((() => undefined) as unknown as TelemetryPlugin['read']));
    expect(issues).toEqual([expect.objectContaining({ code: 'plugin-not-iterable', message: expect.stringMatching(/returned undefined, not an async iterable/) })]);
  });

  it('in strict mode, a crash is a PluginError naming the plugin and the file', async () => {
    const plugin = guardPlugin(
      pluginWith(async function* () {
        yield power(1);
        throw new Error('boom');
      }),
      { strict: true },
    );
    const error = await (async () => {
      for await (const _ of plugin.read(textSource('', 'f.log'), createContext())) void _;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PluginError);
    expect((error as Error).message).toMatch(/plugin flaky failed on f\.log: boom/);
  });

  it('without onIssue, issues go to the context’s warnings; a caller’s abort passes through', async () => {
    const context = createContext();
    const guarded = guardPlugin(
      pluginWith(async function* () {
        yield [{ type: 'power' } as unknown as TelemetryRecord];
      }),
    );
    for await (const _ of guarded.read(textSource('', 'f.log'), context)) void _;
    expect(context.messages.warn).toEqual([expect.stringMatching(/yielded 1 malformed record/)]);

    const controller = new AbortController();
    const aborted = drain(
      pluginWith(async function* (_source, ctx) {
        yield power(1);
        await new Promise((_resolve, reject) => ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason)));
      }),
      controller.signal,
    );
    setTimeout(() => controller.abort(new DOMException('stop', 'AbortError')), 10);
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
  });
});
