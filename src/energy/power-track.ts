import type { PowerRecord, RecordOrigin } from '../sdk/records.js';
import { addUnits, exactSum, type ExactSum } from './exact-sum.js';
import { PointTrack } from './point-track.js';

/** Utilisation (0..1) is summed in units of 1e-12, exactly. */
export const UTILIZATION_UNITS = 1e12;
/** What `addSample` is given for a utilisation that a record has but that is no fraction 0..1. */
const INVALID_UTILIZATION = -1;

/** Power samples of one device in one stream: trapezoids between consecutive samples, never across a gap. */
export class PowerTrack extends PointTrack {
  readonly method = 'power-integral' as const;
  peakW = -Infinity;
  /** Utilisation readings summed exactly, in millionths of a millionth. */
  readonly utilization: ExactSum = exactSum();
  utilizationCount = 0;

  add(record: PowerRecord): void {
    const w = record.powerW;
    const t = record.timeMs;
    if (typeof w !== 'number' || typeof t !== 'number') {
      this.dropValue(t, w, record.origin);
      return;
    }
    const u = record.utilization;
    this.addSample(t, w, u === undefined ? Number.NaN : u >= 0 && u <= 1 ? u : INVALID_UTILIZATION, record.origin);
  }

  /** A sample: `u` is the utilisation (0..1), NaN for none, anything else invalid. */
  addSample(t: number, w: number, u: number, origin: RecordOrigin | undefined): void {
    const t0 = this.lastMs;
    const dt = t - t0;
    // The hot path, kept small enough to be inlined where samples are added: a plausible value
    // after the last sample and within the maximum gap, past calibration. Anything else the long way.
    if (w >= 0 && w <= this.ceilingW && dt > 0 && dt <= this.maxGapMs && dt < Infinity && !this.calibrating && (u !== u || (u >= 0 && u <= 1)) && this.setBackFromMs !== this.setBackFromMs) {
      if (u === u) {
        addUnits(this.utilization, Math.round(u * UTILIZATION_UNITS));
        this.utilizationCount += 1;
      }
      if (w > this.peakW) this.peakW = w;
      const w0 = this.lastValue;
      this.lastMs = t;
      this.lastValue = w;
      this.samples += 1;
      this.trapezoid(t0, w0, t, w, dt);
      this.drops.pending = false;
      return;
    }
    this.addSampleTheLongWay(t, w, u, origin);
  }

  /** A sample at `t` without a reading: its time is not covered, and it extends what the device is known to have been seen over. */
  addNoReading(t: number, origin: RecordOrigin | undefined): void {
    if (!Number.isFinite(t)) {
      this.drops.note('invalid-value', origin);
      return;
    }
    this.drops.note('no-reading', origin);
    if (!(t >= this.noReadingFirstMs)) this.noReadingFirstMs = t;
    if (!(t <= this.noReadingLastMs)) this.noReadingLastMs = t;
  }

  private addSampleTheLongWay(t: number, w: number, u: number, origin: RecordOrigin | undefined): void {
    if (!(w >= 0 && w <= this.ceilingW && t - t === 0)) {
      this.dropValue(t, w, origin);
      return;
    }
    const t0 = this.lastMs;
    if (!(t > t0)) {
      this.dropTime(t, w, origin);
      return;
    }
    if (this.setBackFromMs === this.setBackFromMs) this.closeSetBack(t);
    if (u === u) {
      if (u >= 0 && u <= 1) {
        addUnits(this.utilization, Math.round(u * UTILIZATION_UNITS));
        this.utilizationCount += 1;
      } else {
        this.drops.note('invalid-utilization', origin);
      }
    }
    if (w > this.peakW) this.peakW = w;
    const w0 = this.lastValue;
    this.lastMs = t;
    this.lastValue = w;
    this.samples += 1;
    if (t0 === -Infinity) {
      this.firstMs = t;
      this.firstValue = w;
    }
    if (this.calibrating) {
      this.buffer(t, w);
    } else {
      if (t0 !== -Infinity) this.integrate(t0, w0, t, w);
      this.drops.pending = false;
    }
  }

  protected integrate(t0: number, w0: number, t1: number, w1: number): void {
    const dt = t1 - t0;
    if (dt <= this.maxGapMs) this.trapezoid(t0, w0, t1, w1, dt);
    else this.gap(t0, t1);
  }

  /** The trapezoid between two samples, `dt` apart, in whole microjoules: (w0 + w1) / 2 × dt / 1000 × 1e6. */
  private trapezoid(t0: number, w0: number, t1: number, w1: number, dt: number): void {
    const units = Math.round((w0 + w1) * dt * 500);
    addUnits(this.energy, units);
    this.coveredMs += dt;
    if (this.series !== undefined) this.series.addLinear(t0, w0, t1, w1, units);
  }

  private dropValue(t: unknown, w: unknown, origin: RecordOrigin | undefined): void {
    const invalid = typeof w !== 'number' || typeof t !== 'number' || !Number.isFinite(t) || !Number.isFinite(w);
    const code = invalid ? 'invalid-value' : w < 0 ? 'negative-power' : 'implausible-power';
    this.drops.note(code, origin);
  }
}
