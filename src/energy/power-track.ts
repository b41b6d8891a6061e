import type { PowerRecord } from '../telemetry/records.js';
import { addUnits, exactSum, type ExactSum } from './exact-sum.js';
import { PointTrack } from './point-track.js';

/** Utilisation (0..1) is summed in units of 1e-12, exactly. */
export const UTILIZATION_UNITS = 1e12;

/** Power samples of one device in one stream: trapezoids between consecutive samples, never across a gap. */
export class PowerTrack extends PointTrack {
  readonly method = 'power-integral' as const;
  peakW = -Infinity;
  /** Utilisation readings summed exactly, in millionths of a millionth. */
  readonly utilization: ExactSum = exactSum();
  utilizationCount = 0;

  /** The hot path: a few comparisons, one trapezoid in whole microjoules, one exact add, one bucket add. */
  add(record: PowerRecord): void {
    const w = record.powerW;
    const t = record.timeMs;
    if (!(typeof w === 'number' && w >= 0 && w <= this.ceilingW && typeof t === 'number' && t - t === 0)) {
      this.dropValue(record);
      return;
    }
    const t0 = this.lastMs;
    if (!(t > t0)) {
      this.dropTime(t, w, record.origin);
      return;
    }
    const u = record.utilization;
    if (u !== undefined) {
      if (u >= 0 && u <= 1) {
        addUnits(this.utilization, Math.round(u * UTILIZATION_UNITS));
        this.utilizationCount += 1;
      } else {
        this.drops.note('invalid-utilization', record.origin);
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
    if (dt <= this.maxGapMs) {
      // The trapezoid in whole microjoules: (w0 + w1) / 2 × dt / 1000 × 1e6.
      const units = Math.round((w0 + w1) * dt * 500);
      addUnits(this.energy, units);
      this.coveredMs += dt;
      if (this.series !== undefined) this.series.addLinear(t0, w0, t1, w1, units);
    } else {
      this.gap(t0, t1);
    }
  }

  private dropValue(record: PowerRecord): void {
    const w = record.powerW;
    const t = record.timeMs;
    const invalid = typeof w !== 'number' || typeof t !== 'number' || t - t !== 0 || w - w !== 0;
    const code = invalid ? 'invalid-value' : w < 0 ? 'negative-power' : 'implausible-power';
    this.drops.note(code, record.origin);
  }
}
