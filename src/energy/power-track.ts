import type { PowerRecord } from '../telemetry/records.js';
import { PointTrack } from './point-track.js';

/** Power samples of one device in one stream: trapezoids between consecutive samples, never across a gap. */
export class PowerTrack extends PointTrack {
  readonly method = 'power-integral' as const;
  peakW = -Infinity;
  utilizationSum = 0;
  utilizationCount = 0;

  /** The hot path: a few comparisons, one trapezoid, one compensated add, one bucket add. */
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
        this.utilizationSum += u;
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
      const joules = (w0 + w1) * dt * 0.0005;
      // Neumaier: both terms are non-negative, so no Math.abs is needed.
      const sum = this.sumJ;
      const next = sum + joules;
      this.compJ += sum >= joules ? sum - next + joules : joules - next + sum;
      this.sumJ = next;
      this.coveredMs += dt;
      if (this.series !== undefined) this.series.addLinear(t0, w0, t1, w1, joules);
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
