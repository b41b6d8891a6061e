import { InputError } from 'carbon-ci';
import type { Logger, PluginRecord } from 'carbon-ci';
import { classifyRows, type Arrangement } from './arrangement.js';

/** A row of a log without a device column, held while the log's arrangement is worked out. */
export interface UnnamedRow {
  timeMs: number;
  powerW: number;
  utilization: number;
  model: string | undefined;
  line: number;
}

/** Hands on a row as a reading of the GPU in slot `slot` (named `id` when it is new). */
export type EmitRow = (slot: number, id: string, row: UnnamedRow, out: PluginRecord[]) => void;

/** Rows read before deciding how a log without a device column is arranged. */
const HEAD_ROWS = 4096;

const NAME_GPUS_HINT = 'add index,uuid to --query-gpu so that each row names its GPU; if the log really is of one GPU, set the nvidia-smi plugin option oneGpu=true';

/**
 * The rows of an nvidia-smi log that names no GPU (no index, uuid or bus id column): one GPU's, or
 * several GPUs' interleaved in samples a few ms apart, told from the first rows' timing; anything
 * else is refused rather than merged into one GPU.
 */
export class UnnamedGpuRows {
  arrangement: Arrangement | undefined;
  /** When the rows' GPU names tell the GPUs apart (one GPU per model, each evenly spaced): slot by name. */
  private byName: Map<string, number> | undefined;
  private unnamedRows = 0;
  private firstUnnamedLine = 0;
  private held: UnnamedRow[] = [];
  private sample: UnnamedRow[] = [];
  private lastRowTimeMs = Number.NaN;
  private closeRows = 0;
  private firstCloseLine = 0;
  private droppedSamples = 0;
  private droppedSampleRows = 0;
  private firstDroppedSampleLine = 0;

  constructor(
    private readonly file: string,
    private readonly log: Logger,
    private readonly oneGpu: boolean,
    private readonly emit: EmitRow,
  ) {}

  /** How many GPUs the log holds: 1 until it is known to be interleaved. */
  gpuCount(): number {
    return this.arrangement?.kind === 'interleaved' ? this.arrangement.gpus : 1;
  }

  /** Whether rows must carry their GPU name: until the arrangement is known, when names are the key, or for a GPU not yet seen. */
  needsModel(knownGpus: number): boolean {
    return this.arrangement === undefined || this.byName !== undefined || knownGpus < this.gpuCount();
  }

  add(row: UnnamedRow, out: PluginRecord[]): void {
    if (this.oneGpu && this.arrangement === undefined) this.arrangement = { kind: 'single', closeMs: 0 };
    if (this.arrangement === undefined) {
      this.held.push(row);
      if (this.held.length >= HEAD_ROWS) this.decideArrangement(out);
      return;
    }
    this.place(row, out);
  }

  /** At the end of the log: place what is held, close the last sample, warn of dropped samples. */
  finish(out: PluginRecord[]): void {
    if (this.arrangement === undefined && this.held.length > 0) this.decideArrangement(out);
    if (this.arrangement?.kind === 'interleaved') this.closeSample(out, true);
    if (this.unnamedRows > 0) {
      this.log.warn(`${this.file}: ${this.unnamedRows} rows without a GPU name were dropped (first at line ${this.firstUnnamedLine}); the name is what tells this log's GPUs apart`);
    }
    if (this.droppedSamples > 0) {
      this.log.warn(
        `${this.file}: ${this.droppedSamples} samples had a number of rows other than ${this.gpuCount()} and were dropped ` +
          `(${this.droppedSampleRows} rows, first at line ${this.firstDroppedSampleLine}); those seconds are gaps for every GPU`,
      );
    }
  }

  /** A log judged to be one GPU's must stay that way: rows crowding together later mean interleaving. */
  checkSingleGpu(records: number): void {
    if (this.arrangement?.kind !== 'single' || this.oneGpu) return;
    if (this.closeRows > 20 && this.closeRows * 10 > records) {
      throw new InputError(
        `the log has no index or uuid column and from line ${this.firstCloseLine} on, ${this.closeRows} rows follow the previous one within ` +
          `${Math.round(this.arrangement.closeMs)} ms, as when several GPUs' rows are interleaved; carbon-ci will not merge several GPUs into one`,
        { file: this.file, line: this.firstCloseLine, hint: NAME_GPUS_HINT },
      );
    }
  }

