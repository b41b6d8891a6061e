import { InputError, epochToMs, parsePrometheusLine } from 'carbon-ci';
import type { DeviceRef, DroppedRows, LineChunk, PrometheusSample } from 'carbon-ci';
import { DCGM_BLANK_MIN, type DeviceRegistry } from './devices.js';

export const POWER = 'DCGM_FI_DEV_POWER_USAGE';
export const ENERGY = 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION';
export type Metric = typeof POWER | typeof ENERGY;

export const ADD_TIMESTAMPS_HINT =
  'each sample needs a timestamp: append one when saving each scrape, e.g. ' +
  "`curl -s localhost:9400/metrics | awk -v t=\"$(date +%s%3N)\" '/^[^#]/ {print $0, t; next} {print}' >> dcgm.prom`, " +
  'or export the series from Prometheus with `promtool tsdb dump` (both keep the exposition format)';

/** One metric of one GPU; every label set that names the same pair (pod labels come and go) shares one. */
export interface Series {
  metric: Metric;
  device: DeviceRef;
  key: string;
}

/** Receives each usable sample, in file order. */
export type SampleSink = (series: Series, timeMs: number, value: number) => void;

/** Label sets remembered, at most; past this the memory starts over, so a file of ever-new label sets stays flat. */
const MAX_LABEL_SETS = 100_000;

const POWER_BYTES = Buffer.from(POWER, 'latin1');
const ENERGY_BYTES = Buffer.from(ENERGY, 'latin1');
const NO_HIT = Number.MAX_SAFE_INTEGER;
const LF = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const HASH = 35;
const CLOSE_BRACE = 125;

// One way only to match each digit, so that a failing match is linear.
const DECIMAL = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?';
/** Longest tail read with PLAIN_TAIL; a longer one goes to the SDK's parser, which says what is wrong with it. */
const MAX_TAIL_BYTES = 128;
/** What follows a known label set on almost every line: a plain decimal value and timestamp between blanks. */
const PLAIN_TAIL = new RegExp(`^[ \\t]*(${DECIMAL})[ \\t]+(${DECIMAL})[ \\t]*$`);

/**
 * Finds the DCGM power and energy samples in chunks of whole lines. Only lines that contain one of the
 * two metric names (a native byte search) are looked at. A line whose label set (the text up to its
 * last `}`) was parsed before has only its value and timestamp read; any other line is parsed whole by
 * the SDK, which says what is wrong with it, and its label set is remembered.
 */
export class SampleScanner {
  /** What each label set seen stands for, keyed by its bytes (as latin1, one character per byte); null: not ours. */
  private readonly labelSets = new Map<string, Series | null>();
  private readonly seriesByKey = new Map<string, Series>();
  private linesBefore = 0;
  private seen = 0;

  constructor(
    private readonly file: string,
    private readonly devices: DeviceRegistry,
    private readonly dropped: DroppedRows | undefined,
  ) {}

  /** The samples of a chunk of whole lines (from `readLineChunks`), to `sink`. */
  consume(chunk: LineChunk, sink: SampleSink): void {
    const bytes = chunk.bytes;
    const size = bytes.length;
    let power = nextHit(bytes, POWER_BYTES, 0);
    let energy = nextHit(bytes, ENERGY_BYTES, 0);
    let start = 0;
    let line = this.linesBefore;
    while (start < size) {
      const newline = bytes.indexOf(LF, start);
      const end = newline < 0 ? size : newline;
      line++;
      if (Math.min(power, energy) < end) this.line(bytes, start, end, line, newline < 0 && chunk.unterminatedLast, sink);
      start = end + 1;
      if (power < start) power = nextHit(bytes, POWER_BYTES, start);
      if (energy < start) energy = nextHit(bytes, ENERGY_BYTES, start);
    }
    this.linesBefore = line;
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

  /** A line that names one of our metrics, `bytes[start, newlineAt)`; `cut` when it is the file's last and has no newline. */
  private line(bytes: Buffer, start: number, newlineAt: number, line: number, cut: boolean, sink: SampleSink): void {
    const end = newlineAt > start && bytes[newlineAt - 1] === CR ? newlineAt - 1 : newlineAt;
    let first = start;
    while (first < end && (bytes[first] === SPACE || bytes[first] === TAB)) first++;
    // `# HELP` and `# TYPE` name our metrics too, but a comment never holds a sample.
    if (bytes[first] === HASH) return;
    const close = bytes.lastIndexOf(CLOSE_BRACE, end - 1);
    const labelsEnd = close > start ? close + 1 : -1;
    if (labelsEnd > 0) {
      const series = this.labelSets.get(bytes.toString('latin1', start, labelsEnd));
      const tail = series === undefined || end - labelsEnd > MAX_TAIL_BYTES ? null : PLAIN_TAIL.exec(bytes.toString('latin1', labelsEnd, end));
      const timestamp = tail ? Number(tail[2]) : Number.NaN;
      if (tail && Number.isFinite(timestamp)) {
        if (series) this.accept(series, Math.round(epochToMs(timestamp)), Number(tail[1]), line, sink);
        return;
      }
    }
    this.parse(bytes, start, end, labelsEnd, line, cut, sink);
  }

  /** The line parsed whole; its label set, when it ends at `labelsEnd`, is remembered. */
  private parse(bytes: Buffer, start: number, end: number, labelsEnd: number, line: number, cut: boolean, sink: SampleSink): void {
    const text = bytes.toString('utf8', start, end);
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
    // An exemplar (` # {trace_id=…} 1`) has braces of its own after the label set.
    if (labelsEnd > 0 && !text.includes(' # ')) this.remember(bytes.toString('latin1', start, labelsEnd), series);
    if (series) this.accept(series, sample.timeMs, sample.value, line, sink);
  }

  private remember(labelSet: string, series: Series | null): void {
    if (this.labelSets.size >= MAX_LABEL_SETS) this.labelSets.clear();
    this.labelSets.set(labelSet, series);
  }

  private accept(series: Series, timeMs: number | undefined, value: number, line: number, sink: SampleSink): void {
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
    sink(series, timeMs, value);
  }

  private seriesOf(sample: PrometheusSample, line: number): Series | null {
    if (sample.name !== POWER && sample.name !== ENERGY) return null;
    const device = this.devices.ofLabels(sample.labels);
    if (!device) {
      throw new InputError(`the ${sample.name} sample names no GPU (no UUID or gpu label)`, {
        file: this.file,
        line,
        hint: 'keep the labels the DCGM exporter writes (gpu, UUID, Hostname/hostname); relabelling must not drop them',
      });
    }
    const key = `${sample.name}\u0000${device.id}`;
    let series = this.seriesByKey.get(key);
    if (!series) this.seriesByKey.set(key, (series = { metric: sample.name, device, key }));
    return series;
  }
}

/** Where `name` next occurs in `bytes` from `from`, or NO_HIT. */
function nextHit(bytes: Buffer, name: Buffer, from: number): number {
  const at = bytes.indexOf(name, from);
  return at < 0 ? NO_HIT : at;
}
