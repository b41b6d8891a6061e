// The Prometheus reader as it was before the byte-level fast paths (commit 4d7798e), its general path
// only: the reference that fast-paths.test.ts holds the plugin to, record for record and message for
// message. Its cache of label sets is left out: a line whose label set it knew was taken with a
// timestamp too large for a double (as Infinity), which its general path refuses.
import { DroppedRows, InputError, parsePrometheusLine, readLines, sourceChunks } from 'carbon-ci';
import type { DeviceRef, EnergyCounterRecord, PluginContext, PowerRecord, PrometheusSample, Source } from 'carbon-ci';
import { DCGM_BLANK_MIN, DeviceRegistry } from '../devices.js';
import { SampleBuffer } from '../sample-buffer.js';

const POWER = 'DCGM_FI_DEV_POWER_USAGE';
const ENERGY = 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION';
type Metric = typeof POWER | typeof ENERGY;
type DcgmRecord = PowerRecord | EnergyCounterRecord;

/** Samples held for sorting, at most (16 bytes each); past this, the rest pass on unsorted. */
const MAX_HELD_SAMPLES = 4_000_000;
const BATCH = 4096;

export const ADD_TIMESTAMPS_HINT =
  'each sample needs a timestamp: append one when saving each scrape, e.g. ' +
  "`curl -s localhost:9400/metrics | awk -v t=\"$(date +%s%3N)\" '/^[^#]/ {print $0, t; next} {print}' >> dcgm.prom`, " +
  'or export the series from Prometheus with `promtool tsdb dump` (both keep the exposition format)';

function first(labels: Record<string, string>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = labels[name];
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

function deviceFields(labels: Record<string, string>) {
  const gpu = first(labels, 'gpu');
  const index = gpu !== undefined && /^\d+$/.test(gpu) ? Number(gpu) : undefined;
  return {
    uuid: first(labels, 'UUID', 'uuid', 'gpu_uuid'),
    index,
    host: first(labels, 'Hostname', 'hostname'),
    model: first(labels, 'modelName', 'model_name'),
  };
}

interface Sample {
  metric: Metric;
  device: DeviceRef;
  key: string;
  timeMs: number;
  value: number;
}

/** What a label set (the text up to `}`) stands for: a DCGM power or energy series of a GPU, or nothing of ours. */
interface Series {
  metric: Metric;
  device: DeviceRef;
  key: string;
}

/** The power and energy samples of a file, in file order, blanks dropped. */
async function* samplesOf(
  source: Source,
  context: PluginContext,
  devices: DeviceRegistry,
  dropped: DroppedRows | undefined,
): AsyncGenerator<Sample[]> {
  const file = source.path;
  let seen = 0;

  const seriesOf = (sample: PrometheusSample, line: number): Series | null => {
    if (sample.name !== POWER && sample.name !== ENERGY) return null;
    const device = devices.get(deviceFields(sample.labels));
    if (!device) {
      throw new InputError(`the ${sample.name} sample names no GPU (no UUID or gpu label)`, {
        file,
        line,
        hint: 'keep the labels the DCGM exporter writes (gpu, UUID, Hostname/hostname); relabelling must not drop them',
      });
    }
    return { metric: sample.name, device, key: `${sample.name}\u0000${device.id}` };
  };

  for await (const batch of readLines(sourceChunks(source), { file })) {
    context.signal.throwIfAborted();
    const samples: Sample[] = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k]!;
      if (!text.includes(POWER) && !text.includes(ENERGY)) continue;
      const line = batch.firstLine + k;
      let sample: PrometheusSample | null;
      try {
        sample = parsePrometheusLine(text, { file, line });
      } catch (error) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) {
          dropped?.add('the last line is cut short (the file was being written)', line);
          continue;
        }
        throw error;
      }
      if (!sample) continue;
      const series = seriesOf(sample, line);
      const { value, timeMs } = sample;
      if (series === null) continue;
      seen++;
      if (timeMs === undefined) {
        throw new InputError(`the ${series.metric} sample has no timestamp`, { file, line, hint: ADD_TIMESTAMPS_HINT });
      }
      if (!Number.isFinite(value)) {
        dropped?.add(`${series.metric} is ${value} (no reading, or a Prometheus staleness marker)`, line);
        continue;
      }
      if (value >= DCGM_BLANK_MIN) {
        dropped?.add(`${series.metric} holds a DCGM blank value (field not available on this GPU)`, line);
        continue;
      }
      samples.push({ metric: series.metric, device: series.device, key: series.key, timeMs, value });
    }
    yield samples;
  }
  if (seen === 0) {
    throw new InputError(`no ${POWER} or ${ENERGY} samples found`, {
      file,
      hint: 'the exporter must collect these fields (they are in its default counters file); check that the scrape was saved whole',
    });
  }
}

function toRecord(metric: Metric, device: DeviceRef, timeMs: number, value: number): DcgmRecord {
  return metric === POWER ? { type: 'power', timeMs, device, powerW: value } : { type: 'energy-counter', timeMs, device, counterJ: value / 1000 };
}

/**
 * The series (metric and GPU) whose samples go back in time in file order: `promtool tsdb dump` lists
 * one label set after another, and a GPU's label set changes when a pod attaches to it.
 */
async function unorderedSeries(source: Source, context: PluginContext, host: string | undefined): Promise<Set<string>> {
  const last = new Map<string, number>();
  const unordered = new Set<string>();
  for await (const samples of samplesOf(source, context, new DeviceRegistry(host), undefined)) {
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
export async function* readPrometheus(source: Source, context: PluginContext, host: string | undefined): AsyncGenerator<DcgmRecord[]> {
  const file = source.path;
  const unordered = await unorderedSeries(source, context, host);
  const held = new Map<string, { metric: Metric; device: DeviceRef; buffer: SampleBuffer }>();
  const last = new Map<string, number>();
  const dropped = new DroppedRows(file);
  let heldCount = 0;
  let overflow = false;
  let repeats = 0;

  for await (const samples of samplesOf(source, context, new DeviceRegistry(host), dropped)) {
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
