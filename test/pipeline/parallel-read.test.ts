// Reading on worker threads (whole files, and large files in parts) gives the report of reading in
// one thread: the same energy to the last bit, the same coverage, gaps, chart and warnings, in the
// same order. The thresholds are lowered so that small files take the parallel paths.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinPlugins } from '../../plugins/index.js';
import { dcgmExporterChunks, dcgmiDmonChunks } from '../../bench/generate.mjs';
import { nvidiaSmiLogChunks, prng } from '../../scripts/make-example.mjs';
import type { DataWarning } from '../../src/energy/types.js';
import { partShares, readFilesInto, type ReadFilesOptions } from '../../src/pipeline/parallel/read-files.js';
import { energyAccumulator } from '../../src/pipeline/parallel/read-unit.js';
import { runReport } from '../../src/pipeline/index.js';
import { collectingLogger } from '../../src/pipeline/warnings.js';
import { definePlugin } from '../../src/sdk/index.js';
import { isInputError } from '../../src/telemetry/errors.js';
import type { TelemetryPlugin } from '../../src/telemetry/plugin.js';

const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A 4-GPU log of `hours`, with the example's idle, warm-up, training, eval and stall phases and its gap. */
function log(name: string, hours: number, seed = 7): string {
  const path = join(dir, name);
  writeFileSync(path, [...nvidiaSmiLogChunks({ gpus: 4, durationS: hours * 3600, seed })].join(''));
  return path;
}

const BIG = log('big.csv', 3);
const SIZE = readFileSync(BIG).length;

async function read(files: string[], overrides: Partial<ReadFilesOptions> = {}) {
  const warnings: DataWarning[] = [];
  const debug: string[] = [];
  const accumulator = energyAccumulator('auto');
  const used = await readFilesInto(accumulator, files, {
    plugins: builtinPlugins,
    plugin: undefined,
    timeZone: 'UTC',
    maxGapS: 'auto',
    pluginOptions: {},
    log: collectingLogger(warnings, 'telemetry', { debug: (m) => debug.push(m), info() {}, warn() {} }, files),
    parallelMinBytes: 0,
    partMinBytes: Math.floor(SIZE / 5),
    ...overrides,
  });
  const outcome = accumulator.finish();
  return { debug, used: [...used], devices: outcome.devices, warnings: [...warnings, ...outcome.warnings], powerSeries: outcome.powerSeries };
}

function expectSameReading(parallel: Awaited<ReturnType<typeof read>>, serial: Awaited<ReturnType<typeof read>>): void {
  // Energy is summed in whole microjoules (src/energy/exact-sum.ts): identical to the last bit.
  expect(parallel.devices).toEqual(serial.devices);
  expect(parallel.warnings).toEqual(serial.warnings);
  expect(parallel.used).toEqual(serial.used);
  expect(parallel.powerSeries).toEqual(serial.powerSeries);
}

