import { InputError, bytesText, epochToMs, parsePrometheusLine, readLineChunks, sourceChunks } from 'carbon-ci';
import type { DeviceRef, DroppedRows, LineChunk, PluginContext, PrometheusSample, Source } from 'carbon-ci';
import { DCGM_BLANK_MIN, type DeviceRegistry } from './devices.js';
import { LabelSetMemory } from './prometheus-label-sets.js';
import { isComment, labelSetEnd, readSampleTail, type SampleTail } from './prometheus-line.js';

export const POWER = 'DCGM_FI_DEV_POWER_USAGE';
export const ENERGY = 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION';
export type Metric = typeof POWER | typeof ENERGY;

export const ADD_TIMESTAMPS_HINT =
  'each sample needs a timestamp: append one when saving each scrape, e.g. ' +
  "`curl -s localhost:9400/metrics | awk -v t=\"$(date +%s%3N)\" '/^[^#]/ {print $0, t; next} {print}' >> dcgm.prom`, " +
  'or export the series from Prometheus with `promtool tsdb dump` (both keep the exposition format)';

export interface Sample {
  metric: Metric;
  device: DeviceRef;
  key: string;
  timeMs: number;
  value: number;
}

/** What a label set stands for: a DCGM power or energy series of a GPU, or (null) nothing of ours. */
interface Series {
  metric: Metric;
  device: DeviceRef;
  key: string;
}

/**
 * The power and energy samples of a file, in file order, blanks dropped: one array per chunk of lines.
 * Lines that name neither metric are skipped unread.
 */
export async function* samplesOf(
  source: Source,
  context: PluginContext,
  devices: DeviceRegistry,
  dropped: DroppedRows | undefined,
): AsyncGenerator<Sample[]> {
  const scanner = new SampleScanner(source.path, devices, dropped);
  for await (const chunk of readLineChunks(sourceChunks(source), { file: source.path })) {
    context.signal.throwIfAborted();
    yield scanner.consume(chunk);
  }
  scanner.finish();
}

const POWER_BYTES = Buffer.from(POWER, 'latin1');
const ENERGY_BYTES = Buffer.from(ENERGY, 'latin1');
const NO_HIT = Number.MAX_SAFE_INTEGER;

/**
 * Finds the lines that name a metric of ours (a native search for each name), and reads each one.
 * The common line, whose label set came before, is read from the bytes: the label set is recognised
 * and only the value and time are parsed. Any other line is decoded and parsed whole, and its label set
 * remembered.
 */
class SampleScanner {
  private readonly labelSets = new LabelSetMemory<Series | null>();
  private readonly tail: SampleTail = { value: 0, time: 0 };
  /** Lines before the current chunk. */
  private linesBefore = 0;
  private seen = 0;

  constructor(
    private readonly file: string,
    private readonly devices: DeviceRegistry,
    private readonly dropped: DroppedRows | undefined,
  ) {}

  consume(chunk: LineChunk): Sample[] {
    const out: Sample[] = [];
    const bytes = chunk.bytes;
    const size = bytes.length;
    let power = hitAt(bytes, POWER_BYTES, 0);
    let energy = hitAt(bytes, ENERGY_BYTES, 0);
    let lineStart = 0;
    let line = this.linesBefore;
    while (lineStart < size) {
      const hit = Math.min(power, energy);
      const newline = bytes.indexOf(10, lineStart);
      const end = newline < 0 ? size : newline;
      line++;
      if (hit < end) this.line(bytes, lineStart, end, line, newline < 0 && chunk.unterminatedLast, out);
      lineStart = end + 1;
      if (power < lineStart) power = hitAt(bytes, POWER_BYTES, lineStart);
      if (energy < lineStart) energy = hitAt(bytes, ENERGY_BYTES, lineStart);
    }
    this.linesBefore = line;
    return out;
  }

