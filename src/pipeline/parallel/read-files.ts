import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { builtinPlugins } from '../../../plugins/index.js';
import { partsJoinUp, type EnergyAccumulator, type EnergyAccumulatorState } from '../../energy/index.js';
import type { Logger, TelemetryPlugin } from '../../telemetry/plugin.js';
import { pluginForFile, readHead, readTelemetry, readWithPlugin, fileSource } from '../../telemetry/index.js';
import { validatePluginOptions } from '../../telemetry/plugin-options.js';
import { lineAlignedCuts, offsetAfterLines, type ByteCounter } from '../../telemetry/source.js';
import type { LogLine, ReadSettings, ReadUnit } from './protocol.js';
import { bufferingLogger, energyAccumulator, readUnit } from './read-unit.js';
import { runInWorkers, type UnitReply } from './worker-pool.js';

/** Below this much input in all, threads cost more than they save (CARBON_CI_PARALLEL_MIN_BYTES overrides it, for tests). */
export const PARALLEL_MIN_BYTES = envBytes('CARBON_CI_PARALLEL_MIN_BYTES') ?? 48 * 1024 * 1024;
/** A file is read in parts only above twice this size; the smallest parts are a quarter of it (CARBON_CI_PART_MIN_BYTES). */
export const PART_MIN_BYTES = envBytes('CARBON_CI_PART_MIN_BYTES') ?? 64 * 1024 * 1024;

