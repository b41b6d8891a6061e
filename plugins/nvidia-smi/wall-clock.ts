import { monotonicWallClockToUtc, parseDateTimeBytes } from 'carbon-ci';

/** nvidia-smi's zone-less `YYYY/MM/DD HH:MM:SS.mmm` timestamps as UTC epoch ms, read in the user's zone. */
export class WallClock {
  private readonly stamp = new Float64Array(2);
  private readonly toUtc: (wallMs: number) => number;
  /** The date of the last timestamp read (YYYYMMDD), and its midnight as wall-clock ms. */
  private dateKey = -1;
  private dayMs = 0;

  constructor(timeZone: string) {
    this.toUtc = monotonicWallClockToUtc(timeZone);
  }

  /** The instant of the timestamp field `bytes[start, end)`, NaN when it is not one. */
  timeOf(bytes: Uint8Array, start: number, end: number): number {
    if (!parseDateTimeBytes(bytes, start, end, this.stamp)) return Number.NaN;
    const dateKey = this.stamp[0]!;
    if (dateKey !== this.dateKey) {
      this.dateKey = dateKey;
      const midnight = new Date(0);
      midnight.setUTCFullYear(Math.floor(dateKey / 10000), (Math.floor(dateKey / 100) % 100) - 1, dateKey % 100);
      this.dayMs = midnight.getTime();
    }
    return this.toUtc(this.dayMs + this.stamp[1]!);
  }
}