describe('reading on worker threads', { timeout: 120_000 }, () => {
  it('reads a large file in parts on two threads, and gets the report of one thread (gaps included)', async () => {
    const serial = await read([BIG], { workers: 1 });
    expect(serial.devices).toHaveLength(4);
    expect(serial.devices.some((d) => d.gaps.length > 0)).toBe(true);
    let counted = 0;
    const parallel = await read([BIG], { workers: 2, onBytes: (bytes) => (counted += bytes) });
    expect(parallel.debug).toContain('reading 2 parts of 1 file(s) on 2 threads');
    // Every byte of the rows once; the header is read by each part.
    const header = readFileSync(BIG, 'utf8').indexOf('\n') + 1;
    expect(counted).toBe(SIZE - header);
    expect(parallel.debug.join('\n')).not.toContain('read again');
    expectSameReading(parallel, serial);
  });

  it('cuts a large file in parts of three sizes, largest first, that the threads take as they are free; the report is one thread\'s', async () => {
    const parallel = await read([BIG], { workers: 2, partMinBytes: Math.floor(SIZE / 10) });
    expect(parallel.debug).toContain('reading 6 parts of 1 file(s) on 2 threads');
    expect(parallel.debug.join('\n')).not.toContain('read again');
    expectSameReading(parallel, await read([BIG], { workers: 1 }));
    const shares = partShares(2, 1e9, 64 * 1024 * 1024);
    expect(shares).toEqual([0.35, 0.35, 0.1, 0.1, 0.05, 0.05]);
    // A file too small for parts of a quarter of the least size: equal parts.
    expect(partShares(2, 200e6, 64 * 1024 * 1024)).toEqual([0.5, 0.5]);
  });

  it('reads one file that is not cut in parts in this thread, straight into the accumulator (no thread would help)', async () => {
    const parallel = await read([BIG], { workers: 2, partMinBytes: SIZE });
    expect(parallel.debug.filter((line) => line.startsWith('reading '))).toEqual([]);
    expectSameReading(parallel, await read([BIG], { workers: 1 }));
    // Two such files still go one per thread.
    const two = await read([BIG, log('big2.csv', 2, 11)], { workers: 2, partMinBytes: SIZE });
    expect(two.debug).toContain('reading 2 parts of 2 file(s) on 2 threads');
  });

  it('gives the same result with four parts as with two', async () => {
    const parallel = await read([BIG], { workers: 4 });
    expect(parallel.debug).toContain('reading 4 parts of 1 file(s) on 4 threads');
    expect(parallel.debug.join('\n')).not.toContain('read again');
    expectSameReading(parallel, await read([BIG], { workers: 1 }));
  });

  it('reads several files, of several formats, one per thread', async () => {
    const others = [log('a.csv', 1, 11), log('b.csv', 1, 12), join(process.cwd(), 'plugins/codecarbon/fixtures/v3.3.0-flushed-run.csv')];
    const serial = await read(others, { workers: 1 });
    expect(serial.used).toContain('codecarbon');
    const parallel = await read(others, { workers: 2, partMinBytes: SIZE });
    expect(parallel.debug).toContain('reading 3 parts of 3 file(s) on 2 threads');
    expect(parallel.debug.join('\n')).not.toContain('read again');
    expectSameReading(parallel, serial);
  });

  it('reads DCGM exporter scrapes and dcgmi dmon logs in parts too', async () => {
    for (const [name, chunks] of [
      ['scrapes.prom', dcgmExporterChunks({ targetBytes: 3_000_000 })],
      ['dmon.log', dcgmiDmonChunks({ targetBytes: 3_000_000 })],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, [...chunks].join(''));
      const serial = await read([path], { workers: 1 });
      expect(serial.used).toEqual(['dcgm']);
      const parallel = await read([path], { workers: 2, partMinBytes: 1_000_000 });
      expect(parallel.debug, name).toContain('reading 2 parts of 1 file(s) on 2 threads');
      expect(parallel.debug.join('\n'), name).not.toContain('read again');
      expectSameReading(parallel, serial);
    }
  });

  it('reads a part that does not join up again in one thread: the warnings name the real lines', async () => {
    const lines = readFileSync(BIG, 'utf8').split('\n');
    const at = Math.floor(lines.length * 0.8);
    lines[at] = 'garbage, not a row';
    lines[at + 40] = lines[at + 40]!.replace(/, [\d.]+ W,/, ', -5 W,');
    const path = join(dir, 'broken.csv');
    writeFileSync(path, lines.join('\n'));
    const serial = await read([path], { workers: 1 });
    expect(serial.warnings.some((w) => w.line === at + 1)).toBe(true);
    const parallel = await read([path], { workers: 2 });
    expect(parallel.debug.join('\n')).toContain(`${path}: read again in one thread`);
    expectSameReading(parallel, serial);
  });

  it('reports the error of a file that cannot be read as one thread does', async () => {
    const path = join(dir, 'mostly-garbage.csv');
    const head = readFileSync(BIG, 'utf8').slice(0, Math.floor(SIZE / 2));
    writeFileSync(path, `${head.slice(0, head.lastIndexOf('\n') + 1)}${'x,y\n'.repeat(400_000)}`);
    const serial = await read([path], { workers: 1 }).catch((error: unknown) => error);
    const parallel = await read([path], { workers: 2 }).catch((error: unknown) => error);
    expect(isInputError(serial)).toBe(true);
    expect((parallel as Error).message).toBe((serial as Error).message);
  });

  it('refuses a bad plugin option before any thread reads, with the error of one thread', async () => {
    const pluginOptions = { 'nvidia-smi': { oneGpu: 'perhaps' } };
    const serial = await read([BIG], { workers: 1, pluginOptions }).catch((error: unknown) => error);
    const parallel = await read([BIG], { workers: 2, pluginOptions }).catch((error: unknown) => error);
    expect(isInputError(serial)).toBe(true);
    expect((serial as Error).message).toMatch(/plugin nvidia-smi: option "oneGpu" must be boolean/);
    expect((parallel as Error).message).toBe((serial as Error).message);
  });

  it('keeps the files of user plugins in this thread, beside the others on workers', async () => {
    const jsonl = join(dir, 'power.jsonl');
    writeFileSync(jsonl, Array.from({ length: 600 }, (_, i) => JSON.stringify({ t: i * 1000, w: 100 + (i % 7) })).join('\n'));
    const mine = definePlugin({
      name: 'tiny-jsonl',
      kind: 'telemetry',
      description: 'test',
      detect: ({ path }) => (path.endsWith('.jsonl') ? 1 : 0),
      async *read(source) {
        const text = readFileSync(source.path, 'utf8');
        for (const line of text.split('\n')) {
          const { t, w } = JSON.parse(line) as { t: number; w: number };
          yield { type: 'power', timeMs: t, powerW: w, device: { id: 'meter' } };
        }
      },
    }) as TelemetryPlugin;
    const plugins = [...builtinPlugins, mine];
    const files = [BIG, jsonl];
    const serial = await read(files, { workers: 1, plugins });
    expect(serial.used).toEqual(['nvidia-smi', 'tiny-jsonl']);
    const parallel = await read(files, { workers: 2, plugins });
    expect(parallel.debug).toContain('reading 2 parts of 1 file(s) on 2 threads');
    expectSameReading(parallel, serial);
  });
});