  /** After the last chunk: a file without a sample of ours is refused. */
  finish(): void {
    if (this.seen === 0) {
      throw new InputError(`no ${POWER} or ${ENERGY} samples found`, {
        file: this.file,
        hint: 'the exporter must collect these fields (they are in its default counters file); check that the scrape was saved whole',
      });
    }
  }

  /** A line that names one of our metrics; `cut` when it is the file's last and has no newline. */
  private line(bytes: Buffer, start: number, newlineAt: number, line: number, cut: boolean, out: Sample[]): void {
    const end = newlineAt > start && bytes[newlineAt - 1] === 13 ? newlineAt - 1 : newlineAt;
    if (isComment(bytes, start, end)) return;
    const labelsEnd = labelSetEnd(bytes, start, end);
    const known = labelsEnd < 0 ? undefined : this.labelSets.find(bytes, start, labelsEnd);
    if (known && readSampleTail(bytes, labelsEnd, end, this.tail)) {
      if (known.meaning) this.accept(known.meaning, Math.round(epochToMs(this.tail.time)), this.tail.value, line, out);
      return;
    }
    this.parse(bytesText(bytes, start, end), line, cut, out);
  }

  /** The line as text, parsed whole; its label set is remembered. */
  private parse(text: string, line: number, cut: boolean, out: Sample[]): void {
    let sample: PrometheusSample | null;
    try {
      sample = parsePrometheusLine(text, { file: this.file, line });
    } catch (error) {
      if (cut) {
        this.dropped?.add('the last line is cut short (the file was being written)', line);
        return;
      }
      throw error;
    }
    if (!sample) return;
    const series = this.seriesOf(sample, line);
    const close = text.lastIndexOf('}');
    if (close > 0 && !text.includes(' # ')) this.labelSets.remember(text.slice(0, close + 1), series);
    if (series) this.accept(series, sample.timeMs, sample.value, line, out);
  }

  private accept(series: Series, timeMs: number | undefined, value: number, line: number, out: Sample[]): void {
    this.seen++;
    if (timeMs === undefined) {
      throw new InputError(`the ${series.metric} sample has no timestamp`, { file: this.file, line, hint: ADD_TIMESTAMPS_HINT });
    }
    if (!Number.isFinite(value)) {
      this.dropped?.add(`${series.metric} is ${value} (no reading, or a Prometheus staleness marker)`, line);
      return;
    }
    if (value >= DCGM_BLANK_MIN) {
      this.dropped?.add(`${series.metric} holds a DCGM blank value (field not available on this GPU)`, line);
      return;
    }
    out.push({ metric: series.metric, device: series.device, key: series.key, timeMs, value });
  }

  private seriesOf(sample: PrometheusSample, line: number): Series | null {
    if (sample.name !== POWER && sample.name !== ENERGY) return null;
    const device = this.devices.get(deviceFields(sample.labels));
    if (!device) {
      throw new InputError(`the ${sample.name} sample names no GPU (no UUID or gpu label)`, {
        file: this.file,
        line,
        hint: 'keep the labels the DCGM exporter writes (gpu, UUID, Hostname/hostname); relabelling must not drop them',
      });
    }
    return { metric: sample.name, device, key: `${sample.name}\u0000${device.id}` };
  }
}

/** Where `name` next occurs in `bytes` from `from`, or NO_HIT. */
function hitAt(bytes: Buffer, name: Buffer, from: number): number {
  const at = bytes.indexOf(name, from);
  return at < 0 ? NO_HIT : at;
}

function first(labels: Record<string, string>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = labels[name];
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

export function deviceFields(labels: Record<string, string>) {
  const gpu = first(labels, 'gpu');
  const index = gpu !== undefined && /^\d+$/.test(gpu) ? Number(gpu) : undefined;
  return {
    uuid: first(labels, 'UUID', 'uuid', 'gpu_uuid'),
    index,
    host: first(labels, 'Hostname', 'hostname'),
    model: first(labels, 'modelName', 'model_name'),
  };
}
