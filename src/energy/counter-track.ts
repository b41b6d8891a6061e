import type { EnergyCounterRecord, RecordOrigin } from '../sdk/records.js';
import { PointTrack } from './point-track.js';

/**
 * A cumulative energy counter of one device in one stream: the sum of its increases.
 * A decrease is a reset (driver reload): the counter restarted from zero, so the new value is the
 * energy since the reset and counts when it is plausible for the interval (at most ceiling x interval).
 */
export class CounterTrack extends PointTrack {
  readonly method = 'counter' as const;
  resets = 0;
  /** Resets whose new value was too large for the interval: the interval is not counted. */
  unaccountedResets = 0;
  /** Increases faster than the power ceiling allows: the interval is not counted. */
  implausibleJumps = 0;

  add(record: EnergyCounterRecord): void {
    this.addReading(record.timeMs, record.counterJ, record.origin);
  }

  /** A reading: the counter `c` (J) at `t`, as they came (anything but finite numbers is dropped). */
  addReading(t: unknown, c: unknown, origin: RecordOrigin | undefined): void {
    if (!(typeof c === 'number' && c >= 0 && c - c === 0 && typeof t === 'number' && t - t === 0)) {
      const invalid = typeof c !== 'number' || typeof t !== 'number' || c - c !== 0 || (t as number) - (t as number) !== 0;
      this.drops.note(invalid ? 'invalid-value' : 'negative-counter', origin);
      return;
    }
    const t0 = this.lastMs;
    if (!(t > t0)) {
      this.dropTime(t, c, origin);
      return;
    }
    if (this.setBackFromMs === this.setBackFromMs) this.closeSetBack(t);
    const c0 = this.lastValue;
    this.lastMs = t;
    this.lastValue = c;
    this.samples += 1;
    if (t0 === -Infinity) {
      this.firstMs = t;
      this.firstValue = c;
    }
    if (this.calibrating) {
      this.buffer(t, c);
    } else {
      if (t0 !== -Infinity) this.integrate(t0, c0, t, c);
      this.drops.pending = false;
    }
  }

  protected integrate(t0: number, c0: number, t1: number, c1: number): void {
    const dt = t1 - t0;
    if (dt > this.maxGapMs) {
      this.gap(t0, t1);
      return;
    }
    const capJ = (this.ceilingW * dt) / 1000;
    let joules: number;
    if (c1 >= c0) {
      joules = c1 - c0;
      if (joules > capJ) {
        this.implausibleJumps += 1;
        this.gap(t0, t1);
        return;
      }
    } else {
      this.resets += 1;
      joules = c1;
      if (joules > capJ) {
        this.unaccountedResets += 1;
        this.gap(t0, t1);
        return;
      }
    }
    const units = this.addJoules(joules);
    this.coveredMs += dt;
    if (this.series !== undefined) this.series.addUniform(t0, t1, units);
  }
}