function envBytes(name: string): number | undefined {
  const value = Number(process.env[name]);
  return process.env[name] !== undefined && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** At most this many readers: each worker thread costs a heap of its own (about 30 MB); more were not measured. */
const MAX_WORKERS = 4;

export interface ReadFilesOptions {
  plugins: TelemetryPlugin[];
  /** A plugin name; undefined to detect each file's format. */
  plugin: string | undefined;
  timeZone: string;
  maxGapS: number | 'auto';
  pluginOptions: Record<string, Record<string, unknown>>;
  log: Logger;
  signal?: AbortSignal;
  /** Reader threads: 1 reads in this thread; default one per core (at most 4). */
  workers?: number;
  /** Told the size of each chunk of file bytes read, on any thread (for progress). */
  onBytes?: ByteCounter;
  /** Told when a plugin, on any thread, asks for the time zone (it read timestamps without one). */
  onTimeZoneRead?: () => void;
  /** Thresholds (tests lower them): PARALLEL_MIN_BYTES and PART_MIN_BYTES. */
  parallelMinBytes?: number;
  partMinBytes?: number;
}

/**
 * Read every file into the accumulator; returns the plugins used. With several cores and enough
 * input, files (and large files of formats that allow it, in parts) are read on worker threads
 * and their states merged; the report is the same as reading in one thread, warnings included and
 * in file order. Files read by user plugins stay in this thread.
 */
export async function readFilesInto(accumulator: EnergyAccumulator, files: readonly string[], options: ReadFilesOptions): Promise<Set<string>> {
  const workers = Math.max(1, Math.floor(options.workers ?? Math.min(availableParallelism(), MAX_WORKERS)));
  const used = new Set<string>();
  if (workers > 1 && files.length > 0) {
    const parallel = await readInParallel(accumulator, files, options, workers, used);
    if (parallel) return used;
  }
  // Each batch goes into the accumulator before the next is asked for: plugins may reuse their arrays.
  for await (const batch of readTelemetry([...files], { ...options, batchesReadAtOnce: true })) {
    used.add(batch.plugin);
    accumulator.addBatch(batch.records, { plugin: batch.plugin, file: batch.file });
  }
  return used;
}

interface Planned {
  file: string;
  plugin: TelemetryPlugin;
  bytes: number;
  /** The units of a file read on workers (several when it is read in parts); none when it is read in this thread. */
  units: ReadUnit[];
}

/** False (having read nothing) when the input is too small to be worth threads. */
async function readInParallel(
  accumulator: EnergyAccumulator,
  files: readonly string[],
  options: ReadFilesOptions,
  workers: number,
  used: Set<string>,
): Promise<boolean> {
  const planned: Planned[] = [];
  for (const file of files) {
    const plugin = await pluginForFile(file, options);
    planned.push({ file, plugin, bytes: (await stat(file)).size, units: [] });
  }
  const onWorkers = planned.filter((p) => builtinPlugins.includes(p.plugin));
  if (onWorkers.reduce((sum, p) => sum + p.bytes, 0) < (options.parallelMinBytes ?? PARALLEL_MIN_BYTES)) return false;

  let nextId = 0;
  for (const p of onWorkers) {
    const cuts = await partCuts(p, workers, options.partMinBytes ?? PART_MIN_BYTES);
    if (cuts) {
      p.units = cuts.ranges.map(([start, end], part) => ({ id: nextId++, file: p.file, plugin: p.plugin.name, bytes: end - start, range: { part, preamble: cuts.preamble, start, end } }));
    } else {
      p.units = [{ id: nextId++, file: p.file, plugin: p.plugin.name, bytes: p.bytes }];
    }
  }
  // One unit and nothing else to read: this thread reads it, straight into the accumulator (a merge
  // would only add work), with the plugin found above.
  if (nextId === 1 && onWorkers.length === planned.length) {
    used.add(planned[0]!.plugin.name);
    await readLive(accumulator, planned[0]!, options);
    return true;
  }
  // Options are validated here once: readers take them as they are.
  const pluginOptions: Record<string, Record<string, unknown>> = {};
  for (const p of onWorkers) pluginOptions[p.plugin.name] ??= validatePluginOptions(p.plugin, options.pluginOptions[p.plugin.name] ?? {});
  const settings: ReadSettings = { timeZone: options.timeZone, maxGapS: options.maxGapS, pluginOptions, launchedAtMs: performance.timeOrigin };
  // Files of user plugins are read in this thread meanwhile, each into an accumulator of its own.
  const inThread = planned.filter((p) => p.units.length === 0);
  const units = planned.flatMap((p) => p.units);
  options.log.debug(`reading ${units.length} part${units.length === 1 ? '' : 's'} of ${planned.length - inThread.length} file(s) on ${Math.min(workers, units.length)} threads`);
  const [replies, hereResults] = await Promise.all([
    runInWorkers(units, settings, workers, (unit) => readUnitHere(unit, settings, options.onBytes), options.signal, options.onBytes),
    Promise.all(inThread.map((p) => readHere(p, options).catch(() => undefined))),
  ]);
  const here = new Map(inThread.map((p, i) => [p.file, hereResults[i]]));

  // Merge in file order; a file whose reading failed, or whose parts do not join up, is read again
  // here, straight into the accumulator, so that its error or warnings are exactly a single reader's.
  for (const p of planned) {
    used.add(p.plugin.name);
    if (p.units.length === 0) {
      const result = here.get(p.file);
      if (result) merge(accumulator, [result], options);
      else await readLive(accumulator, p, options);
      continue;
    }
    const done = p.units.map((u) => replies.get(u.id)!);
    const results = done.flatMap((r) => (r.type === 'done' ? [{ state: r.state, logs: r.logs, readTimeZone: r.readTimeZone }] : []));
    const complete = results.length === done.length;
    const joinable = p.units.length === 1 || (results.every((r) => r.logs.every((l) => l.level === 'debug')) && partsJoinUp(results.map((r) => r.state)));
    if (complete && joinable) merge(accumulator, results, options);
    else {
      const why = done.map((r) => (r.type === 'failed' ? r.reason.split('\n')[0] : 'read')).join('; ');
      options.log.debug(`${p.file}: read again in one thread (${complete ? 'its parts do not join up' : why})`);
      await readLive(accumulator, p, options);
    }
  }
  return true;
}

interface UnitResult {
  state: EnergyAccumulatorState;
  logs: LogLine[];
  readTimeZone: boolean;
}

function merge(accumulator: EnergyAccumulator, results: readonly UnitResult[], options: Pick<ReadFilesOptions, 'log' | 'onTimeZoneRead'>): void {
  for (const { state, logs, readTimeZone } of results) {
    accumulator.importState(state);
    for (const line of logs) options.log[line.level](line.message);
    if (readTimeZone) options.onTimeZoneRead?.();
  }
}

/** A unit read in this thread, as a worker would read it. */
async function readUnitHere(unit: ReadUnit, settings: ReadSettings, onBytes: ByteCounter | undefined): Promise<UnitReply> {
  const logs: LogLine[] = [];
  try {
    const { state, readTimeZone } = await readUnit(unit, settings, builtinPlugins, logs, onBytes);
    return { type: 'done', id: unit.id, state, logs, readTimeZone };
  } catch (error) {
    return { type: 'failed', id: unit.id, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Read a file in this thread into an accumulator of its own, keeping its log lines for the merge. */
async function readHere(p: Planned, options: ReadFilesOptions): Promise<UnitResult> {
  const logs: LogLine[] = [];
  let readTimeZone = false;
  const accumulator = energyAccumulator(options.maxGapS);
  await readLive(accumulator, p, { ...options, log: bufferingLogger(logs), onTimeZoneRead: () => (readTimeZone = true) });
  return { state: accumulator.exportState(), logs, readTimeZone };
}

/** Read a file in this thread straight into the accumulator, its warnings passed on as they come. */
async function readLive(accumulator: EnergyAccumulator, p: Planned, options: ReadFilesOptions): Promise<void> {
  for await (const batch of readWithPlugin(p.plugin, fileSource(p.file, options.onBytes), { ...options, batchesReadAtOnce: true })) {
    accumulator.addBatch(batch.records, { plugin: batch.plugin, file: batch.file });
  }
}

/**
 * The shares of a file's bytes that its parts get, largest first, for `threads` readers. Threads
 * never read at quite the same speed (one starts later, the machine is shared): most of the file
 * goes in one part per thread, the rest in smaller parts that whichever thread is free takes next,
 * so that all finish within a small part of each other. Equal parts when the file is too small.
 */
export function partShares(threads: number, bytes: number, partMinBytes: number): number[] {
  // The smallest parts are no smaller than a quarter of the least a file is cut in: each costs a reader of its own and a merge.
  const tiers = bytes * 0.1 >= (threads * partMinBytes) / 4 ? [0.7, 0.2, 0.1] : [1];
  return tiers.flatMap((tier) => Array.from({ length: threads }, () => tier / threads));
}

/** Byte ranges for reading a large file in parts, when its plugin allows it; undefined to read it whole. */
async function partCuts(p: Planned, workers: number, partMinBytes: number): Promise<{ preamble: string; ranges: [number, number][] } | undefined> {
  if (!p.plugin.splitPreamble || p.bytes < 2 * partMinBytes) return undefined;
  const preamble = p.plugin.splitPreamble({ path: p.file, head: await readHead(p.file) });
  if (preamble === undefined) return undefined;
  const from = await offsetAfterLines(p.file, preamble.split('\n').length - 1);
  const threads = Math.min(workers, Math.floor((p.bytes - from) / partMinBytes));
  if (threads < 2) return undefined;
  const cuts = await lineAlignedCuts(p.file, p.bytes, partShares(threads, p.bytes - from, partMinBytes), from);
  const ranges: [number, number][] = [];
  for (let i = 1; i < cuts.length; i++) ranges.push([cuts[i - 1]!, cuts[i]!]);
  return ranges.length > 1 ? { preamble, ranges } : undefined;
}