  private decideArrangement(out: PluginRecord[]): void {
    const held = this.held;
    this.held = [];
    this.byName = slotsByName(held);
    if (this.byName) {
      this.arrangement = { kind: 'single', closeMs: 0 };
      this.log.info(`${this.file}: no index or uuid column; the GPUs are told apart by name (${[...this.byName.keys()].join(', ')}), one of each`);
      for (const row of held) this.place(row, out);
      return;
    }
    const arrangement = classifyRows(
      held.map((r) => r.timeMs),
      held.map((r) => r.powerW),
    );
    if (arrangement.kind === 'irregular') {
      throw new InputError(`the log has no index or uuid column and ${arrangement.reason}; carbon-ci will not merge several GPUs into one`, {
        file: this.file,
        line: held[0]?.line,
        hint: NAME_GPUS_HINT,
      });
    }
    this.arrangement = arrangement;
    if (arrangement.kind === 'interleaved') {
      this.log.warn(
        `${this.file}: no index or uuid column, and the rows come in samples of ${arrangement.gpus} a few ms apart: ` +
          `read as ${arrangement.gpus} GPUs (slot0..slot${arrangement.gpus - 1}) by their position in each sample, the order nvidia-smi prints them. ` +
          'Totals do not depend on that order; add index,uuid to --query-gpu to name the GPUs',
      );
    }
    for (const row of held) this.place(row, out);
  }

  private place(row: UnnamedRow, out: PluginRecord[]): void {
    const arrangement = this.arrangement!;
    const delta = row.timeMs - this.lastRowTimeMs;
    this.lastRowTimeMs = row.timeMs;
    if (this.byName) {
      if (row.model === undefined) {
        if (this.unnamedRows++ === 0) this.firstUnnamedLine = row.line;
        return;
      }
      let slot = this.byName.get(row.model);
      if (slot === undefined) this.byName.set(row.model, (slot = this.byName.size));
      this.emit(slot, `name:${row.model}`, row, out);
      return;
    }
    if (arrangement.kind === 'single') {
      if (delta >= 0 && delta < arrangement.closeMs) {
        this.closeRows++;
        if (this.closeRows === 1) this.firstCloseLine = row.line;
      }
      this.emit(0, 'gpu', row, out);
      return;
    }
    if (arrangement.kind !== 'interleaved') return;
    if (this.sample.length > 0 && (delta < 0 || delta >= arrangement.sampleGapMs)) this.closeSample(out, false);
    this.sample.push(row);
  }

  private closeSample(out: PluginRecord[], final: boolean): void {
    const sample = this.sample;
    const gpus = this.gpuCount();
    if (sample.length === gpus || (final && sample.length < gpus)) {
      for (let k = 0; k < sample.length; k++) this.emit(k, `slot${k}`, sample[k]!, out);
    } else if (sample.length > 0) {
      this.droppedSamples++;
      this.droppedSampleRows += sample.length;
      if (this.droppedSamples === 1) this.firstDroppedSampleLine = sample[0]!.line;
    }
    this.sample = [];
  }
}

/**
 * Slots by GPU name when the names tell the rows apart: two or more names, every row named, and each
 * name's rows evenly spaced (one GPU each); undefined otherwise, and the rows are arranged by timing.
 */
function slotsByName(rows: UnnamedRow[]): Map<string, number> | undefined {
  const groups = new Map<string, UnnamedRow[]>();
  for (const row of rows) {
    if (row.model === undefined) return undefined;
    let group = groups.get(row.model);
    if (!group) groups.set(row.model, (group = []));
    group.push(row);
  }
  if (groups.size < 2) return undefined;
  for (const group of groups.values()) {
    const kind = classifyRows(group.map((r) => r.timeMs), group.map((r) => r.powerW)).kind;
    if (kind !== 'single') return undefined;
  }
  return new Map([...groups.keys()].map((name, slot) => [name, slot]));
}