describe('damaged logs', () => {
  /** What real logs suffer: lost, repeated and swapped rows, garbage, missing readings, a stopped logger, a clock set back. */
  function damage(lines: string[], rand: () => number): string[] {
    const out = [...lines];
    const pick = () => 1 + Math.floor(rand() * (out.length - 2));
    for (let n = 1 + Math.floor(rand() * 4); n > 0; n--) {
      const at = pick();
      const kind = Math.floor(rand() * 7);
      if (kind === 0) out.splice(at, 1);
      else if (kind === 1) out.splice(at, 0, out[at]!);
      else if (kind === 2) [out[at], out[at + 1]] = [out[at + 1]!, out[at]!];
      else if (kind === 3) out.splice(at, 0, 'garbage, not, a, row');
      else if (kind === 4) out[at] = out[at]!.replace(/, [\d.]+ W,/, ', [N/A],');
      else if (kind === 5) out.splice(at, Math.floor(rand() * 400));
      else out.splice(at, 0, ...out.slice(Math.max(1, at - 40), at));
    }
    return out;
  }

  it('are read in parts with the report of one thread, or refused with the same error', { timeout: 180_000 }, async () => {
    const clean = readFileSync(log('fuzz-base.csv', 0.25, 99), 'utf8').trimEnd().split('\n');
    let splitRuns = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const path = join(dir, `fuzz-${seed}.csv`);
      writeFileSync(path, `${damage(clean, prng(seed)).join('\n')}\n`);
      const options = { partMinBytes: 20_000 };
      const serial = await read([path], { ...options, workers: 1 }).catch((error: unknown) => error as Error);
      const parallel = await read([path], { ...options, workers: 3 }).catch((error: unknown) => error as Error);
      if (serial instanceof Error) {
        expect((parallel as Error).message, `seed ${seed}`).toBe(serial.message);
        continue;
      }
      expect(parallel, `seed ${seed}`).not.toBeInstanceOf(Error);
      const result = parallel as Awaited<ReturnType<typeof read>>;
      if (!result.debug.join("\n").includes("read again")) splitRuns++;
      expectSameReading(result, serial);
    }
    // Some damage stays inside one part's rows without a warning (lost rows within the maximum gap): those files are read in parts.
    expect(splitRuns).toBeGreaterThan(0);
  });
});

describe('files split at any second', () => {
  it('give the energy, coverage, gaps and chart of the whole file, to the last bit', { timeout: 60_000 }, async () => {
    const text = readFileSync(BIG, 'utf8');
    const [header, ...rows] = text.trimEnd().split('\n');
    const cuts = [0, 4 * 997, 4 * 2203, rows.length];
    const parts = cuts.slice(1).map((end, k) => {
      const path = join(dir, `split-${k}.csv`);
      writeFileSync(path, `${[header, ...rows.slice(cuts[k], end)].join('\n')}\n`);
      return path;
    });
    const whole = await read([BIG], { workers: 1 });
    const split = await read(parts, { workers: 1 });
    const strip = (devices: typeof whole.devices) => devices.map((d) => ({ ...d, files: [] }));
    expect(strip(split.devices)).toEqual(strip(whole.devices));
    expect(split.powerSeries).toEqual(whole.powerSeries);
  });
});

describe('runReport with workers', () => {
  it('makes the same report with --workers 1 and 2 on an input above the threshold', { timeout: 120_000 }, async () => {
    const options = { inputs: [BIG], location: 'FR', timeZone: 'UTC', now: () => new Date(0) };
    const one = await runReport({ ...options, workers: 1 });
    const two = await runReport({ ...options, workers: 2 });
    // Below the 48 MB threshold both read in one thread: identical to the bit.
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});
