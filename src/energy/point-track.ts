import { addUnits, exactSum, exactValue, toUnits, type ExactSum } from './exact-sum.js';
import type { DeviceRef, RecordOrigin } from '../sdk/records.js';
import { BucketSeries } from './buckets.js';
import { Drops } from './drops.js';
import { AUTO_GAP_INTERVALS, MAX_LISTED_GAPS, autoMaxGapMs } from './options.js';
import type { StreamId } from './stream.js';
import type { Gap } from './types.js';

/**
 * One device's instantaneous samples (power or an energy counter) from one stream, reduced on the fly.
 * Accepted samples have strictly increasing times. With an 'auto' maximum gap the first
 * AUTO_GAP_INTERVALS + 1 samples are held until the gap is known, then replayed.
 */
export abstract class PointTrack {
  abstract readonly method: 'power-integral' | 'counter';
  samples = 0;
  firstMs = NaN;
  firstValue = NaN;
  lastMs = -Infinity;
  lastValue = NaN;
  /** Energy in whole microjoules, summed exactly (see exact-sum.ts). */
  readonly energy: ExactSum = exactSum();
  coveredMs = 0;
  gaps: Gap[] = [];
  gapCount = 0;
  gapMs = 0;
  readonly drops = new Drops();
  /** Duplicate timestamps with a different value: maybe several devices mixed into one. */
  conflictingDuplicates = 0;
  /**
   * Real time that samples dropped for going back in time stood for (a clock set back, a DST hour
   * read in the wrong zone): from the first of them to the next accepted sample. Not on the timeline,
   * so not a gap, but uncovered time all the same.
   */
  setBackMs = 0;
  /** The first and last times of samples without a reading (PowerTrack.addNoReading); NaN when none came. */
  noReadingFirstMs = NaN;
  noReadingLastMs = NaN;
  /** The time of the first sample of the current run of backwards samples; NaN when none is open. */
  protected setBackFromMs = NaN;
  readonly series: BucketSeries | undefined;
  maxGapMs: number;
  calibrating: boolean;
  /** Set while a seam is integrated: its gap comes before all of this track's own. */
  private seam = false;
  private calTimes: number[] = [];
  private calValues: number[] = [];
  private calDropBefore: boolean[] = [];

  constructor(
    readonly stream: StreamId,
    readonly device: DeviceRef,
    public ceilingW: number,
    fixedMaxGapMs: number | undefined,
    withSeries: boolean,
  ) {
    this.maxGapMs = fixedMaxGapMs ?? NaN;
    this.calibrating = fixedMaxGapMs === undefined;
    this.series = withSeries ? new BucketSeries() : undefined;
  }

  get energyJ(): number {
    return exactValue(this.energy);
  }
  get startMs(): number {
    return this.firstMs;
  }
  get endMs(): number {
    return this.samples > 0 ? this.lastMs : NaN;
  }

  /** The interval from one accepted sample to the next. */
  protected abstract integrate(t0: number, v0: number, t1: number, v1: number): void;

  /** Ends calibration (if still going); call before reading the totals. */
  settle(): void {
    if (this.calibrating) this.endCalibration();
  }

  /** Bridges (or not) the seam from an earlier, non-overlapping track of the same device, with the stricter of both limits. */
  joinAfter(previous: PointTrack): void {
    this.settle();
    previous.settle();
    const ownGapMs = this.maxGapMs;
    const ownCeilingW = this.ceilingW;
    this.maxGapMs = Math.min(ownGapMs, previous.maxGapMs);
    this.ceilingW = Math.min(ownCeilingW, previous.ceilingW);
    const pending = this.drops.pending;
    this.drops.pending = false;
    this.seam = true;
    this.integrate(previous.lastMs, previous.lastValue, this.firstMs, this.firstValue);
    this.seam = false;
    this.drops.pending = pending;
    this.maxGapMs = ownGapMs;
    this.ceilingW = ownCeilingW;
  }

  /** The seam after an earlier track of another kind (counter differences a server computed): nothing to integrate across, so any span between is a gap. */
  joinAfterInterval(previous: { endMs: number; maxGapMs: number }): void {
    this.settle();
    if (this.firstMs - previous.endMs <= Math.min(this.maxGapMs, previous.maxGapMs)) return;
    this.seam = true;
    this.gap(previous.endMs, this.firstMs);
    this.seam = false;
  }

  /** Adds an interval's energy; returns it in whole microjoules, as counted. */
  protected addJoules(joules: number): number {
    const units = toUnits(joules);
    addUnits(this.energy, units);
    return units;
  }

  /** An interval that is not bridged. */
  protected gap(t0: number, t1: number): void {
    this.gapCount += 1;
    this.gapMs += t1 - t0;
    if (this.seam) {
      this.gaps.unshift({ startMs: t0, endMs: t1 });
      if (this.gaps.length > MAX_LISTED_GAPS) this.gaps.pop();
    } else if (this.gaps.length < MAX_LISTED_GAPS) {
      this.gaps.push({ startMs: t0, endMs: t1 });
    }
    if (this.drops.pending) this.drops.lostMs += t1 - t0;
  }

  protected dropTime(t: number, value: number, origin: RecordOrigin | undefined): void {
    if (t === this.lastMs && value !== this.lastValue) this.conflictingDuplicates += 1;
    if (t < this.lastMs && this.setBackFromMs !== this.setBackFromMs) this.setBackFromMs = t;
    this.drops.note(t === this.lastMs ? 'duplicate-sample' : t < this.lastMs ? 'time-backwards' : 'invalid-value', origin);
  }

  /** Called with each accepted sample that follows a run of backwards samples. */
  protected closeSetBack(t: number): void {
    this.setBackMs += t - this.setBackFromMs;
    this.setBackFromMs = NaN;
  }

  /** Called for every accepted sample while calibrating (the first included). */
  protected buffer(t: number, value: number): void {
    this.calTimes.push(t);
    this.calValues.push(value);
    this.calDropBefore.push(this.drops.pending);
    this.drops.pending = false;
    if (this.calTimes.length > AUTO_GAP_INTERVALS) this.endCalibration();
  }

  private endCalibration(): void {
    const times = this.calTimes;
    const values = this.calValues;
    const intervals: number[] = [];
    for (let i = 1; i < times.length; i++) intervals.push(times[i]! - times[i - 1]!);
    this.maxGapMs = autoMaxGapMs(intervals);
    this.calibrating = false;
    const pending = this.drops.pending;
    for (let i = 1; i < times.length; i++) {
      this.drops.pending = this.calDropBefore[i]!;
      this.integrate(times[i - 1]!, values[i - 1]!, times[i]!, values[i]!);
    }
    this.drops.pending = pending;
    this.calTimes = [];
    this.calValues = [];
    this.calDropBefore = [];
  }
}
