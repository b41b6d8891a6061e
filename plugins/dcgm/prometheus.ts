import { DroppedRows, readLineChunks } from 'carbon-ci';
import type { ColumnsRecord, PluginContext, Source } from 'carbon-ci';
import { DeviceRegistry } from './devices.js';
import { POWER, SampleScanner, type Series, type SampleSink } from './prometheus-samples.js';
import { ReadingColumns } from './reading-columns.js';
import { SampleBuffer } from './sample-buffer.js';

/** Samples held for sorting, at most (16 bytes each); past this, the rest pass on unsorted. */
const MAX_HELD_SAMPLES = 4_000_000;
/** Readings per record when the held samples are passed on. */
const BATCH = 4096;

/** What the second pass keeps for a series: its column, its last instant, and its samples when they must be sorted. */
interface Track {
  column: number;
  lastTimeMs: number;
  held: SampleBuffer | undefined;
}

/**
 * The series whose samples go back in time in file order: `promtool tsdb dump` lists one label set
 * after another, and a GPU's label set changes when a pod attaches to it.
 */
async function unorderedSeries(source: Source, context: PluginContext, host: string | undefined): Promise<Set<string>> {
  const last = new Map<Series, number>();
  const unordered = new Set<string>();
  const sink: SampleSink = (series, timeMs) => {
    const previous = last.get(series);
    if (previous !== undefined && timeMs < previous) unordered.add(series.key);
    else last.set(series, timeMs);
  };
  const scanner = new SampleScanner(source.path, new DeviceRegistry(host), undefined);
  for await (const chunk of readLineChunks(source.open(), { file: source.path })) {
    context.signal.throwIfAborted();
    scanner.consume(chunk, sink);
  }
  scanner.finish();
  return unordered;
}

/**
 * DCGM exporter scrapes with timestamps, OpenMetrics dumps and `promtool tsdb dump` output, as
 * columns records in time order per GPU: read twice, the first pass finding the series to sort. A
 * second sample of the same metric, GPU and instant (MIG instances and pod label sets repeat device
 * fields) is counted once.
 */
export async function* readPrometheus(source: Source, context: PluginContext, host: string | undefined): AsyncGenerator<ColumnsRecord[]> {
  const file = source.path;
  const unordered = await unorderedSeries(source, context, host);
  const columns = new ReadingColumns();
  const tracks = new Map<Series, Track>();
  const dropped = new DroppedRows(file);
  let heldCount = 0;
  let overflow = false;
  let repeats = 0;

  const add = (series: Series, column: number, timeMs: number, value: number) => {
    if (series.metric === POWER) columns.addPower(column, timeMs, value);
    else columns.addCounter(column, timeMs, value / 1000);
  };
  const sink: SampleSink = (series, timeMs, value) => {
    let track = tracks.get(series);
    if (!track) {
      track = { column: columns.columnOf(series.device), lastTimeMs: Number.NaN, held: unordered.has(series.key) ? new SampleBuffer() : undefined };
      tracks.set(series, track);
    }
    if (track.held) {
      if (heldCount < MAX_HELD_SAMPLES) {
        track.held.push(timeMs, value);
        heldCount++;
        return;
      }
      overflow = true;
    }
    if (track.lastTimeMs === timeMs) {
      repeats++;
      return;
    }
    track.lastTimeMs = timeMs;
    add(series, track.column, timeMs, value);
  };

  const scanner = new SampleScanner(file, new DeviceRegistry(host), dropped);
  for await (const chunk of readLineChunks(source.open(), { file })) {
    context.signal.throwIfAborted();
    scanner.consume(chunk, sink);
    const records = columns.take();
    if (records.length > 0) yield records;
  }
  scanner.finish();

  const sorted = [...tracks].filter(([, track]) => track.held !== undefined && track.held.length > 0);
  for (const [series, { column, held }] of sorted) {
    let previous = Number.NaN;
    for (const [timeMs, value] of held!.sorted()) {
      if (timeMs === previous) {
        repeats++;
        continue;
      }
      previous = timeMs;
      add(series, column, timeMs, value);
      if (columns.length >= BATCH) yield columns.take();
    }
  }
  const rest = columns.take();
  if (rest.length > 0) yield rest;

  if (sorted.length > 0) {
    const gpus = new Set(sorted.map(([series]) => series.device.id));
    context.log.info(`${file}: the samples of ${[...gpus].join(', ')} came in several label sets out of time order; they were sorted`);
  }
  if (overflow) {
    context.log.warn(
      `${file}: too many out-of-order samples to sort in memory; the rest were passed on unsorted, and those that go back in time are dropped, lowering coverage`,
    );
  }
  if (repeats > 0) {
    context.log.info(`${file}: ${repeats} samples repeated a GPU already seen at the same instant (MIG instances or several pod label sets); each was counted once`);
  }
  dropped.report(context.log);
}
