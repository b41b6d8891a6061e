import { DroppedRows } from 'carbon-ci';
import type { DeviceRef, EnergyCounterRecord, PluginContext, PowerRecord, Source } from 'carbon-ci';
import { DeviceRegistry } from './devices.js';
import { POWER, samplesOf, type Metric } from './prometheus-samples.js';

/** What finds a file's power and energy samples: `samplesOf` (tests pass the reader it is held to). */
export type SamplesReader = typeof samplesOf;
import { SampleBuffer } from './sample-buffer.js';

type DcgmRecord = PowerRecord | EnergyCounterRecord;

/** Samples held for sorting, at most (16 bytes each); past this, the rest pass on unsorted. */
const MAX_HELD_SAMPLES = 4_000_000;
const BATCH = 4096;

function toRecord(metric: Metric, device: DeviceRef, timeMs: number, value: number): DcgmRecord {
  return metric === POWER ? { type: 'power', timeMs, device, powerW: value } : { type: 'energy-counter', timeMs, device, counterJ: value / 1000 };
}

/**
 * The series (metric and GPU) whose samples go back in time in file order: `promtool tsdb dump` lists
 * one label set after another, and a GPU's label set changes when a pod attaches to it.
 */
async function unorderedSeries(source: Source, context: PluginContext, host: string | undefined, readSamples: SamplesReader): Promise<Set<string>> {
  const last = new Map<string, number>();
  const unordered = new Set<string>();
  for await (const samples of readSamples(source, context, new DeviceRegistry(host), undefined)) {
    for (const { key, timeMs } of samples) {
      const previous = last.get(key);
      if (previous !== undefined && timeMs < previous) unordered.add(key);
      else last.set(key, timeMs);
    }
  }
  return unordered;
}

/**
 * DCGM exporter scrapes with timestamps, OpenMetrics dumps and `promtool tsdb dump` output, as
 * records in time order per GPU. A second sample of the same metric, GPU and instant (MIG instances and
 * pod label sets repeat device fields) is counted once.
 */
export async function* readPrometheus(
  source: Source,
  context: PluginContext,
  host: string | undefined,
  readSamples: SamplesReader = samplesOf,
): AsyncGenerator<DcgmRecord[]> {
  const file = source.path;
  const unordered = await unorderedSeries(source, context, host, readSamples);
  const held = new Map<string, { metric: Metric; device: DeviceRef; buffer: SampleBuffer }>();
  const last = new Map<string, number>();
  const dropped = new DroppedRows(file);
  let heldCount = 0;
  let overflow = false;
  let repeats = 0;

  for await (const samples of readSamples(source, context, new DeviceRegistry(host), dropped)) {
    const records: DcgmRecord[] = [];
    for (const { metric, device, key, timeMs, value } of samples) {
      if (unordered.has(key) && heldCount < MAX_HELD_SAMPLES) {
        let entry = held.get(key);
        if (!entry) held.set(key, (entry = { metric, device, buffer: new SampleBuffer() }));
        entry.buffer.push(timeMs, value);
        heldCount++;
        continue;
      }
      if (unordered.has(key)) overflow = true;
      if (last.get(key) === timeMs) {
        repeats++;
        continue;
      }
      last.set(key, timeMs);
      records.push(toRecord(metric, device, timeMs, value));
    }
    if (records.length > 0) yield records;
  }

  for (const { metric, device, buffer } of held.values()) {
    let records: DcgmRecord[] = [];
    let previous = Number.NaN;
    for (const [timeMs, value] of buffer.sorted()) {
      if (timeMs === previous) {
        repeats++;
        continue;
      }
      previous = timeMs;
      records.push(toRecord(metric, device, timeMs, value));
      if (records.length === BATCH) {
        yield records;
        records = [];
      }
    }
    if (records.length > 0) yield records;
  }
  if (held.size > 0) {
    const gpus = new Set([...held.values()].map((h) => h.device.id));
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
