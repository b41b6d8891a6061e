import { addUnits, exactSum, exactValue, toUnits, type ExactSum } from './exact-sum.js';
import type { DeviceRef, EnergyRecord, RecordOrigin, UsageRecord } from '../sdk/records.js';
import { BucketSeries } from './buckets.js';
import { Drops } from './drops.js';
import { MAX_LISTED_GAPS } from './options.js';
import type { StreamId } from './stream.js';
import type { Gap } from './types.js';

/** Distinct notes kept per track: carbontracker writes one per epoch. */
const MAX_SOURCE_NOTES = 4;

/**
 * Energy over intervals of one device in one stream: reported by the source (`energy` records), counter
 * differences a server computed (`energy` records with `basis: 'counter'`), or estimated from a stated or
 * board power (`usage` records). Intervals are summed as given; covered
 * time is their union. Records must come in order of start: one that starts before the previous one
 * is dropped like a sample whose time went backwards.
 */
export class IntervalTrack {
  samples = 0;
  startMs = NaN;
  endMs = NaN;
  /** Energy in whole microjoules, summed exactly (see exact-sum.ts). */
  readonly energy: ExactSum = exactSum();
  coveredMs = 0;
  gaps: Gap[] = [];
  gapCount = 0;
  gapMs = 0;
  readonly drops = new Drops();
  readonly series: BucketSeries | undefined;
  /** Records that overlap an earlier record of this track (all are summed). */
  overlaps = 0;
  /** Usage records with neither a stated power nor a known board power: no energy, no coverage. */
  unknownPower = 0;
  /** Usage records without a utilisation, estimated at full board power. */
  assumedUtilization = 0;
  /** Duration-weighted stated utilisation of usage records. */
  utilizationMs = 0;
  utilizationWeightMs = 0;
  /** What the source's own records said of themselves (`sourceReported`), over the records accepted. */
  readonly sourceReported = { co2eG: 0, withCo2e: 0, notes: new Set<string>() };
  private lastStartMs = -Infinity;
  private lastEndMs = -Infinity;
  private coveredEndMs = -Infinity;

  constructor(
    readonly method: 'reported' | 'estimate' | 'counter',
    readonly stream: StreamId,
    readonly device: DeviceRef,
    public ceilingW: number,
    public maxGapMs: number,
    withSeries: boolean,
  ) {
    this.series = withSeries ? new BucketSeries() : undefined;
  }

  get energyJ(): number {
    return exactValue(this.energy);
  }

  settle(): void {}

  addEnergy(record: EnergyRecord): void {
    const { startMs, endMs, energyJ, origin } = record;
    if (!isFiniteNumber(startMs) || !isFiniteNumber(endMs) || !isFiniteNumber(energyJ)) {
      this.drops.note('invalid-value', origin);
    } else if (endMs < startMs) {
      this.drops.note('invalid-interval', origin);
    } else if (energyJ < 0) {
      this.drops.note('negative-energy', origin);
    } else if (endMs > startMs && (energyJ * 1000) / (endMs - startMs) > this.ceilingW) {
      this.drops.note('implausible-power', origin);
    } else if (this.accept(startMs, endMs, energyJ, true, origin) && record.sourceReported) {
      const { co2eG, note } = record.sourceReported;
      if (isFiniteNumber(co2eG) && co2eG >= 0) {
        this.sourceReported.co2eG += co2eG;
        this.sourceReported.withCo2e += 1;
      }
      if (typeof note === 'string' && note !== '' && this.sourceReported.notes.size < MAX_SOURCE_NOTES) this.sourceReported.notes.add(note);
    }
  }

  /** `boardPowerW` is the table's figure for the device, used when the record states no power. */
  addUsage(record: UsageRecord, boardPowerW: number | undefined): void {
    const { startMs, endMs, powerW, utilization, origin } = record;
    if (!isFiniteNumber(startMs) || !isFiniteNumber(endMs)) {
      this.drops.note('invalid-value', origin);
    } else if (endMs < startMs) {
      this.drops.note('invalid-interval', origin);
    } else if (powerW !== undefined && !isFiniteNumber(powerW)) {
      this.drops.note('invalid-value', origin);
    } else if (powerW !== undefined && powerW < 0) {
      this.drops.note('negative-power', origin);
    } else if (powerW !== undefined && powerW > this.ceilingW) {
      this.drops.note('implausible-power', origin);
    } else if (utilization !== undefined && !(isFiniteNumber(utilization) && utilization >= 0 && utilization <= 1)) {
      this.drops.note('invalid-utilization', origin);
      this.drops.pending = true;
    } else {
      const w = powerW ?? boardPowerW;
      if (utilization === undefined) this.assumedUtilization += 1;
      if (w === undefined) this.unknownPower += 1;
      const durationMs = endMs - startMs;
      const energyJ = w === undefined ? 0 : (w * (utilization ?? 1) * durationMs) / 1000;
      if (this.accept(startMs, endMs, energyJ, w !== undefined, origin) && utilization !== undefined) {
        this.utilizationMs += utilization * durationMs;
        this.utilizationWeightMs += durationMs;
      }
    }
  }

  /** Bridges nothing: the time between an earlier, non-overlapping track and this one is uncovered. */
  joinAfter(previous: { endMs: number; maxGapMs: number }): void {
    const spanMs = this.startMs - previous.endMs;
    if (spanMs > Math.min(this.maxGapMs, previous.maxGapMs)) {
      this.gapCount += 1;
      this.gapMs += spanMs;
      this.gaps.unshift({ startMs: previous.endMs, endMs: this.startMs });
      if (this.gaps.length > MAX_LISTED_GAPS) this.gaps.pop();
    }
  }

  private accept(startMs: number, endMs: number, energyJ: number, coverable: boolean, origin: RecordOrigin | undefined): boolean {
    if (startMs < this.lastStartMs) {
      this.drops.note('time-backwards', origin);
      return false;
    }
    if (startMs === this.lastStartMs && endMs === this.lastEndMs) {
      this.drops.note('duplicate-sample', origin);
      return false;
    }
    if (this.samples === 0) {
      this.startMs = startMs;
      this.endMs = endMs;
    } else {
      if (startMs < this.endMs) this.overlaps += 1;
      if (startMs - this.endMs > this.maxGapMs) this.gap(this.endMs, startMs);
      if (endMs > this.endMs) this.endMs = endMs;
    }
    this.samples += 1;
    this.lastStartMs = startMs;
    this.lastEndMs = endMs;
    if (coverable) {
      const from = Math.max(startMs, this.coveredEndMs);
      if (endMs > from) {
        this.coveredMs += endMs - from;
        this.coveredEndMs = endMs;
      }
    }
    const units = toUnits(energyJ);
    addUnits(this.energy, units);
    if (this.series !== undefined && (coverable || energyJ > 0)) this.series.addUniform(startMs, endMs, units);
    this.drops.pending = false;
    return true;
  }

  private gap(t0: number, t1: number): void {
    this.gapCount += 1;
    this.gapMs += t1 - t0;
    if (this.gaps.length < MAX_LISTED_GAPS) this.gaps.push({ startMs: t0, endMs: t1 });
    if (this.drops.pending) this.drops.lostMs += t1 - t0;
  }
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
